/** Where the sandbox reads the time: job progress is a function of it, so tests can drive it. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to, for tests of job progress. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(epochMs: number): void;
}

export function createManualClock(startMs = Date.UTC(2025, 0, 1)): ManualClock {
  let current = startMs;
  return {
    now: () => current,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`advance(ms): ms must be >= 0, got ${ms}`);
      }
      current += ms;
    },
    set(epochMs) {
      if (epochMs < current) {
        throw new RangeError('a manual clock never goes backwards');
      }
      current = epochMs;
    },
  };
}
