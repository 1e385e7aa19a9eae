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

function expire(deadline: AttemptDeadline): void {
  deadline.timedOut = true;
  deadline.controller.abort();
}

/**
 * One signal for one attempt: fires on the caller's abort or after `ms`. It is handed to
 * fetch, so it also cuts off a body that is still being read. A class rather than closures:
 * one of these is made for every request.
 */
class AttemptDeadline implements Deadline {
  readonly controller = new AbortController();
  timedOut = false;
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly onAbort: (() => void) | undefined;
  constructor(
    private readonly ms: number,
    private readonly outer: AbortSignal | undefined,
    private readonly what: string,
  ) {
    this.timer = setTimeout(expire, ms, this);
    if (outer) {
      const onAbort = () => this.controller.abort(outer.reason);
      this.onAbort = onAbort;
      outer.addEventListener('abort', onAbort, { once: true });
      if (outer.aborted) onAbort();
    }
  }
  get signal(): AbortSignal {
    return this.controller.signal;
  }
  reason(): AbortError | TimeoutError | undefined {
    if (this.timedOut) return new TimeoutError(`${this.what} timed out after ${this.ms} ms`);
    return this.outer?.aborted ? abortError(this.outer) : undefined;
  }
  clear(): void {
    clearTimeout(this.timer);
    if (this.onAbort) this.outer?.removeEventListener('abort', this.onAbort);
  }
}

export function deadline(ms: number, outer: AbortSignal | undefined, what: string): Deadline {
  return new AttemptDeadline(ms, outer, what);
}
