import type {
  StandardJobStatusResponse,
  StandardJobSubmitResponse,
  WorkflowStatus,
} from '@workflows-api/types';
import { WorkflowsError } from './errors.js';
import { ResultsExpiredError } from './job-errors.js';
import { pollUntilFinal } from './job-polling.js';
import { downloadResult } from './job-result.js';
import type { JobsRuntime } from './jobs-runtime.js';
import type { OperationRow } from './operation.js';
import type {
  AndWaitOptions,
  APIPromise,
  BulkJobOutcome,
  ImmediateOutcome,
  ResultOptions,
  WaitOptions,
} from './types.js';

// The helpers of standard jobs (`bulkJobs.waitFor`, `bulkJobs.result`, `...AndWait`),
// loaded on first use.

/** Typed by the spec's enum: a rename there fails the type check here. */
const RESULTS_EXPIRED: WorkflowStatus = 'ResultsExpired';

/** Polls with a growing pause until the job reaches a terminal `WorkflowStatus`. */
export function waitFor(
  jobs: JobsRuntime,
  id: number,
  options?: WaitOptions,
): Promise<StandardJobStatusResponse> {
  return pollUntilFinal(
    jobs.ctx,
    `bulk job ${id}`,
    (o) => jobs.poll(id, o) as Promise<StandardJobStatusResponse>,
    jobs.terminalStatuses,
    options,
  );
}

/** The job's result; a `ResultsExpiredError` when the API no longer keeps it. */
export async function result(
  jobs: JobsRuntime,
  status: StandardJobStatusResponse,
  options?: ResultOptions,
): Promise<string | null> {
  if (status.status === RESULTS_EXPIRED)
    throw new ResultsExpiredError(
      `bulk job ${status.id} finished, but its result is gone: the API no longer keeps it (${RESULTS_EXPIRED}). Run the job again to get a result.`,
      undefined,
      { jobId: status.id },
    );
  return downloadResult(jobs, `bulk job ${status.id}`, 'bulkJobs.result', status, options);
}

/**
 * Submit, wait, fetch the result. An answer with one of the row's answered-at-once statuses
 * carries the outcome itself (no job was queued): it comes back as is, with `status: null`.
 */
export async function andWait(
  jobs: JobsRuntime,
  [operationId, , , , , , , , , answeredAtOnce]: OperationRow,
  submitted: APIPromise<unknown>,
  options: AndWaitOptions,
): Promise<BulkJobOutcome | ImmediateOutcome<unknown>> {
  const { data, response } = await submitted.withResponse();
  if (answeredAtOnce?.includes(response.status)) return { status: null, data, result: null };
  const id = (data as StandardJobSubmitResponse | undefined)?.id;
  if (typeof id !== 'number')
    throw new WorkflowsError(
      `${operationId}: the answer (${response.status}) has no job id to wait for`,
    );
  const status = await waitFor(jobs, id, { ...options, timeoutMs: options.waitTimeoutMs });
  return { status, result: await result(jobs, status, options) };
}
