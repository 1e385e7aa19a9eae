import type { Log } from './log.js';
import { redactHeaders } from './redact-headers.js';

// Loaded by clients with `logLevel: 'debug'` only.

/** The `→` line of a request, its credential headers redacted. */
export function logRequest(log: Log, request: Request, secretNames: ReadonlySet<string>): void {
  log(
    'debug',
    `→ ${request.method} ${request.url} ${JSON.stringify(redactHeaders(request.headers, secretNames))}`,
  );
}
