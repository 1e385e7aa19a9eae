export { createWorkflowsClient, type WorkflowsClient } from './client.js';
export {
  AbortError,
  APIError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  type ProblemDetails,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
  type ValidationIssue,
  WorkflowsError,
} from './errors.js';
export { type ServerId, servers, terminalStatuses } from './generated/operations.js';
export type * from './generated/resources.js';
export type * from './types.js';
