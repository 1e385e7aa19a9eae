import type {
  GraphQLBulkJobRetrievalResponse,
  GraphQlBulkJob,
  StandardJobStatusResponse,
} from '@workflows-api/types';
import type { Middleware } from 'openapi-fetch';
import type { APIError, ConnectionError } from './errors.js';
import type { ServerId } from './generated/operations.js';

export type ValidateMode = 'off' | 'warn' | 'strict';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/** Anything console-like; each method gets one already-redacted line. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Exponential backoff with jitter. The delay before retry `n` (0-based) is
 * `min(maxIntervalMs, initialIntervalMs * exponent ** n)` minus up to 25 % jitter, or longer
 * when the server's `Retry-After` asks for more, never more than `maxIntervalMs`; no retry
 * starts after `maxElapsedTimeMs`.
 */
export interface RetryPolicy {
  initialIntervalMs: number;
  maxIntervalMs: number;
  maxElapsedTimeMs: number;
  exponent: number;
  /** Upper bound on retries on top of the time budget. Default 2 (the spec's policy: unbounded). */
  maxRetries: number;
  /** Statuses (`'503'`) or classes (`'5XX'`) that are retried; 408 and 429 always are. */
  statusCodes: readonly string[];
  retryConnectionErrors: boolean;
}

/**
 * `'spec'`: the spec's `x-speakeasy-retries` policy as it is (unbounded attempts within 1 h);
 * a partial policy completes the client's (else the default one); `false`: no retries.
 */
export type RetriesOption = Partial<RetryPolicy> | 'spec' | false;

/** What `onRetry` is told before each retry. */
export interface RetryInfo {
  operationId: string;
  /** 1 for the first retry. */
  retry: number;
  /** The pause before it. */
  delayMs: number;
  /** Why: the error the failed attempt would have thrown. */
  error: APIError | ConnectionError;
}

/** The token, or a function returning it (called before every attempt, so it may rotate). */
export type AuthSource = string | (() => string | Promise<string>);

export interface ClientOptions {
  /** `'prod'` (default), `'sandbox'`, or a base URL. */
  server?: ServerId | (string & {}) | undefined;
  /** Sent as `TTD-Auth`. Default: the `WORKFLOWS_TTD_AUTH` environment variable. */
  auth?: AuthSource | undefined;
  fetch?: typeof globalThis.fetch | undefined;
  /** Sent with every API request (never with result downloads from another origin). */
  headers?: Record<string, string> | undefined;
  /** Names of headers in `headers` whose values are credentials: redacted like `TTD-Auth`. */
  secretHeaders?: readonly string[] | undefined;
  /** Per attempt, from sending until the body has been read. Default 60 000. */
  timeoutMs?: number | undefined;
  /**
   * Default: the spec's backoff, bounded to 2 retries within 60 s (`defaultRetryPolicy`).
   * `'spec'`: the spec's `x-speakeasy-retries` policy as it is; `false` turns retries off.
   */
  retries?: RetriesOption | undefined;
  /**
   * Called before each retry (they are also logged at `'warn'`). What it throws ends the call
   * with that error, no more retries.
   */
  onRetry?: ((info: RetryInfo) => void) | undefined;
  /**
   * Response validation against the spec. A mode string applies to responses; requests are
   * validated only when asked for with `{ requests: 'strict' }` (or `'warn'`).
   */
  validate?: ValidateMode | { responses?: ValidateMode; requests?: ValidateMode } | undefined;
  /** Default: `console`. */
  logger?: Logger | undefined;
  /** Default: `'warn'`. Request and response lines are logged at `'debug'`. */
  logLevel?: LogLevel | undefined;
  /** openapi-fetch middleware (`onRequest`, `onResponse`, `onError`), run on every attempt. */
  middleware?: readonly Middleware[] | undefined;
  /**
   * Most bytes of an answer read (the stream is cancelled past it, with a
   * `ResponseTooLargeError`). Default per operation: 32 MiB for job statuses (which may carry
   * a result inline) and the GraphQL and REST passthroughs, 4 MiB for the other answers. An
   * error answer keeps at most its first 64 KiB in `error.body`.
   */
  maxResponseBytes?: number | undefined;
  /** Largest result `bulkJobs.result` and `graphQlBulkJobs.result` download. Default 100 MiB. */
  maxResultBytes?: number | undefined;
}

/** Per-call settings; an operation's query parameters go in the same object. */
export interface RequestOptions {
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  headers?: Record<string, string> | undefined;
  retries?: RetriesOption | undefined;
  /** Most bytes of the answer read; default: the client's (see `ClientOptions`). */
  maxResponseBytes?: number | undefined;
  /**
   * POST and PATCH are retried only when the request provably never reached the server.
   * Set this when a duplicate is harmless (or checked for) to retry them like GETs.
   */
  retryNonIdempotent?: boolean | undefined;
}

export interface APIPromise<T> extends Promise<T> {
  /**
   * The data together with the raw `Response` (its body already read) and the body as
   * received: `text` is where an int64 beyond 2^53, which `data` holds as a rounded JS
   * number, can still be read exactly.
   */
  withResponse(): Promise<{ data: T; response: Response; text: string | undefined }>;
}

/**
 * How `waitFor` polls; `S` is what each poll gives back (a standard job's status, a GraphQL
 * bulk job). Each number must be finite and > 0, else `waitFor` throws before any request.
 */
export interface WaitOptions<S = StandardJobStatusResponse> {
  /** First pause between polls; grows 1.5x per poll. Default 1000. */
  intervalMs?: number | undefined;
  /** Default 30 000. */
  maxIntervalMs?: number | undefined;
  /** Give up (with a `TimeoutError`) after this long. Default 3 600 000 (1 h). */
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((completionPercentage: number | null, status: S) => void) | undefined;
}

export interface ResultOptions {
  /** Default: the client's `maxResultBytes`. */
  maxBytes?: number | undefined;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
}

/** Options of the submit-wait-result conveniences (`bulkCreateAndWait`…). */
export interface AndWaitOptions<S = StandardJobStatusResponse>
  extends RequestOptions,
    Pick<WaitOptions<S>, 'intervalMs' | 'maxIntervalMs' | 'onProgress'> {
  /** Limit on the whole wait (`timeoutMs` stays per request). */
  waitTimeoutMs?: number | undefined;
  maxBytes?: number | undefined;
}

export interface BulkJobOutcome {
  /** The final status; check `status.status` (`Success`, `Failure`…), it is not thrown. */
  status: StandardJobStatusResponse;
  /** `rawResult`, or the downloaded `url`, or null when the job has neither. */
  result: string | null;
}

/**
 * What a `...AndWait` call gives when the API did the work at once and queued no job
 * (`campaigns.bulkUpdate` may answer 200 with the campaign instead of 202 with a job).
 */
export interface ImmediateOutcome<T> {
  /** No job was queued, so there is no job status: how to tell this from a `BulkJobOutcome`. */
  status: null;
  /** The answer, as the operation types it for that status. */
  data: T;
  /** No job result either: the answer is `data`. */
  result: null;
}

/**
 * A job id: the API answers with an int64 number; the client sends either type exactly as
 * given. A number must be a safe integer: beyond 2^53 a JS number may already have been
 * rounded (and would poll another job), so pass such ids as strings of digits.
 */
export type JobId = string | number;

export interface BulkJobsHelpers {
  /** Polls until the job's status is terminal; returns the final status. */
  waitFor(id: JobId, options?: WaitOptions): Promise<StandardJobStatusResponse>;
  /**
   * `rawResult` when present, else the body at `url` (streamed, size-limited), else null.
   * Throws `ResultsExpiredError` when the status is `ResultsExpired`.
   */
  result(status: StandardJobStatusResponse, options?: ResultOptions): Promise<string | null>;
}

/** A GraphQL bulk job id (the path takes a string): see `JobId`. */
export type GraphQlBulkJobId = JobId;

export interface GraphQlBulkJobOutcome {
  /** The job id, digit for digit as the API sent it (`job.id` is a JS number). */
  id: string;
  /** The job once finished; check `job.status` (`Success`, `Failure`, `Cancelled`…), it is not thrown. */
  job: GraphQlBulkJob;
  /** `rawResult`, or the downloaded `url`, or null when the job has neither. */
  result: string | null;
}

export interface GraphQlBulkJobsHelpers {
  /** Polls until the job's `BulkJobStatus` is final (not `Queued`, not `InProgress`); returns the job. */
  waitFor(id: GraphQlBulkJobId, options?: WaitOptions<GraphQlBulkJob>): Promise<GraphQlBulkJob>;
  /** `rawResult` when present, else the body at `url` (streamed, size-limited), else null. */
  result(
    job: GraphQlBulkJob | GraphQLBulkJobRetrievalResponse,
    options?: ResultOptions,
  ): Promise<string | null>;
}
