import {
  BulkJobStatus,
  type GraphQLBulkJobRetrievalResponse,
  type GraphQlBulkJob,
  type GraphQlBulkJobResponse,
} from '@workflows-api/types';
import { exactIdAt } from './exact-json.js';
import { andWaitSuffix } from './generated/operations.js';
import { GraphQlBulkJobStatusError, GraphQlBulkJobSubmitError } from './job-errors.js';
import { jobIdOf, pollUntilFinal, type WaitSettings, waitSettings } from './job-polling.js';
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

function jobOf(answer: GraphQLBulkJobRetrievalResponse, id: string | undefined): GraphQlBulkJob {
  if (answer?.job) {
    return answer.job;
  }
  throw new GraphQlBulkJobStatusError(
    `GraphQL bulk job${id === undefined ? '' : ` ${id}`}: the status answer has no job${answer?.errors ? ` (${answer.errors})` : ''}`,
    undefined,
    { jobId: id, errors: answer?.errors ?? null },
  );
}

function poll(
  jobs: JobsRuntime,
  id: string,
  settings: WaitSettings,
  options: WaitOptions<GraphQlBulkJob> = {},
): Promise<GraphQlBulkJob> {
  return pollUntilFinal(
    jobs.ctx,
    {
      what: `GraphQL bulk job ${id}`,
      id,
      poll: async (o) => jobOf((await jobs.poll(id, o)) as GraphQLBulkJobRetrievalResponse, id),
      statuses: BulkJobStatus,
      terminalStatuses: jobs.terminalStatuses,
    },
    settings,
    options,
  );
}

/** Polls `GET /graphqlbulkjob/{id}` until the job's `BulkJobStatus` is final. */
export async function waitFor(
  jobs: JobsRuntime,
  id: GraphQlBulkJobId,
  options?: WaitOptions<GraphQlBulkJob>,
): Promise<GraphQlBulkJob> {
  const helper = 'graphQlBulkJobs.waitFor';
  return poll(jobs, jobIdOf(helper, id), waitSettings(helper, options), options);
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
 * The queued job's id, digit for digit as the answer's text has it (beyond 2^53 `data` holds
 * it rounded, whatever the validate mode). No id, or any `payload.errors`, is a
 * `GraphQlBulkJobSubmitError` carrying those errors.
 */
function submittedId(
  operationId: string,
  answer: GraphQlBulkJobResponse | undefined,
  text: string | undefined,
): string {
  const errors = answer?.payload?.errors ?? [];
  const id = exactIdAt(text, 'payload', 'data', 'id');
  if (errors.length === 0 && id !== undefined) {
    return id;
  }
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
  [operationId, , , group, name]: OperationRow,
  submit: () => APIPromise<unknown>,
  options: AndWaitOptions<GraphQlBulkJob>,
): Promise<GraphQlBulkJobOutcome> {
  const helper = `${group}.${name}${andWaitSuffix}`;
  const settings = waitSettings(
    helper,
    { ...options, timeoutMs: options.waitTimeoutMs },
    'waitTimeoutMs',
  );
  const { data, text } = await submit().withResponse();
  const id = jobIdOf(
    helper,
    submittedId(operationId, data as GraphQlBulkJobResponse | undefined, text),
  );
  const job = await poll(jobs, id, settings, options);
  return { id, job, result: await result(jobs, job, options) };
}
