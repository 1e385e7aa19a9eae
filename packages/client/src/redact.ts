export const REDACTED = '[REDACTED]';

/** Header names that always carry credentials, whatever the client was told. */
export const ALWAYS_SECRET = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie'];

// Credential values seen by any client in this process, each with the pattern that finds it.
// Module-wide so an error can redact itself when it is stringified or inspected long after
// (and far from) the client.
const secrets = new Map<string, RegExp>();

/**
 * One character of a secret as a server may echo it: as is, JSON-escaped (`\"`, `\\`, `\/`,
 * `\u0041`) or percent-encoded. Per character, so that a mix (a JSON string holding a
 * URL-encoded token) is found too.
 */
function anyForm(c: string): string {
  const hex = c.charCodeAt(0).toString(16);
  const encoded = encodeURIComponent(c);
  return `(?:\\\\?\\u{${hex}}|\\\\u${hex.padStart(4, '0')}${encoded === c ? '' : `|${encoded}`})`;
}

export function rememberSecret(value: string): void {
  if (!value || secrets.has(value)) {
    return;
  }
  const pattern = [...value].map(anyForm).join('');
  // A token shorter than 4 characters is redacted only where it stands alone: inside a word it
  // would redact every message ("t" in "Not Found"), and reveals nothing there. Hex digits
  // and letters match in either case: a server may change them, never an innocent text.
  secrets.set(
    value,
    new RegExp(value.length < 4 ? `(?<![\\w-]'?)${pattern}(?!'?[\\w-])` : pattern, 'giu'),
  );
  // Bounded, for auth functions that rotate tokens for the life of the process.
  if (secrets.size > 64) {
    secrets.delete(secrets.keys().next().value as string);
  }
}

export function redact(text: string): string {
  for (const pattern of secrets.values()) {
    text = text.replace(pattern, REDACTED);
  }
  return text;
}

/**
 * A JSON copy with every string in it redacted: what errors carry (their fields are JSON: a
 * body, headers, issues…), so no field, and no serialization of one, holds a credential in
 * any form. Members that are undefined are left out, as `JSON.stringify` leaves them.
 */
export const redactDeep = (value: unknown): unknown =>
  value === undefined
    ? value
    : JSON.parse(JSON.stringify(value), (_, v: unknown) => (typeof v === 'string' ? redact(v) : v));
