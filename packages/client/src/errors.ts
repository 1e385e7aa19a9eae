import type { ProblemDetails } from '@workflows-api/types';
import type { ValidationIssue } from '@workflows-api/validators';
import { redact, redactDeep } from './redact.js';

// Every error class of the client. They are bare classes: what sets the fields and message of
// a failed call's error lives in `error-factory.ts`, which loads with the failure path, and the
// job helpers write theirs (job-errors.ts). The package entry re-exports these classes, so every
// byte here ships with every app, failures or not.

// An RFC 9457 problem document, as the API sends with most 4xx answers, is the spec's
// `ProblemDetails`; one failed check is what `@workflows-api/validators` reports.
export type { ProblemDetails, ValidationIssue };

/**
 * Base of every error the client throws. Credentials are redacted, in every form a server may
 * echo them (raw, JSON-escaped, URL-encoded), from its message and from every string of its
 * fields (`body`, `detail`…), so `JSON.stringify(error)` and `util.inspect(error)` hold none.
 */
export class WorkflowsError extends Error {
  override name = 'WorkflowsError';
  /** `fields` become own properties: how the subclasses get theirs without code of their own. */
  constructor(message: string, options?: { cause?: unknown }, fields?: object) {
    super(redact(message), options);
    Object.assign(this, redactDeep(fields));
  }
  toJSON(): Record<string, unknown> {
    // Again: a credential first seen after the error was made is redacted too.
    return redactDeep({ ...this, message: this.message }) as Record<string, unknown>;
  }
  [Symbol.for('nodejs.util.inspect.custom')](
    _depth: number,
    options: object,
    inspect: (value: unknown, options: object) => string,
  ): string {
    const { name: _, message: __, ...fields } = this.toJSON();
    return `${redact(String(this.stack))} ${inspect(fields, options)}`;
  }
}

/** A request, a body read, or a bulk-job wait took longer than allowed. */
export class TimeoutError extends WorkflowsError {
  override name = 'TimeoutError';
}
/** The caller's `AbortSignal` fired. */
export class AbortError extends WorkflowsError {
  override name = 'AbortError';
}

export const abortError = (signal: AbortSignal) =>
  new AbortError('the request was aborted', { cause: signal.reason });

/** What an `APIError` carries; see `apiError()` for how it is read from the answer. */
export interface APIErrorFields {
  status: number;
  /** The answer's body: parsed JSON, or the text when it is not JSON. */
  body: unknown;
  /** The answer's headers as a plain record, credential headers redacted. */
  headers: Record<string, string>;
  operationId: string;
  /** From `x-request-id`, `request-id`, `x-correlation-id` or `traceparent`. */
  requestId: string | undefined;
  /** ProblemDetails members, when the body is a problem document. */
  type?: string;
  title?: string;
  detail?: string;
  instance?: string;
  /** The problem document's members other than the five standard ones (`traceId`…). */
  extensions: Record<string, unknown>;
}

/** A non-2xx answer. */
export class APIError extends WorkflowsError {
  override name = 'APIError';
  declare readonly status: number;
  declare readonly body: unknown;
  declare readonly headers: Record<string, string>;
  declare readonly operationId: string;
  declare readonly requestId: string | undefined;
  declare readonly type: string | undefined;
  declare readonly title: string | undefined;
  declare readonly detail: string | undefined;
  declare readonly instance: string | undefined;
  declare readonly extensions: Record<string, unknown>;
  constructor(message: string, fields: APIErrorFields) {
    super(message, undefined, fields);
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

/** A 2xx body that does not match the spec (with `validate: 'strict'`) or is not JSON. */
export class ResponseValidationError extends WorkflowsError {
  override name = 'ResponseValidationError';
  declare readonly issues: ValidationIssue[];
  /** The body as received. */
  declare readonly body: string | undefined;
  declare readonly operationId: string;
}

/** A request body rejected before sending (with `validate: { requests: 'strict' }`). */
export class RequestValidationError extends WorkflowsError {
  override name = 'RequestValidationError';
  declare readonly issues: ValidationIssue[];
  declare readonly operationId: string;
}

/** The request failed without an answer (refused, reset, DNS…); `cause` says why. */
export class ConnectionError extends WorkflowsError {
  override name = 'ConnectionError';
  /** Attempts made, retries included. */
  declare readonly attempts: number;
  /** From the first attempt until the call gave up. */
  declare readonly elapsedMs: number;
}

/**
 * A redirect that was not followed: to another origin (`TTD-Auth` and the other headers
 * would go there), more than 5 in a row, or one the runtime hides (a browser's
 * `opaqueredirect`).
 */
export class RedirectError extends WorkflowsError {
  override name = 'RedirectError';
  declare readonly status: number;
  /** The origin of the request that was redirected. */
  declare readonly fromOrigin: string;
  /** Where the redirect pointed, when the runtime tells. */
  declare readonly location: string | undefined;
}

/** An answer larger than the limit (`maxResponseBytes`, or `maxBytes` of a result download). */
export class ResponseTooLargeError extends WorkflowsError {
  override name = 'ResponseTooLargeError';
  /** The limit, in bytes. */
  declare readonly limit: number;
}
