/**
 * A JSON string (matched whole, so digits inside strings are skipped), or an integer literal
 * of 16 digits or more: the only ones a JS number may not hold exactly. The look-arounds
 * keep the match off the fraction and the exponent of other numbers.
 */
const STRING_OR_LONG_INTEGER = /"(?:[^"\\]|\\.)*"|(?<![\w.+-])-?\d{16,}(?![\w.])/g;

/**
 * `JSON.parse` of valid JSON, except that integers beyond `Number.MAX_SAFE_INTEGER` come back
 * as their digits (a string) rather than as a rounded number: how an int64 id stays exact.
 */
export function parseKeepingLargeIntegers(text: string): unknown {
  return JSON.parse(
    text.replace(STRING_OR_LONG_INTEGER, (token) =>
      token.startsWith('"') || Number.isSafeInteger(Number(token)) ? token : `"${token}"`,
    ),
  );
}

/**
 * The integer at `path` in the JSON `text`, as its digits (exact beyond 2^53, where the
 * parsed `data` holds a rounded number), or undefined when there is none.
 */
export function exactIdAt(text: string | undefined, ...path: string[]): string | undefined {
  let value: unknown;
  try {
    value = text ? parseKeepingLargeIntegers(text) : undefined;
  } catch {
    return undefined;
  }
  for (const key of path) {
    value = (value as Record<string, unknown> | null | undefined)?.[key];
  }
  return typeof value === 'number' || typeof value === 'string' ? String(value) : undefined;
}
