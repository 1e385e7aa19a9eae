export const REDACTED = '[REDACTED]';

/** Header names that always carry credentials, whatever the client was told. */
export const ALWAYS_SECRET = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie'];

// Credential values seen by any client in this process. Module-wide so an error can redact
// itself when it is stringified or inspected long after (and far from) the client.
const secrets = new Set<string>();

export function rememberSecret(value: string): void {
  // Very short values would redact ordinary words; real credentials are never that short.
  if (value.length < 4 || secrets.has(value)) return;
  secrets.add(value);
  // Bounded, for auth functions that rotate tokens for the life of the process.
  if (secrets.size > 64) secrets.delete(secrets.values().next().value as string);
}

export function redact(text: string): string {
  for (const s of secrets) if (text.includes(s)) text = text.split(s).join(REDACTED);
  return text;
}

/** A JSON-safe copy with every known credential replaced. */
export function redactJSON(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? value : JSON.parse(redact(text));
}
