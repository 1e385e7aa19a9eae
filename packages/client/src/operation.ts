/**
 * One row of the generated operation table: id, method, path, group, name, path parameters
 * in positional order, query parameters, has a body (1/0), submits a bulk job (1/0). Tuples rather than objects keep the table small in browser bundles.
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
  submitsBulkJob: 0 | 1,
];
