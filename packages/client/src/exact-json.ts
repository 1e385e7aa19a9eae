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
