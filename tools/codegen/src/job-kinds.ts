/**
 * The schemas and enums the SDK's job helpers key on. A rename in the spec must
 * fail generation loudly (the client emitter checks they exist): a name that
 * silently matched nothing would drop every job helper from the client.
 */

/** Which kind of job an operation submits or polls. */
export type JobKind = 'standard' | 'graphQl';

export interface JobSchemas {
  /** The 2xx answer of an operation that queued a job of this kind. */
  submit: string;
  /** The answer of the operation that polls a job of this kind. */
  status: string;
  /** The enum of the job's `status`, and its values while the job still runs. */
  statusEnum: string;
  running: readonly string[];
}

export const JOB_SCHEMAS: Readonly<Record<JobKind, JobSchemas>> = {
  standard: {
    submit: 'StandardJobSubmitResponse',
    status: 'StandardJobStatusResponse',
    statusEnum: 'WorkflowStatus',
    running: ['InProgress'],
  },
  graphQl: {
    submit: 'GraphQlBulkJobResponse',
    status: 'GraphQLBulkJobRetrievalResponse',
    statusEnum: 'BulkJobStatus',
    running: ['Queued', 'InProgress'],
  },
};

export const JOB_KINDS = Object.keys(JOB_SCHEMAS) as JobKind[];

/** Suffix of the submit-wait-result convenience of every job-submitting operation. */
export const AND_WAIT_SUFFIX = 'AndWait';
