/** Knobs of fault injection; all off by default. Mutable at run time through `sandbox.faults`. */
export interface FaultSettings {
  /** Share of API requests, 0..1, answered with a 5xx instead of being handled. */
  failRate: number;
  /** Delay, in ms, before every API request is handled. */
  latencyMs: number;
  /** When set, injected failures are 503 with this `Retry-After` (seconds). */
  retryAfter: number | undefined;
  /** Share of API requests, 0..1, whose connection is dropped without an answer. */
  dropRate: number;
}

export const noFaults: FaultSettings = {
  failRate: 0,
  latencyMs: 0,
  retryAfter: undefined,
  dropRate: 0,
};

function checkShare(name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0 && value <= 1)) {
    throw new RangeError(`${name} must be a number from 0 to 1, got ${value}`);
  }
}

function checkNonNegative(name: string, value: number, integer = false): void {
  if (!(Number.isFinite(value) && value >= 0) || (integer && !Number.isInteger(value))) {
    throw new RangeError(`${name} must be a ${integer ? 'whole ' : ''}number >= 0, got ${value}`);
  }
}

export function checkFaults(f: FaultSettings): FaultSettings {
  checkShare('failRate', f.failRate);
  checkShare('dropRate', f.dropRate);
  checkNonNegative('latencyMs', f.latencyMs);
  if (f.retryAfter !== undefined) {
    checkNonNegative('retryAfter', f.retryAfter, true);
  }
  return f;
}

export type FaultDecision = 'none' | 'drop' | 'fail';

/**
 * Draws the fate of one request. Both draws are always made, in the same
 * order, so a seed gives the same sequence whatever the knobs are.
 */
export function decideFault(faults: FaultSettings, random: () => number): FaultDecision {
  const dropDraw = random();
  const failDraw = random();
  if (dropDraw < faults.dropRate) {
    return 'drop';
  }
  if (failDraw < faults.failRate) {
    return 'fail';
  }
  return 'none';
}

/**
 * Raised by the in-process `fetch` handler for a dropped request, the way
 * `fetch` itself reports a connection reset: a TypeError with a cause.
 */
export class DroppedConnectionError extends TypeError {
  constructor(url: string) {
    super('fetch failed', { cause: new Error(`the sandbox dropped the connection of ${url}`) });
    this.name = 'TypeError';
  }
}
