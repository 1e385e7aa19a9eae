import {
  type StandardJobStatusResponse,
  WorkflowStatus,
  WorkflowStatusValues,
} from '@workflows-api/types';
import { WorkflowsError } from './errors.js';
import { exactIdAt } from './exact-json.js';
import { andWaitSuffix } from './generated/operations.js';
import { ResultsExpiredError } from './job-errors.js';
import { jobIdOf, pollUntilFinal, type WaitSettings, waitSettings } from './job-polling.js';
import { downloadResult } from './job-result.js';
import type { JobsRuntime } from './jobs-runtime.js';
import type { OperationRow } from './operation.js';
import type {
  AndWaitOptions,
  APIPromise,
  BulkJobOutcome,
  ImmediateOutcome,
  JobId,
  ResultOptions,
  WaitOptions,
} from './types.js';

// The helpers of standard jobs (`bulkJobs.waitFor`, `bulkJobs.result`, `...AndWait`),
// loaded on first use.

const RESULTS_EXPIRED = WorkflowStatusValues.ResultsExpired;

function poll(
  jobs: JobsRuntime,
  id: string,
  settings: WaitSettings,
  options: WaitOptions = {},
): Promise<StandardJobStatusResponse> {
  return pollUntilFinal(
    jobs.ctx,
    {
      what: `bulk job ${id}`,
      id,
      poll: (o) => jobs.poll(id, o),
      statuses: WorkflowStatus,
      terminalStatuses: jobs.terminalStatuses,
    },
    settings,
    options,
  );
}

/** Polls with a growing pause until the job reaches a terminal `WorkflowStatus`. */
export async function waitFor(
  jobs: JobsRuntime,
  id: JobId,
  options?: WaitOptions,
): Promise<StandardJobStatusResponse> {
  const helper = 'bulkJobs.waitFor';
  return poll(jobs, jobIdOf(helper, id), waitSettings(helper, options), options);
}

/** The job's result; a `ResultsExpiredError` when the API no longer keeps it. */
export async function result(
  jobs: JobsRuntime,
  status: StandardJobStatusResponse,
  options?: ResultOptions,
): Promise<string | null> {
  if (status.status === RESULTS_EXPIRED) {
    throw new ResultsExpiredError(
      `bulk job ${status.id} finished, but its result is gone: the API no longer keeps it (${RESULTS_EXPIRED}). Run the job again to get a result.`,
      undefined,
      { jobId: status.id },
    );
  }
  return downloadResult(jobs, `bulk job ${status.id}`, 'bulkJobs.result', status, options);
}

/**
 * Submit, wait, fetch the result. An answer with one of the row's answered-at-once statuses
 * carries the outcome itself (no job was queued): it comes back as is, with `status: null`.
 * The job id is read from the answer's text, so an id beyond 2^53 (which `data` holds
 * rounded, whatever the validate mode) polls the very job that was queued.
 */
export async function andWait(
  jobs: JobsRuntime,
  [operationId, , , group, name, , , , , answeredAtOnce]: OperationRow,
  submit: () => APIPromise<unknown>,
  options: AndWaitOptions,
): Promise<BulkJobOutcome | ImmediateOutcome<unknown>> {
  const helper = `${group}.${name}${andWaitSuffix}`;
  const settings = waitSettings(
    helper,
    { ...options, timeoutMs: options.waitTimeoutMs },
    'waitTimeoutMs',
  );
  const { data, response, text } = await submit().withResponse();
  if (answeredAtOnce?.includes(response.status)) {
    return { status: null, data, result: null };
  }
  const id = exactIdAt(text, 'id');
  if (id === undefined) {
    throw new WorkflowsError(
      `${operationId}: the answer (${response.status}) has no job id to wait for`,
    );
  }
  const status = await poll(jobs, jobIdOf(helper, id), settings, options);
  return { status, result: await result(jobs, status, options) };
}
