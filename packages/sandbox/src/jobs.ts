import {
  type BulkJobStatus,
  type OperationId,
  type OperationResponses,
  type ResponseBody,
  type StandardJobStatusResponse,
  type StandardJobSubmitResponse,
  type WorkflowStatus,
  WorkflowStatusValues,
} from '@workflows-api/types';
import type { FieldProblem } from './problem.js';

/**
 * The operations that queue a standard job: derived from the spec (their 202 body is
 * exactly StandardJobSubmitResponse). Bulk campaign update may also answer 200 with
 * the campaigns; the sandbox always queues it.
 */
export type JobOperation = {
  // Written out rather than through a helper type, which the docs would have to export.
  [K in OperationId]: OperationResponses<K> extends { 202: infer R }
    ? [ResponseBody<R>] extends [StandardJobSubmitResponse]
      ? [StandardJobSubmitResponse] extends [ResponseBody<R>]
        ? K
        : never
      : never
    : never;
}[OperationId];

/** The operation that queues a GraphQL bulk job (a compile error if the spec renames it). */
export type GraphQlJobOperation = Extract<OperationId, 'submitGraphQlBulkQueryJob'>;
export const GRAPHQL_JOB_OPERATION: GraphQlJobOperation = 'submitGraphQlBulkQueryJob';

/** Every status a standard job can end in. */
export type FinalStatus = Exclude<WorkflowStatus, typeof WorkflowStatusValues.InProgress>;

/** How a job's work came out: the final statuses standard and GraphQL bulk jobs share. */
export type OutcomeStatus = Exclude<
  Extract<WorkflowStatus, BulkJobStatus>,
  typeof WorkflowStatusValues.InProgress
>;

/** What a finished job produced. */
export interface JobOutcome {
  status: OutcomeStatus;
  /** The result document, whatever its size; the status answer decides inline or url. */
  result: string;
  /** A standard job's `errors`: a JSON document, or null. */
  errors: string | null;
  /** A GraphQL bulk job's `queryGqlErrors`: one message per failed field. */
  queryErrors?: string[];
  /**
   * Makes `result` again, the same. Work that is a pure function of its input
   * (data and GraphQL bulk jobs) gives one, so that a big result is not held
   * but made again for each download; a bulk job's work changes the state, so
   * it has none and its result is held.
   */
  remake?: (() => string) | undefined;
}

/** A job after its work ran. */
export interface FinishedJob extends Omit<JobOutcome, 'result' | 'remake'> {
  completedAt: number;
  /**
   * The result document while it is held as text: null once it expired, and
   * for a big result made again on download (`remake`).
   */
  result: string | null;
  /** Size of the result document, in UTF-8 bytes. */
  resultBytes: number;
  /** Makes a big result again for its download, until it expires. */
  remake?: (() => string) | undefined;
  /** The secret path segment of the download, when the result is too big to be inline. */
  downloadToken: string | null;
  /** When the result stops being kept: `completedAt` plus the sandbox's `resultRetentionMs`. */
  expiresAt: number;
  /** The retention has passed: the result is gone (`ResultsExpired`). */
  expired: boolean;
}

/** A job the sandbox is running or has run: a standard job or a GraphQL bulk job. */
export interface BulkJob {
  id: number;
  operationId: JobOperation | GraphQlJobOperation;
  createdAt: number;
  /** Time spent waiting before the work starts: only GraphQL bulk jobs report one (`Queued`). */
  queuedMs: number;
  /** Time the work takes once started. */
  durationMs: number;
  /**
   * Does the job's work; called once, when the clock passes its end, then let
   * go, with the input it holds.
   */
  run?: (() => JobOutcome) | undefined;
  finished?: FinishedJob;
}

/** How long a job takes at `jobSpeed` 1: a fixed start-up plus a share per item. */
export const JOB_BASE_MS = 1500;
export const JOB_PER_ITEM_MS = 300;
/** How long a GraphQL bulk job stays `Queued` at `jobSpeed` 1, before its run time. */
export const JOB_QUEUE_MS = 1000;

/** The spec's threshold: results under 5 MB come inline, larger ones only by url. */
export const INLINE_RESULT_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * How long a finished job's result is kept by default: a day of sandbox time.
 * The spec does not say how long the API keeps them, only that they expire.
 */
export const DEFAULT_RESULT_RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * How long a job whose result expired is still reported (`ResultsExpired`)
 * before the sandbox forgets it, by default: a week of sandbox time.
 */
export const DEFAULT_EXPIRED_JOB_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * How many jobs the sandbox keeps by default; past it the ones that finished
 * first are forgotten first. 10 000 data jobs with their usual 40 rows hold
 * about 60 MB.
 */
export const DEFAULT_MAX_JOBS = 10_000;

const scaled = (ms: number, jobSpeed: number) => Math.max(1, Math.round(ms / jobSpeed));

export function jobDuration(items: number, jobSpeed: number): number {
  return scaled(JOB_BASE_MS + JOB_PER_ITEM_MS * items, jobSpeed);
}

export function queueDuration(jobSpeed: number): number {
  return scaled(JOB_QUEUE_MS, jobSpeed);
}

/** Standard and GraphQL bulk jobs share one id sequence; each status operation knows only its kind. */
export const isGraphQlJob = (job: BulkJob): boolean => job.operationId === GRAPHQL_JOB_OPERATION;

/** When a job's work is done, on the sandbox clock. */
export const endOf = (job: BulkJob) => job.createdAt + job.queuedMs + job.durationMs;

/** Success when no part failed, Failure when every part did, PartialSuccess in between. */
export function statusOfParts(failed: number, total: number): OutcomeStatus {
  if (failed === 0) {
    return WorkflowStatusValues.Success;
  }
  return failed === total ? WorkflowStatusValues.Failure : WorkflowStatusValues.PartialSuccess;
}

export interface ItemReport {
  index: number;
  status: typeof WorkflowStatusValues.Success | typeof WorkflowStatusValues.Failure;
  id?: string;
  errors?: FieldProblem[];
}

/** A bulk job's outcome from its items: a result with a summary and one entry per item, and each failed field in `errors`. */
export function outcomeOfItems(
  job: { id: number; operationId: JobOperation },
  items: ItemReport[],
  validateInputOnly: boolean,
): JobOutcome {
  const failed = items.filter((i) => i.status === WorkflowStatusValues.Failure);
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
  return { status: statusOfParts(failed.length, items.length), result, errors };
}

/** Where a job stands at `now`; both status answers are views of it. */
export type JobProgress =
  | { phase: 'queued' }
  | { phase: 'running'; percentage: number }
  | { phase: 'finished'; finished: FinishedJob };

export function progressOf(job: BulkJob, now: number): JobProgress {
  if (job.finished) {
    return { phase: 'finished', finished: job.finished };
  }
  const started = job.createdAt + job.queuedMs;
  if (now < started) {
    return { phase: 'queued' };
  }
  const fraction = Math.min((now - started) / job.durationMs, 0.999);
  return { phase: 'running', percentage: Math.floor(fraction * 1000) / 10 };
}

/** A finished job's result as the status answers give it: inline, by url, or neither once expired. */
export function resultFields(
  job: BulkJob,
  done: FinishedJob,
  resultsBaseUrl: string,
): { rawResult: string | null; url: string | null } {
  if (done.expired) {
    return { rawResult: null, url: null };
  }
  if (done.downloadToken) {
    return { rawResult: null, url: `${resultsBaseUrl}/results/${job.id}/${done.downloadToken}` };
  }
  return { rawResult: done.result, url: null };
}

/** Says that, and when, a job's result expired: for the 410 of its download and GraphQL answers. */
export function expiryNotice(job: BulkJob, done: FinishedJob): string {
  return (
    `The result of job ${job.id} expired at ${new Date(done.expiresAt).toISOString()}: ` +
    `the sandbox keeps a result ${done.expiresAt - done.completedAt} ms after its job finishes ` +
    '(resultRetentionMs).'
  );
}

/** Says that the sandbox forgot a job, and when it does: for the 404 of a status poll. */
export function forgottenJobNotice(
  kind: string,
  id: number,
  limits: { expiredJobRetentionMs: number; maxJobs: number },
): string {
  return (
    `No ${kind} has id ${id}: the sandbox has forgotten that job. It forgets a job ` +
    `${limits.expiredJobRetentionMs} ms after its result expired (expiredJobRetentionMs), ` +
    `and the jobs that finished first once it holds more than ${limits.maxJobs} (maxJobs).`
  );
}

export function standardJobStatus(
  job: BulkJob,
  now: number,
  resultsBaseUrl: string,
): StandardJobStatusResponse {
  const base = { id: job.id, createdAtUtc: new Date(job.createdAt).toISOString() };
  const progress = progressOf(job, now);
  if (progress.phase !== 'finished') {
    return {
      ...base,
      status: WorkflowStatusValues.InProgress,
      completionPercentage: progress.phase === 'running' ? progress.percentage : 0,
      completedAtUtc: null,
      url: null,
      rawResult: null,
      errors: null,
    };
  }
  const done = progress.finished;
  return {
    ...base,
    status: done.expired ? WorkflowStatusValues.ResultsExpired : done.status,
    completionPercentage: 100,
    completedAtUtc: new Date(done.completedAt).toISOString(),
    ...resultFields(job, done, resultsBaseUrl),
    errors: done.errors,
  };
}
