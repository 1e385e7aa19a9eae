import type { ClientRuntime } from './client-runtime.js';
import { TimeoutError, WorkflowsError } from './errors.js';
import { UnknownJobStatusError } from './job-errors.js';
import { sleep } from './sleep.js';
import type { RequestOptions, WaitOptions } from './types.js';

/** How long `waitFor` waits when not told: long enough for big bulk jobs, yet not forever. */
export const DEFAULT_WAIT_TIMEOUT_MS = 3_600_000;
/**
 * Polls in a row without a status the client knows before waiting gives up: a blip of the
 * server is tolerated, a status only a newer API has (never known to be final) is not.
 */
const UNKNOWN_STATUS_POLLS = 3;

/** What polling reads of a job: a standard job's status answer, or a GraphQL bulk job. */
export interface JobState {
  status: string;
  completionPercentage?: number | null;
}

/** The numbers of a wait, checked and with their defaults. */
export interface WaitSettings {
  intervalMs: number;
  maxIntervalMs: number;
  timeoutMs: number;
}

/** One job to poll, and what its answers may say. */
export interface PolledJob {
  /** Names the job in messages: `bulk job 77`. */
  what: string;
  id: string;
  /** One status request; what it resolves to is checked before it is believed. */
  poll(options: RequestOptions): Promise<unknown>;
  /** Every status of the job's enum in the spec, and the final ones among them. */
  statuses: readonly string[];
  terminalStatuses: readonly string[];
}

const shown = (value: unknown) =>
  typeof value === 'number' ? String(value) : String(JSON.stringify(value)).slice(0, 100);

/**
 * The id as a status path takes it, never passed through a float: a string of digits, or a
 * non-negative safe integer (beyond 2^53 a number may already have been rounded, and would
 * poll another job). `helper` names the method in the error.
 */
export function jobIdOf(helper: string, id: unknown): string {
  if (typeof id === 'string' ? /^\d+$/.test(id) : Number.isSafeInteger(id) && (id as number) >= 0) {
    return String(id);
  }
  throw new WorkflowsError(
    `${helper}: a job id is a string of digits or a non-negative safe integer, not ${shown(id)}${typeof id === 'number' && Number.isInteger(id) ? ' (beyond 2^53 a JS number may already be rounded: pass the id as a string)' : ''}`,
  );
}

/**
 * The wait options with their defaults, each a finite number > 0, checked before any request
 * (`intervalMs: NaN` would poll without pause, `0` would time out at once). `timeoutName` is
 * what the caller called the overall limit (`waitTimeoutMs` for the `...AndWait` methods).
 */
export function waitSettings(
  helper: string,
  options: Pick<WaitOptions<unknown>, 'intervalMs' | 'maxIntervalMs' | 'timeoutMs'> = {},
  timeoutName = 'timeoutMs',
): WaitSettings {
  const settings: WaitSettings = {
    intervalMs: options.intervalMs ?? 1000,
    maxIntervalMs: options.maxIntervalMs ?? 30_000,
    timeoutMs: options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS,
  };
  for (const [name, value] of Object.entries(settings)) {
    if (typeof value !== 'number' || !(value > 0) || value === Infinity) {
      throw new WorkflowsError(
        `${helper}: ${name === 'timeoutMs' ? timeoutName : name} must be a finite number > 0, not ${shown(value)}`,
      );
    }
  }
  return settings;
}

/** What an answer without a known status had instead, for the error. */
function unknownStatusOf(answer: unknown): string {
  if (answer === undefined) {
    return 'an empty answer';
  }
  if (answer === null || typeof answer !== 'object') {
    return `the answer ${shown(answer)}`;
  }
  const { status } = answer as { status?: unknown };
  return status === undefined ? 'an answer without a status' : `status ${shown(status)}`;
}

/**
 * Polls with a growing pause until the job's status is one of its final ones. An answer
 * without a status of the job's enum is not believed; several in a row end the wait with an
 * `UnknownJobStatusError`, since none of them would ever be known to be final.
 */
export async function pollUntilFinal<S extends JobState>(
  ctx: ClientRuntime,
  job: PolledJob,
  { intervalMs, maxIntervalMs, timeoutMs }: WaitSettings,
  { signal, onProgress }: Pick<WaitOptions<S>, 'signal' | 'onProgress'> = {},
): Promise<S> {
  const { what } = job;
  const giveUpAt = Date.now() + timeoutMs;
  let last: S | undefined;
  const tooLong = () =>
    new TimeoutError(
      last
        ? `${what} is still ${last.status} (${last.completionPercentage ?? '?'} %) after ${timeoutMs} ms`
        : `${what}: no status within ${timeoutMs} ms`,
    );
  let pause = Math.min(intervalMs, maxIntervalMs);
  let unknown = 0;
  for (;;) {
    let answer: unknown;
    try {
      answer = await job.poll({
        signal,
        // The last poll must not outlive the caller's limit either.
        timeoutMs: Math.max(1, Math.min(ctx.timeoutMs, giveUpAt - Date.now())),
      });
    } catch (error) {
      throw error instanceof TimeoutError && Date.now() >= giveUpAt ? tooLong() : error;
    }
    const status = (answer as Partial<JobState> | null)?.status;
    if (typeof answer === 'object' && typeof status === 'string' && job.statuses.includes(status)) {
      unknown = 0;
      last = answer as S;
      onProgress?.(last.completionPercentage ?? null, last);
      if (job.terminalStatuses.includes(status)) {
        return last;
      }
    } else if (++unknown === UNKNOWN_STATUS_POLLS) {
      throw new UnknownJobStatusError(
        `${what}: ${unknown} polls in a row gave no status this client knows, the last ${unknownStatusOf(answer)} (known: ${job.statuses.join(', ')}); waiting would never end`,
        undefined,
        { jobId: job.id, status, polls: unknown },
      );
    }
    const nap = Math.min(pause, giveUpAt - Date.now());
    if (nap <= 0) {
      throw tooLong();
    }
    await sleep(nap, signal);
    pause = Math.min(pause * 1.5, maxIntervalMs);
  }
}
