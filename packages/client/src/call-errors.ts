import { type ValidationIssue, WorkflowsError } from './errors.js';

// Errors of a failed call. Apart from the base classes in errors.ts they live here, in the
// chunk that loads on the first failure, so a client whose calls succeed never ships them.

const PROBLEM_MEMBERS = ['type', 'title', 'status', 'detail', 'instance'];

/** A non-2xx answer. `headers` is a plain record with credential headers redacted. */
export class APIError extends WorkflowsError {
  override name = 'APIError';
  /** From `x-request-id`, `request-id`, `x-correlation-id` or `traceparent`. */
  declare readonly requestId: string | undefined;
  /** ProblemDetails members, when the body is a problem document. */
  declare readonly type: string | undefined;
  declare readonly title: string | undefined;
  declare readonly detail: string | undefined;
  declare readonly instance: string | undefined;
  /** The problem document's members other than the five standard ones (`traceId`…). */
  declare readonly extensions: Record<string, unknown>;

  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string>,
    readonly operationId: string,
  ) {
    const problem = (
      body && typeof body === 'object' && !Array.isArray(body) ? body : {}
    ) as Record<string, unknown>;
    const text = (k: string) =>
      typeof problem[k] === 'string' ? (problem[k] as string) : undefined;
    super(
      `${operationId}: ${status} ${[text('title'), text('detail')].filter(Boolean).join(': ') || (typeof body === 'string' ? body.slice(0, 200) : '')}`.trim(),
    );
    const own = this as Record<string, unknown>;
    own.requestId =
      headers['x-request-id'] ??
      headers['request-id'] ??
      headers['x-correlation-id'] ??
      headers.traceparent;
    own.extensions = {};
    for (const k in problem)
      if (PROBLEM_MEMBERS.includes(k)) own[k] = text(k) ?? own[k];
      else (own.extensions as Record<string, unknown>)[k] = problem[k];
  }
}

/** 400, with the ProblemDetails members (`type`, `title`, `detail`, `instance`, `extensions`). */
export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
}
/** Any 5xx. */
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}

export function apiError(
  status: number,
  body: unknown,
  headers: Record<string, string>,
  operationId: string,
): APIError {
  const Class =
    status > 499
      ? InternalServerError
      : ({
          400: BadRequestError,
          401: AuthenticationError,
          403: PermissionDeniedError,
          404: NotFoundError,
          429: RateLimitError,
        }[status] ?? APIError);
  return new Class(status, body, headers, operationId);
}

const listIssues = (issues: ValidationIssue[]) =>
  issues.map((i) => `${i.path || '/'} ${i.message}`).join('; ');

/** A 2xx body that does not match the spec (with `validate: 'strict'`) or is not JSON. */
export class ResponseValidationError extends WorkflowsError {
  override name = 'ResponseValidationError';
  constructor(
    readonly issues: ValidationIssue[],
    /** The body as received. */
    readonly body: string | undefined,
    readonly operationId: string,
  ) {
    super(`${operationId}: invalid response: ${listIssues(issues)}`);
  }
}

/** A request body rejected before sending (with `validate: { requests: 'strict' }`). */
export class RequestValidationError extends WorkflowsError {
  override name = 'RequestValidationError';
  constructor(
    readonly issues: ValidationIssue[],
    readonly operationId: string,
  ) {
    super(`${operationId}: invalid request body: ${listIssues(issues)}`);
  }
}

/** The request failed without an answer (refused, reset, DNS…); `cause` says why. */
export class ConnectionError extends WorkflowsError {
  override name = 'ConnectionError';
}
