import type { DiffContext } from './context.js';
import { isObject, type JsonObject, join, show } from './json.js';

/**
 * The schema extension listing the names a schema had before the API renamed
 * it. Our codegen keeps each as a deprecated alias (type, validator, guards).
 */
export const FORMER_NAMES = 'x-former-names';

export function formerNames(schema: unknown): string[] {
  const list = isObject(schema) ? schema[FORMER_NAMES] : undefined;
  return Array.isArray(list) ? list.filter((name): name is string => typeof name === 'string') : [];
}

/**
 * Pairs each schema that left the old document with the new schema that names
 * it in `x-former-names`: old name → new name. Only a clean rename pairs: the
 * old name is gone from the new document and the new name was not in the old
 * one; anything else stays a removal and an addition.
 */
export function findRenamedSchemas(before: JsonObject, after: JsonObject): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const [name, schema] of Object.entries(after)) {
    if (Object.hasOwn(before, name)) {
      continue;
    }
    const former = formerNames(schema).find(
      (old) => Object.hasOwn(before, old) && !Object.hasOwn(after, old) && !renamed.has(old),
    );
    if (former !== undefined) {
      renamed.set(former, name);
    }
  }
  return renamed;
}

/** The schema without its former names, which `diffFormerNames` compares by their own rules. */
export function withoutFormerNames(schema: unknown): unknown {
  if (!isObject(schema) || !(FORMER_NAMES in schema)) {
    return schema;
  }
  const { [FORMER_NAMES]: _former, ...rest } = schema;
  return rest;
}

/**
 * A former name dropped removes its deprecated alias exports (major); one
 * added adds exports (minor). The name a rename came from is reported by the
 * rename itself.
 */
export function diffFormerNames(
  ctx: DiffContext,
  before: unknown,
  after: unknown,
  pointer: string,
  renamedFrom?: string,
): void {
  const was = formerNames(before);
  const is = formerNames(after);
  const at = join(pointer, FORMER_NAMES);
  for (const name of was.filter((n) => !is.includes(n))) {
    ctx.add(at, 'major', `deprecated alias ${show(name)} removed (${FORMER_NAMES})`);
  }
  for (const name of is.filter((n) => !was.includes(n) && n !== renamedFrom)) {
    ctx.add(at, 'minor', `deprecated alias ${show(name)} added (${FORMER_NAMES})`);
  }
}
