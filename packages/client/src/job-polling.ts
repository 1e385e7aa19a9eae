import { TimeoutError } from './errors.js';
import type { Context } from './request.js';
import { sleep } from './sleep.js';
import type { RequestOptions, WaitOptions } from './types.js';

/** What polling reads of a job: a standard job's status answer, or a GraphQL bulk job. */
export interface JobState {
  status: string;
  completionPercentage?: number | null;
}

/**
 * Polls with a growing pause until the job's status is in `terminalStatuses`; `what` names
 * the job in messages (`bulk job 77`).
 */
export async function pollUntilFinal<S extends JobState>(
  ctx: Context,
  what: string,
  poll: (options: RequestOptions) => Promise<S>,
  terminalStatuses: readonly string[],
  { intervalMs = 1000, maxIntervalMs = 30_000, timeoutMs, signal, onProgress }: WaitOptions<S> = {},
): Promise<S> {
  const giveUpAt = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
  let last: S | undefined;
  const tooLong = () =>
    new TimeoutError(
      last
        ? `${what} is still ${last.status} (${last.completionPercentage ?? '?'} %) after ${timeoutMs} ms`
        : `${what}: no status within ${timeoutMs} ms`,
    );
  let pause = intervalMs;
  for (;;) {
    try {
      last = await poll({
        signal,
        // The last poll must not outlive the caller's limit either.
        timeoutMs: Math.max(1, Math.min(ctx.timeoutMs, giveUpAt - Date.now())),
      });
    } catch (error) {
      throw error instanceof TimeoutError && Date.now() >= giveUpAt ? tooLong() : error;
    }
    onProgress?.(last.completionPercentage ?? null, last);
    if (terminalStatuses.includes(last.status)) return last;
    const nap = Math.min(pause, giveUpAt - Date.now());
    if (nap <= 0) throw tooLong();
    await sleep(nap, signal);
    pause = Math.min(pause * 1.5, maxIntervalMs);
  }
}
