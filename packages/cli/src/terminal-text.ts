/**
 * What a server sends reaches the terminal through this command: a job's
 * status, the members of a ProblemDetails, a job's error lines. Control
 * characters in them would act on the terminal instead of showing: ESC
 * sequences recolour, move the cursor, retitle the window or clear the
 * screen; `\r` and backspace overwrite what came before. So every server
 * string is shown with its controls as visible escapes (`\x1b`, `\r`, `\n`),
 * as GNU ls and git do with names they print; newlines come only from the
 * command itself. A backslash stays as it is: messages stay readable.
 *
 * Bidirectional embedding, override and isolate controls are escaped too: they
 * reorder what follows them on the line, so a server could make a message read
 * differently from what it says (the "Trojan Source" trick).
 */

/**
 * C0 controls (ESC among them), DEL, C1 controls (U+009B is a one-character
 * CSI), and the bidi controls U+202A-U+202E and U+2066-U+2069.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const hex = (c: string, digits: number) => c.charCodeAt(0).toString(16).padStart(digits, '0');

/** `text` with every control character shown as an escape: safe to print on a terminal. */
export function escapeControls(text: string): string {
  return text.replace(
    CONTROL,
    (c) => SHORT[c] ?? (c.charCodeAt(0) > 0xff ? `\\u${hex(c, 4)}` : `\\x${hex(c, 2)}`),
  );
}

/** Any value a server sent, as text for a terminal. */
export const shown = (value: unknown): string =>
  escapeControls(typeof value === 'string' ? value : String(value));

const LINE_BREAK = /[\n\t]/;

/**
 * A job's result printed on a terminal: its own line breaks and tabs are its
 * layout and stay; every other control is escaped. Written to a file or a
 * pipe, a result is never changed.
 */
export function escapeResultControls(text: string): string {
  return text.replace(CONTROL, (c) => (LINE_BREAK.test(c) ? c : escapeControls(c)));
}

/** DEL, C1 and bidi controls, which `JSON.stringify` leaves raw inside strings. */
const RAW_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON for stdout, pretty-printed. `JSON.stringify` escapes C0 controls (ESC
 * is `\u001b`) but not DEL, C1 and bidi ones: those become `\u` escapes too,
 * which only occur inside strings and parse back to the same value.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}

/**
 * An answer's JSON text for stdout as the server wrote it (an int64 keeps every digit), with
 * the DEL, C1 and bidi controls inside its strings as `\u` escapes (`jsonText`'s rule).
 */
export function jsonAnswerText(text: string): string {
  const escaped = text.replace(RAW_IN_JSON, (c) => `\\u${hex(c, 4)}`);
  return escaped.endsWith('\n') ? escaped : `${escaped}\n`;
}
