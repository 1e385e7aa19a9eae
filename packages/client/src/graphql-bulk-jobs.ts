import type {
  GraphQLBulkJobRetrievalResponse,
  GraphQlBulkJob,
  GraphQlBulkJobResponse,
} from '@workflows-api/types';
import { WorkflowsError } from './errors.js';
import { parseKeepingLargeIntegers } from './exact-json.js';
import { GraphQlBulkJobStatusError, GraphQlBulkJobSubmitError } from './job-errors.js';
import { pollUntilFinal } from './job-polling.js';
import { downloadResult } from './job-result.js';
import type { JobsRuntime } from './jobs-runtime.js';
import type { OperationRow } from './operation.js';
import type {
  AndWaitOptions,
  APIPromise,
  GraphQlBulkJobId,
  GraphQlBulkJobOutcome,
  ResultOptions,
  WaitOptions,
} from './types.js';

// The helpers of GraphQL bulk jobs (`graphQlBulkJobs.waitFor`, `.result`, `.submitAndWait`),
// loaded on first use. Ids travel as digit strings: the API's int64 ids may not fit a JS
// number exactly, and the status path takes a string anyway.

/** The id as the status path takes it, never passed through a float. */
function pathId(id: GraphQlBulkJobId): string {
  if (typeof id === 'string' ? /^\d+$/.test(id) : Number.isSafeInteger(id) && id >= 0)
    return String(id);
  throw new WorkflowsError(
    `graphQlBulkJobs.waitFor: a job id is a string of digits or a non-negative safe integer, not ${typeof id === 'string' ? JSON.stringify(id) : String(id)}${typeof id === 'number' && Number.isInteger(id) ? ' (beyond 2^53 a JS number may already be rounded: pass the id as a string)' : ''}`,
  );
}

function jobOf(answer: GraphQLBulkJobRetrievalResponse, id: string | undefined): GraphQlBulkJob {
  if (answer?.job) return answer.job;
  throw new GraphQlBulkJobStatusError(
    `GraphQL bulk job${id === undefined ? '' : ` ${id}`}: the status answer has no job${answer?.errors ? ` (${answer.errors})` : ''}`,
    undefined,
    { jobId: id, errors: answer?.errors ?? null },
  );
}

/** Polls `GET /graphqlbulkjob/{id}` until the job's `BulkJobStatus` is final. */
export async function waitFor(
  jobs: JobsRuntime,
  id: GraphQlBulkJobId,
  options?: WaitOptions<GraphQlBulkJob>,
): Promise<GraphQlBulkJob> {
  const exact = pathId(id);
  return pollUntilFinal(
    jobs.ctx,
    `GraphQL bulk job ${exact}`,
    async (o) => jobOf((await jobs.poll(exact, o)) as GraphQLBulkJobRetrievalResponse, exact),
    jobs.terminalStatuses,
    options,
  );
}

/** The job's result: the same download, with the same credential rules, as a standard job's. */
export async function result(
  jobs: JobsRuntime,
  jobOrStatus: GraphQlBulkJob | GraphQLBulkJobRetrievalResponse,
  options?: ResultOptions,
): Promise<string | null> {
  const job = 'status' in jobOrStatus ? jobOrStatus : jobOf(jobOrStatus, undefined);
  return downloadResult(jobs, `GraphQL bulk job ${job.id}`, 'graphQlBulkJobs.result', job, options);
}

/**
 * The queued job's id, digit for digit as the answer has it. No id, or any
 * `payload.errors`, is a `GraphQlBulkJobSubmitError` carrying those errors.
 */
function submittedId(
  operationId: string,
  answer: GraphQlBulkJobResponse | undefined,
  text: string | undefined,
): string {
  const errors = answer?.payload?.errors ?? [];
  const id = text
    ? (parseKeepingLargeIntegers(text) as { payload?: { data?: { id?: unknown } } } | null)?.payload
        ?.data?.id
    : undefined;
  if (errors.length === 0 && (typeof id === 'number' || typeof id === 'string')) return String(id);
  const reported = [
    ...errors.map((e) => e.message ?? '(no message)'),
    ...(answer?.errors ? [answer.errors] : []),
  ].join('; ');
  throw new GraphQlBulkJobSubmitError(
    errors.length > 0
      ? `${operationId}: the API reported errors for the GraphQL bulk job: ${reported}`
      : `${operationId}: the answer has no payload.data.id, so there is no job to wait for${reported ? ` (${reported})` : ''}`,
    undefined,
    { errors, response: answer },
  );
}

export async function andWait(
  jobs: JobsRuntime,
  [operationId]: OperationRow,
  submitted: APIPromise<unknown>,
  options: AndWaitOptions<GraphQlBulkJob>,
): Promise<GraphQlBulkJobOutcome> {
  const { data, text } = await submitted.withResponse();
  const id = submittedId(operationId, data as GraphQlBulkJobResponse | undefined, text);
  const job = await waitFor(jobs, id, { ...options, timeoutMs: options.waitTimeoutMs });
  return { id, job, result: await result(jobs, job, options) };
}
