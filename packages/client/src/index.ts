export { createWorkflowsClient, defaultRetryPolicy, type WorkflowsClient } from './client.js';
export {
  AbortError,
  APIError,
  type APIErrorFields,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  type ProblemDetails,
  RateLimitError,
  RedirectError,
  RequestValidationError,
  ResponseTooLargeError,
  ResponseValidationError,
  TimeoutError,
  type ValidationIssue,
  WorkflowsError,
} from './errors.js';
export {
  graphQlBulkJobTerminalStatuses,
  type ServerId,
  servers,
  specRetryPolicy,
  terminalStatuses,
} from './generated/operations.js';
export type * from './generated/resources.js';
export {
  GraphQlBulkJobStatusError,
  GraphQlBulkJobSubmitError,
  ResultsExpiredError,
  UnknownJobStatusError,
} from './job-errors.js';
export type * from './types.js';
