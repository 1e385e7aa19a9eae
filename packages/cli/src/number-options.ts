/**
 * Numbers given on the command line, read one way by every command of this
 * package: the whole text must be the number (`Number('')` is 0 and
 * `Number(' 5 ')` is 5, neither of which a user meant), and an error names the
 * option and quotes what was given.
 */

/** A command line that cannot run: the message says why; the command prints its usage. */
export class UsageError extends Error {}

function parsed(raw: string): number {
  return raw.trim() === raw && raw !== '' ? Number(raw) : Number.NaN;
}

/** `--name <n>`: a whole number of at least `min`, or `fallback` when not given. */
export function wholeNumberOption<F extends number | undefined>(
  name: string,
  raw: string | undefined,
  fallback: F,
  min = 0,
): number | F {
  if (raw === undefined) {
    return fallback;
  }
  const n = parsed(raw);
  if (!Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`--${name} must be a whole number >= ${min}, got ${JSON.stringify(raw)}`);
  }
  return n;
}

/** `--name <x>`: a finite number greater than 0, or `fallback` when not given. */
export function positiveNumberOption(
  name: string,
  raw: string | undefined,
  fallback: number,
): number {
  if (raw === undefined) {
    return fallback;
  }
  const n = parsed(raw);
  if (!Number.isFinite(n) || n <= 0) {
    throw new UsageError(`--${name} must be a number > 0, got ${JSON.stringify(raw)}`);
  }
  return n;
}
