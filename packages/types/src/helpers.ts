import type { operations } from './generated/openapi.js';

/** Every operationId of the spec. */
export type OperationId = keyof operations;

/** The HTTP statuses that count as success (2xx). */
export type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226;

/** The body type of one documented response (`undefined` when it has no content). */
export type ResponseBody<R> = R extends { content: infer C }
  ? C extends Record<string, infer B>
    ? B
    : never
  : undefined;

/** The JSON request body of an operation (`never` when it takes none). */
export type OperationBody<K extends OperationId> = operations[K] extends {
  requestBody?: { content: infer C };
}
  ? C extends Record<string, infer B>
    ? B
    : never
  : never;

/** Path, query and header parameters of an operation. */
export type OperationParameters<K extends OperationId> = operations[K]['parameters'];

/** The documented responses of an operation, by status. */
export type OperationResponses<K extends OperationId> = operations[K]['responses'];

/** What a 2xx answer of the operation carries (`undefined` for a bodiless 2xx). */
export type OperationSuccessResponse<K extends OperationId> = {
  [S in keyof OperationResponses<K>]: S extends SuccessStatus
    ? ResponseBody<OperationResponses<K>[S]>
    : never;
}[keyof OperationResponses<K>];

/** What a non-2xx answer of the operation carries (`undefined` for a bodiless error). */
export type OperationErrorResponse<K extends OperationId> = {
  [S in keyof OperationResponses<K>]: S extends SuccessStatus
    ? never
    : ResponseBody<OperationResponses<K>[S]>;
}[keyof OperationResponses<K>];
