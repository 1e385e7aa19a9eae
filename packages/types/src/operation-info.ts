/** Which kind of job an operation queues: a standard bulk job or a GraphQL bulk job. */
export type JobKind = 'standard' | 'graphQl';

/** One operation of the API, as the generated `operationTable` describes it. */
export interface OperationInfo {
  /** The spec's `operationId`. */
  readonly id: string;
  /** Upper case: `GET`, `POST`, `PATCH`… */
  readonly method: string;
  /** The path template, e.g. `/standardjob/{id}/status`. */
  readonly path: string;
  /** The client's resource group and method (`x-speakeasy-group`, `x-speakeasy-name-override`). */
  readonly group: string;
  readonly name: string;
  /** Path parameters in the order of their placeholders (the client's positional arguments); all required. */
  readonly pathParams: readonly string[];
  /** Query parameters: name → whether it is required. */
  readonly queryParams: { readonly [name: string]: boolean };
  /** Takes a request body. */
  readonly hasBody: boolean;
  /** The kind of job a 2xx answer says was queued; `null` when the operation queues none. */
  readonly submitsJob: JobKind | null;
  /** 2xx statuses of a job-submitting operation that answer with the outcome itself, no job queued. */
  readonly immediateStatuses: readonly number[];
  /** Every documented status, as the spec writes it (`200`, `5XX`, `default`). */
  readonly statuses: readonly string[];
}
