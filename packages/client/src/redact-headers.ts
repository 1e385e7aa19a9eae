import { REDACTED, redact } from './redact.js';

// Apart from redact.ts, which every client loads: only failures, result downloads and debug
// logging read headers back, and they load on demand.

/** A plain record of the headers, secret ones (lower-case names) replaced. */
export function redactHeaders(
  headers: Headers | Record<string, string>,
  secretNames: ReadonlySet<string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (value: string, name: string) => {
    out[name] = secretNames.has(name.toLowerCase()) ? REDACTED : redact(value);
  };
  if (headers instanceof Headers) {
    headers.forEach(put);
  } else {
    for (const name in headers) {
      put(headers[name] as string, name);
    }
  }
  return out;
}
