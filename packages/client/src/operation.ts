/**
 * One row of the generated operation table: id, method, path, group, name, path parameters
 * in positional order, query parameters, has a body (1/0), the job it submits (0 none, 1 a
 * standard job, 2 a GraphQL bulk job) and, only on rows that have some, the 2xx statuses
 * whose answer is the outcome itself (no job queued). Tuples rather than objects keep the
 * table small in browser bundles.
 */
export type OperationRow = readonly [
  operationId: string,
  method: string,
  path: string,
  group: string,
  name: string,
  pathParams: readonly string[],
  queryParams: readonly string[],
  hasBody: 0 | 1,
  submitsJob: 0 | 1 | 2,
  answeredAtOnce?: readonly number[],
];
