import { randomUUID } from 'node:crypto';
import type {
  BulkJobStatusResponse,
  BulkJobSubmitResponse,
  OperationId,
  OperationSuccessResponse,
  WorkflowStatus,
} from '@workflows-api/types';
import type { FieldProblem } from './problem.js';
import type { SandboxState } from './state.js';

/**
 * The operations that answer with a job id: derived from the spec (their 2xx body is
 * exactly BulkJobSubmitResponse), as the client's job helpers are.
 */
export type JobOperation = {
  [K in OperationId]: [OperationSuccessResponse<K>] extends [BulkJobSubmitResponse]
    ? [BulkJobSubmitResponse] extends [OperationSuccessResponse<K>]
      ? K
      : never
    : never;
}[OperationId];

/** Every status a job can end in. */
export type FinalStatus = Exclude<WorkflowStatus, 'InProgress'>;

/** What a finished job produced. */
export interface JobOutcome {
  status: FinalStatus;
  /** The result document, whatever its size; the status answer decides inline or url. */
  result: string;
  errors: string | null;
}

/** A bulk job the sandbox is running or has run. */
export interface BulkJob {
  id: number;
  operationId: JobOperation;
  createdAt: number;
  durationMs: number;
  /** Does the job's work; called once, when the clock passes its end. */
  run: () => JobOutcome;
  finished?: JobOutcome & { completedAt: number; downloadToken: string | null };
}

/** How long a job takes at `jobSpeed` 1: a fixed start-up plus a share per item. */
export const JOB_BASE_MS = 1500;
export const JOB_PER_ITEM_MS = 300;

/** The spec's threshold: results under 5 MB come inline, larger ones only by url. */
export const INLINE_RESULT_LIMIT_BYTES = 5 * 1024 * 1024;

export function jobDuration(items: number, jobSpeed: number): number {
  return Math.max(1, Math.round((JOB_BASE_MS + JOB_PER_ITEM_MS * items) / jobSpeed));
}

export interface ItemReport {
  index: number;
  status: 'Success' | 'Failure';
  id?: string;
  errors?: FieldProblem[];
}

/** Success when every item worked, Failure when none did, PartialSuccess in between. */
export function outcomeOfItems(
  job: { id: number; operationId: JobOperation },
  items: ItemReport[],
  validateInputOnly: boolean,
): JobOutcome {
  const failed = items.filter((i) => i.status === 'Failure');
  const status: FinalStatus =
    failed.length === 0 ? 'Success' : failed.length === items.length ? 'Failure' : 'PartialSuccess';
  const result = JSON.stringify({
    jobId: job.id,
    operation: job.operationId,
    validateInputOnly,
    summary: {
      total: items.length,
      succeeded: items.length - failed.length,
      failed: failed.length,
    },
    items,
  });
  const errors =
    failed.length === 0
      ? null
      : JSON.stringify(
          failed.flatMap((item) =>
            (item.errors ?? []).map((e) => ({
              index: item.index,
              pointer: e.pointer,
              message: e.message,
            })),
          ),
        );
  return { status, result, errors };
}

/** Finishes, in the order they end, every job whose time has come. */
export function settleJobs(state: SandboxState, now: number, inlineLimitBytes: number): void {
  const due = [...state.jobs.values()]
    .filter((job) => !job.finished && job.createdAt + job.durationMs <= now)
    .sort((a, b) => a.createdAt + a.durationMs - (b.createdAt + b.durationMs) || a.id - b.id);
  for (const job of due) {
    const outcome = job.run();
    const big = Buffer.byteLength(outcome.result, 'utf8') >= inlineLimitBytes;
    const downloadToken = big ? randomUUID() : null;
    if (downloadToken) state.downloads.set(downloadToken, { jobId: job.id, body: outcome.result });
    job.finished = { ...outcome, completedAt: job.createdAt + job.durationMs, downloadToken };
  }
}

export function jobStatus(
  job: BulkJob,
  now: number,
  resultsBaseUrl: string,
): BulkJobStatusResponse {
  const base = { id: job.id, createdAtUtc: new Date(job.createdAt).toISOString() };
  const done = job.finished;
  if (!done) {
    const fraction = Math.min(Math.max(now - job.createdAt, 0) / job.durationMs, 0.999);
    return {
      ...base,
      status: 'InProgress',
      completionPercentage: Math.floor(fraction * 1000) / 10,
      completedAtUtc: null,
      url: null,
      rawResult: null,
      errors: null,
    };
  }
  const token = done.downloadToken;
  return {
    ...base,
    status: done.status,
    completionPercentage: 100,
    completedAtUtc: new Date(done.completedAt).toISOString(),
    url: token ? `${resultsBaseUrl}/results/${job.id}/${token}` : null,
    rawResult: token ? null : done.result,
    errors: done.errors,
  };
}
