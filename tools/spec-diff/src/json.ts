import { isObject } from '@workflows-api/codegen/json';

export { isObject, type JsonObject } from '@workflows-api/codegen/json';

// Pointer syntax is one fact of the repo, kept with the codegen's spec tools.
import {
  escapePointerToken as escapeToken,
  parsePointer,
  valueAt,
} from '@workflows-api/codegen/spec-location';

export { escapeToken, parsePointer, valueAt };

/** A `$ref` is a URI fragment: its pointer may be percent-encoded (`%7Bid%7D`). */
export function refPointer(ref: string): string {
  const fragment = ref.startsWith('#') ? ref.slice(1) : ref;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Appends tokens to a JSON pointer, escaping `/` and `~`. */
export function join(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + tokens.map((t) => `/${escapeToken(String(t))}`).join('');
}

/** Key order does not matter, so two documents that mean the same compare equal. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** Short, readable rendering of a value for messages. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
