/**
 * Words in inputs that pick an outcome, so tests and the demo can ask for a
 * failure or a big result without a switch in the API. Matched without case.
 */

/** A bulk item, data-job id or GraphQL field whose name contains this fails on purpose. */
export const FAIL_MARKER = 'fail';

/** A data-job id or GraphQL field whose name contains this gets a result over 5 MB. */
export const LARGE_MARKER = 'large';

export const hasMarker = (text: string | null | undefined, marker: string): boolean =>
  text?.toLowerCase().includes(marker) ?? false;
