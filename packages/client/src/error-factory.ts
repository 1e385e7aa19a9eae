import {
  type APIError,
  type APIErrorFields,
  AuthenticationError,
  BadRequestError,
  APIError as GenericAPIError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestValidationError,
  ResponseTooLargeError,
  ResponseValidationError,
  type ValidationIssue,
} from './errors.js';

// How failed calls become typed errors. Only failure paths import this module, so it loads
// on demand and the classes in errors.ts stay bare.

const PROBLEM_MEMBERS = ['type', 'title', 'status', 'detail', 'instance'];

const BY_STATUS: Record<number, typeof GenericAPIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  429: RateLimitError,
};

/** The error class of a non-2xx status, its ProblemDetails members and request id read out. */
export function apiError(
  status: number,
  body: unknown,
  headers: Record<string, string>,
  operationId: string,
): APIError {
  const problem = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Record<
    string,
    unknown
  >;
  const text = (k: string) => (typeof problem[k] === 'string' ? (problem[k] as string) : undefined);
  const fields: APIErrorFields & Record<string, unknown> = {
    status,
    body,
    headers,
    operationId,
    requestId:
      headers['x-request-id'] ??
      headers['request-id'] ??
      headers['x-correlation-id'] ??
      headers.traceparent,
    extensions: {},
  };
  for (const k in problem) {
    if (!PROBLEM_MEMBERS.includes(k)) {
      fields.extensions[k] = problem[k];
    }
    // `status` stays the HTTP status, whatever the document claims.
    else if (k !== 'status' && text(k) !== undefined) {
      fields[k] = text(k);
    }
  }
  const summary =
    [text('title'), text('detail')].filter(Boolean).join(': ') ||
    (typeof body === 'string' ? body.slice(0, 200) : '');
  const Class = status > 499 ? InternalServerError : (BY_STATUS[status] ?? GenericAPIError);
  return new Class(`${operationId}: ${status} ${summary}`.trim(), fields);
}

const listIssues = (issues: ValidationIssue[]) =>
  issues.map((i) => `${i.path || '/'} ${i.message}`).join('; ');

export const invalidResponse = (
  issues: ValidationIssue[],
  body: string | undefined,
  operationId: string,
) =>
  new ResponseValidationError(
    `${operationId}: invalid response: ${listIssues(issues)}`,
    undefined,
    {
      issues,
      body,
      operationId,
    },
  );

export const invalidRequest = (issues: ValidationIssue[], operationId: string) =>
  new RequestValidationError(
    `${operationId}: invalid request body: ${listIssues(issues)}`,
    undefined,
    { issues, operationId },
  );

/** A 2xx body that is not JSON. */
export const notJSON = (text: string, operationId: string) =>
  invalidResponse(
    [{ path: '', message: 'is not JSON', keyword: 'json', schemaPath: '' }],
    text,
    operationId,
  );

/** A 2xx answer over `limit` (`maxResponseBytes`), cut off there. */
export const tooLarge = (what: string, limit: number) =>
  new ResponseTooLargeError(
    `${what}: the answer is larger than ${limit} bytes (maxResponseBytes); the rest was not read`,
    undefined,
    { limit },
  );
