export type { $defs, components, operations, paths, webhooks } from './generated/openapi.js';
export * from './generated/operations.js';
export * from './generated/schemas.js';
export type {
  OperationBody,
  OperationErrorResponse,
  OperationId,
  OperationParameters,
  OperationResponses,
  OperationSuccessResponse,
  ResponseBody,
  SuccessStatus,
} from './helpers.js';
