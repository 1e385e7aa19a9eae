/**
 * Replacements for the AJV runtime modules that standalone code `require`s.
 * They are bundled into the generated module so it needs no `require` and no
 * dependency on ajv at run time.
 */

/** Length in Unicode code points, as JSON Schema's minLength/maxLength count it. */
export function ucs2length(str: string): number {
  const len = str.length;
  let length = 0;
  let pos = 0;
  while (pos < len) {
    length++;
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      // A high surrogate followed by a low one is one code point.
      const next = str.charCodeAt(pos);
      if ((next & 0xfc00) === 0xdc00) {
        pos++;
      }
    }
  }
  return length;
}

/** Deep equality of JSON values, for `enum`/`const` with objects and `uniqueItems`. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) {
      return false;
    }
    for (let i = 0; i < a.length; i++) {
      if (!equal(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }
  if (Array.isArray(b)) {
    return false;
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) {
    return false;
  }
  for (const k of ka) {
    if (!Object.hasOwn(b, k)) {
      return false;
    }
    if (!equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) {
      return false;
    }
  }
  return true;
}
