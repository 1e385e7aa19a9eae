import { type AbortError, abortError, TimeoutError } from './errors.js';

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw abortError(signal);
  }
}

export interface Deadline {
  signal: AbortSignal;
  /** Turns whatever an aborted fetch threw into a `TimeoutError` or `AbortError`, if it was us. */
  reason(): AbortError | TimeoutError | undefined;
  clear(): void;
}

function expire(deadline: CallerDeadline): void {
  deadline.timedOut = true;
  deadline.controller.abort();
}

/**
 * The deadline of an attempt made with the caller's signal: a signal of its own, fired by
 * the caller's abort or after `ms`, so aborting one call never cuts off its neighbours.
 */
class CallerDeadline implements Deadline {
  readonly controller = new AbortController();
  timedOut = false;
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly onAbort = () => this.controller.abort(this.outer.reason);
  constructor(
    private readonly ms: number,
    private readonly outer: AbortSignal,
    private readonly what: string,
  ) {
    this.timer = setTimeout(expire, ms, this);
    outer.addEventListener('abort', this.onAbort, { once: true });
    if (outer.aborted) {
      this.onAbort();
    }
  }
  get signal(): AbortSignal {
    return this.controller.signal;
  }
  reason(): AbortError | TimeoutError | undefined {
    if (this.timedOut) {
      return new TimeoutError(`${this.what} timed out after ${this.ms} ms`);
    }
    return this.outer.aborted ? abortError(this.outer) : undefined;
  }
  clear(): void {
    clearTimeout(this.timer);
    this.outer.removeEventListener('abort', this.onAbort);
  }
}

/**
 * Either deadline is handed to fetch, so it also cuts off a body that is still being read.
 *
 * A timer and a signal shared by the attempts (with the same timeout, and no signal of the
 * caller's) that start within a few milliseconds of each other. Node's fetch does costly work for every signal it is
 * given (a weak reference, a finalizer, listeners): sharing them takes most of that off each
 * request. The timer starts when the window closes, so every attempt in it gets at least
 * its `ms`, and at most one window width (<= 10 ms, <= 5 % of `ms`) more.
 */
interface SharedWindow {
  readonly ms: number;
  readonly closesAt: number;
  readonly controller: AbortController;
  timer: ReturnType<typeof setTimeout> | undefined;
  timedOut: boolean;
  /** Attempts in flight. */
  active: number;
}

const WINDOW_MAX_MS = 10;
// Each attempt adds a listener to the shared signal; Node warns from 1,500 on.
const WINDOW_MAX_ATTEMPTS = 500;
const openWindows = new Map<number, SharedWindow>();

function expireWindow(w: SharedWindow): void {
  w.timedOut = true;
  w.timer = undefined;
  if (openWindows.get(w.ms) === w) {
    openWindows.delete(w.ms);
  }
  w.controller.abort();
}

function joinWindow(ms: number): SharedWindow {
  // Monotonic, as the timer is: a wall clock set back must not keep a window open.
  const now = performance.now();
  let w = openWindows.get(ms);
  if (!w || now >= w.closesAt || w.active >= WINDOW_MAX_ATTEMPTS) {
    if (w && w.active === 0) {
      clearTimeout(w.timer);
    }
    const width = Math.max(1, Math.min(WINDOW_MAX_MS, ms / 20));
    w = {
      ms,
      closesAt: now + width,
      controller: new AbortController(),
      timer: undefined,
      timedOut: false,
      active: 0,
    };
    w.timer = setTimeout(expireWindow, width + ms, w);
    // In-flight requests keep the process alive; a timer with nothing left to cut must not.
    (w.timer as { unref?: () => void }).unref?.();
    openWindows.set(ms, w);
  }
  w.active++;
  return w;
}

class WindowDeadline implements Deadline {
  private left = false;
  constructor(
    private readonly w: SharedWindow,
    private readonly what: string,
  ) {}
  get signal(): AbortSignal {
    return this.w.controller.signal;
  }
  reason(): TimeoutError | undefined {
    return this.w.timedOut
      ? new TimeoutError(`${this.what} timed out after ${this.w.ms} ms`)
      : undefined;
  }
  clear(): void {
    if (this.left) {
      return;
    }
    this.left = true;
    const { w } = this;
    // The last attempt out of a window that has closed takes its timer along.
    if (--w.active === 0 && openWindows.get(w.ms) !== w) {
      clearTimeout(w.timer);
    }
  }
}

export function deadline(ms: number, outer: AbortSignal | undefined, what: string): Deadline {
  // Timers hold at most 2^31-1 ms (about 24.8 days, less a window's width here); a longer
  // one, or Infinity, would fire at once.
  ms = Math.min(ms, 2 ** 31 - 1 - WINDOW_MAX_MS);
  return outer ? new CallerDeadline(ms, outer, what) : new WindowDeadline(joinWindow(ms), what);
}
