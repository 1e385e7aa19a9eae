import { type AbortError, abortError, TimeoutError } from './errors.js';

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

export interface Deadline {
  signal: AbortSignal;
  /** Turns whatever an aborted fetch threw into a `TimeoutError` or `AbortError`, if it was us. */
  reason(): AbortError | TimeoutError | undefined;
  clear(): void;
}

/**
 * One signal for one attempt: fires on the caller's abort or after `ms`. It is handed to
 * fetch, so it also cuts off a body that is still being read.
 */
export function deadline(ms: number, outer: AbortSignal | undefined, what: string): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(outer?.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ms);
  outer?.addEventListener('abort', onAbort, { once: true });
  if (outer?.aborted) onAbort();
  return {
    signal: controller.signal,
    reason: () =>
      timedOut
        ? new TimeoutError(`${what} timed out after ${ms} ms`)
        : outer?.aborted
          ? abortError(outer)
          : undefined,
    clear() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}
