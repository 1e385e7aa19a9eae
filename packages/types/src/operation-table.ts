/**
 * `@workflows-api/types/operations`: the facts of every operation, the API's auth header and
 * servers, as data generated from the spec. The client, the sandbox and the CLI read these
 * instead of writing a path, a status or a header name by hand.
 */
export {
  authHeader,
  defaultServer,
  type OperationTable,
  operationTable,
  type ServerId,
  servers,
} from './generated/operation-table.js';
export type { JobKind, OperationInfo } from './operation-info.js';
