/**
 * How OpenAPI names the statuses of responses: an exact code (`'404'`), a
 * range of a hundred (`'4XX'`, any case), or `'default'`. The client's retry
 * policy, the validators and the sandbox all read them through this one place.
 */

/** The range a status falls in, as the spec writes it: `503` -> `'5XX'`. */
export const statusRangeOf = (status: number | string): string => `${String(status).charAt(0)}XX`;

/**
 * Whether `code`, as the spec writes it (`'503'`, `'5XX'`, `'5xx'`), covers
 * `status`. `'default'` covers nothing here: it is what applies when no code does.
 */
export function statusCodeCovers(code: string, status: number | string): boolean {
  const s = String(status);
  return code === s || code.toUpperCase() === statusRangeOf(s);
}
