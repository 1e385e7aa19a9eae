import type { Log } from './log.js';
import { redactHeaders } from './redact-headers.js';

// Loaded by clients with `logLevel: 'debug'` only.

/** The `→` line of a request, its credential headers redacted. */
export function logRequest(
  log: Log,
  method: string,
  url: string,
  headers: Headers | Record<string, string>,
  secretNames: ReadonlySet<string>,
): void {
  log('debug', `→ ${method} ${url} ${JSON.stringify(redactHeaders(headers, secretNames))}`);
}
