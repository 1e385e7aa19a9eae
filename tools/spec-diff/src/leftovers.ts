import { DOCUMENTATION_KEYS } from '@workflows-api/codegen/documentation-keys';
import type { Bump } from './classify.js';
import type { DiffContext } from './context.js';
import { deepEqual, type JsonObject, join, show } from './json.js';

/** Keywords that only document: changing them never changes what goes over the wire. */
export const DOC_KEYWORDS = DOCUMENTATION_KEYS;

/**
 * Extensions that name things in generated SDKs (ours and Speakeasy-style
 * generators): changing them renames a client method or a server option.
 */
const RENAMING_EXTENSIONS = new Set([
  'x-speakeasy-group',
  'x-speakeasy-name-override',
  'x-server-id',
  'x-enum-varnames',
  'x-enumNames',
]);

/** Extensions that change what a generated client does, without removing anything. */
const BEHAVIOUR_EXTENSIONS = new Set(['x-speakeasy-retries', 'x-speakeasy-pagination']);

export function extensionClass(key: string): { cls: Bump; why: string } {
  if (RENAMING_EXTENSIONS.has(key)) {
    return { cls: 'major', why: ' (renames a generated SDK name)' };
  }
  if (BEHAVIOUR_EXTENSIONS.has(key)) {
    return { cls: 'minor', why: ' (changes client behaviour)' };
  }
  return { cls: 'patch', why: '' };
}

function describeChange(key: string, before: unknown, after: unknown): string {
  if (before === undefined) {
    return `${key} added`;
  }
  if (after === undefined) {
    return `${key} removed`;
  }
  const scalar = (v: unknown) => v === null || typeof v !== 'object';
  if (scalar(before) && scalar(after) && !DOC_KEYWORDS.has(key)) {
    return `${key} changed from ${show(before)} to ${show(after)}`;
  }
  return `${key} changed`;
}

/**
 * Compares the keys a differ did not handle itself: documentation is patch,
 * extensions follow `extensionClass`, anything else is `unknown` (major by
 * default: a keyword we do not model may still change the wire format).
 */
export function diffLeftovers(
  ctx: DiffContext,
  before: JsonObject,
  after: JsonObject,
  pointer: string,
  handled: ReadonlySet<string>,
  unknown: Bump = 'major',
): void {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (handled.has(key) || deepEqual(before[key], after[key])) {
      continue;
    }
    let cls = unknown;
    let why = '';
    if (DOC_KEYWORDS.has(key)) {
      cls = 'patch';
    } else if (key.startsWith('x-')) {
      ({ cls, why } = extensionClass(key));
    }
    ctx.add(join(pointer, key), cls, describeChange(key, before[key], after[key]) + why);
  }
}

export { asObject } from '@workflows-api/codegen/json';
