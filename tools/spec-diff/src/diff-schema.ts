import { type Bump, bySide, type Dirs, intersect, isEmpty } from './classify.js';
import type { DiffContext, Side } from './context.js';
import { canonical, deepEqual, isObject, type JsonObject, join, show } from './json.js';
import { diffLeftovers } from './leftovers.js';
import { propertyDirs } from './usage.js';

/**
 * Compares two schemas at `pointer`, for values travelling on `dirs`.
 *
 * Rule of thumb, from the consumer's side: a request schema that accepts less
 * (narrowed) breaks callers, a response schema that may return more (widened)
 * breaks readers. The list is stricter for types and formats: any
 * change there is major, except a widening in a request.
 */
export function diffSchema(
  ctx: DiffContext,
  before: unknown,
  after: unknown,
  pointer: string,
  dirs: Dirs,
): void {
  const a = asSchema(before);
  const b = asSchema(after);
  if (a === undefined || b === undefined) {
    if (!deepEqual(before, after)) {
      ctx.add(pointer, 'major', 'schema changed');
    }
    return;
  }
  // The same reference on both sides (or a renamed schema's old and new name):
  // the target is compared once, where it lives.
  if (typeof a.$ref === 'string' && typeof b.$ref === 'string' && ctx.sameTarget(a.$ref, b.$ref)) {
    const siblingsA = withoutRef(a);
    const siblingsB = withoutRef(b);
    if (Object.keys(siblingsA).length + Object.keys(siblingsB).length > 0) {
      compareResolved(ctx, siblingsA, siblingsB, pointer, dirs);
    }
    return;
  }
  const ra = ctx.resolve('old', a);
  const rb = ctx.resolve('new', b);
  const sa = asSchema(ra.node) ?? {};
  const sb = asSchema(rb.node) ?? {};
  if (!ctx.firstVisit(sa, sb, dirs)) {
    return;
  }
  const count = ctx.changes.length;
  compareResolved(ctx, sa, sb, pointer, dirs);
  if (ra.ref !== rb.ref && ctx.changes.length === count) {
    // Same shape under another name: types are structural, nothing breaks.
    const what =
      ra.ref && rb.ref
        ? `now refers to ${rb.ref} instead of ${ra.ref} (same shape)`
        : rb.ref
          ? `moved into ${rb.ref} (same shape)`
          : `inlined from ${ra.ref} (same shape)`;
    ctx.add(pointer, 'patch', what);
  }
}

/** 3.1 allows boolean schemas; `true` accepts anything, `false` nothing. */
function asSchema(value: unknown): JsonObject | undefined {
  if (value === true || value === undefined) {
    return {};
  }
  if (value === false) {
    return { not: {} };
  }
  return isObject(value) ? value : undefined;
}

function withoutRef(schema: JsonObject): JsonObject {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

const HANDLED = new Set([
  '$ref',
  'type',
  'nullable',
  'format',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'allOf',
  'oneOf',
  'anyOf',
  'not',
  'discriminator',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'multipleOf',
  'pattern',
  'uniqueItems',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$defs',
  'definitions',
]);

function compareResolved(
  ctx: DiffContext,
  a: JsonObject,
  b: JsonObject,
  pointer: string,
  dirs: Dirs,
): void {
  diffLeftovers(ctx, a, b, pointer, HANDLED);
  diffDeprecated(ctx, a, b, pointer);
  if (!diffType(ctx, a, b, pointer, dirs)) {
    return;
  }
  diffFormat(ctx, a, b, pointer, dirs);
  diffEnum(ctx, a, b, pointer, dirs);
  diffBounds(ctx, a, b, pointer, dirs);
  diffDefault(ctx, a, b, pointer, dirs);
  diffProperties(ctx, a, b, pointer, dirs);
  diffAdditionalProperties(ctx, a, b, pointer, dirs);
  diffItems(ctx, a, b, pointer, dirs);
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
    diffComposition(ctx, a, b, pointer, dirs, keyword);
  }
  if (!deepEqual(a.not, b.not)) {
    ctx.add(join(pointer, 'not'), 'major', 'not changed');
  }
  if (!deepEqual(a.discriminator, b.discriminator)) {
    ctx.add(join(pointer, 'discriminator'), 'major', 'discriminator changed');
  }
  for (const keyword of ['$defs', 'definitions']) {
    diffDefs(ctx, a, b, pointer, keyword, dirs);
  }
}

export function diffDeprecated(ctx: DiffContext, a: JsonObject, b: JsonObject, pointer: string) {
  const was = a.deprecated === true;
  const is = b.deprecated === true;
  // Semver asks for a minor release when something is deprecated.
  if (!was && is) {
    ctx.add(join(pointer, 'deprecated'), 'minor', 'deprecated');
  }
  if (was && !is) {
    ctx.add(join(pointer, 'deprecated'), 'patch', 'no longer deprecated');
  }
}

interface TypeInfo {
  /** Types other than null; undefined when the schema does not constrain the type. */
  types: Set<string> | undefined;
  nullable: boolean;
}

/**
 * 3.0 `nullable: true` and 3.1 `type: [..., "null"]` (or a null in `enum`)
 * mean the same; both are read as "null is allowed". Without `type`,
 * `properties` imply an object, `items` an array and `enum`/`const` the types
 * of their values, as generators read them.
 */
export function typeInfo(schema: JsonObject): TypeInfo {
  let list: string[] | undefined;
  if (typeof schema.type === 'string') {
    list = [schema.type];
  } else if (Array.isArray(schema.type)) {
    list = schema.type.filter((t) => typeof t === 'string');
  } else if (schema.properties !== undefined || schema.additionalProperties !== undefined) {
    list = ['object'];
  } else if (schema.items !== undefined) {
    list = ['array'];
  } else if (Array.isArray(schema.enum) || 'const' in schema) {
    const values = Array.isArray(schema.enum) ? schema.enum : [schema.const];
    list = [...new Set(values.map(jsonType))];
  }
  const nullable =
    schema.nullable === true ||
    (list?.includes('null') ?? false) ||
    (Array.isArray(schema.enum) && schema.enum.includes(null)) ||
    ('const' in schema && schema.const === null);
  const types = list ? new Set(list.filter((t) => t !== 'null')) : undefined;
  return { types, nullable };
}

function jsonType(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'array';
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) ? 'integer' : 'number';
  }
  return typeof value;
}

const showTypes = (types: Set<string> | undefined) =>
  types === undefined ? 'any' : types.size === 0 ? 'null' : [...types].sort().join(' | ');

function covers(types: Set<string> | undefined, type: string): boolean {
  if (types === undefined) {
    return true;
  }
  return types.has(type) || (type === 'integer' && types.has('number'));
}

/** Returns false when the type changed so much that comparing the structure is noise. */
function diffType(ctx: DiffContext, a: JsonObject, b: JsonObject, pointer: string, dirs: Dirs) {
  const ta = typeInfo(a);
  const tb = typeInfo(b);
  const at = join(pointer, 'type');
  let comparable = true;
  const same =
    ta.types === tb.types ||
    (ta.types !== undefined &&
      tb.types !== undefined &&
      ta.types.size === tb.types.size &&
      [...ta.types].every((t) => tb.types?.has(t)));
  if (!same) {
    const from = showTypes(ta.types);
    const to = showTypes(tb.types);
    const widened =
      ta.types === undefined ? false : [...ta.types].every((t) => covers(tb.types, t));
    if (widened) {
      ctx.addSided(at, bySide(dirs, 'minor', 'major'), `type widened from ${from} to ${to}`, dirs);
    } else {
      ctx.add(at, 'major', `type changed from ${from} to ${to}`);
      const overlap = ta.types === undefined || [...ta.types].some((t) => covers(tb.types, t));
      comparable = overlap;
    }
  }
  if (!ta.nullable && tb.nullable) {
    ctx.addSided(pointer, bySide(dirs, 'minor', 'major'), 'became nullable', dirs);
  } else if (ta.nullable && !tb.nullable) {
    ctx.addSided(pointer, bySide(dirs, 'major', 'minor'), 'no longer nullable', dirs);
  }
  return comparable;
}

function diffFormat(ctx: DiffContext, a: JsonObject, b: JsonObject, pointer: string, dirs: Dirs) {
  if (a.format === b.format) {
    return;
  }
  const at = join(pointer, 'format');
  if (a.format === undefined) {
    ctx.add(at, 'major', `format ${show(b.format)} added (narrows the type)`);
  } else if (b.format === undefined) {
    ctx.addSided(at, bySide(dirs, 'minor', 'major'), `format ${show(a.format)} removed`, dirs);
  } else {
    ctx.add(at, 'major', `format changed from ${show(a.format)} to ${show(b.format)}`);
  }
}

/** Allowed values, null aside (nullability is compared on its own); undefined = any. */
function enumValues(schema: JsonObject): Map<string, unknown> | undefined {
  let values: unknown[] | undefined;
  if (Array.isArray(schema.enum)) {
    values = schema.enum;
  } else if ('const' in schema) {
    values = [schema.const];
  }
  if (values === undefined) {
    return undefined;
  }
  return new Map(values.filter((v) => v !== null).map((v) => [canonical(v), v]));
}

function diffEnum(ctx: DiffContext, a: JsonObject, b: JsonObject, pointer: string, dirs: Dirs) {
  const ea = enumValues(a);
  const eb = enumValues(b);
  const at = join(pointer, 'enum' in b || !('const' in b) ? 'enum' : 'const');
  if (ea === undefined && eb === undefined) {
    return;
  }
  if (ea === undefined) {
    ctx.addSided(at, bySide(dirs, 'major', 'minor'), 'values restricted to an enum', dirs);
    return;
  }
  if (eb === undefined) {
    ctx.addSided(at, bySide(dirs, 'minor', 'major'), 'enum restriction removed', dirs);
    return;
  }
  const added = [...eb].filter(([k]) => !ea.has(k)).map(([, v]) => show(v));
  const removed = [...ea].filter(([k]) => !eb.has(k)).map(([, v]) => show(v));
  // Closed unions: a new response value breaks exhaustive switches; a removed
  // value breaks code that names it (TS reports the comparison as impossible).
  if (added.length > 0) {
    const message = `enum value${added.length > 1 ? 's' : ''} ${added.join(', ')} added`;
    ctx.addSided(at, bySide(dirs, 'minor', 'major'), message, dirs);
  }
  if (removed.length > 0) {
    const message = `enum value${removed.length > 1 ? 's' : ''} ${removed.join(', ')} removed`;
    ctx.add(at, 'major', message);
  }
}

interface Bound {
  value: number;
  exclusive: boolean;
}

/** The effective lower or upper bound, 3.0 (boolean exclusive) and 3.1 (numeric) alike. */
function bound(schema: JsonObject, side: 'min' | 'max'): Bound | undefined {
  const inclusive = side === 'min' ? schema.minimum : schema.maximum;
  const exclusive = side === 'min' ? schema.exclusiveMinimum : schema.exclusiveMaximum;
  const candidates: Bound[] = [];
  if (typeof inclusive === 'number') {
    candidates.push({ value: inclusive, exclusive: exclusive === true });
  }
  if (typeof exclusive === 'number') {
    candidates.push({ value: exclusive, exclusive: true });
  }
  const stricter = (x: Bound, y: Bound) => {
    if (x.value !== y.value) {
      return (side === 'min' ? x.value > y.value : x.value < y.value) ? x : y;
    }
    return x.exclusive ? x : y;
  };
  return candidates.reduce<Bound | undefined>((acc, c) => (acc ? stricter(acc, c) : c), undefined);
}

const showBound = (b: Bound | undefined) =>
  b === undefined ? 'none' : `${b.value}${b.exclusive ? ' (exclusive)' : ''}`;

/** -1 when `after` accepts less than `before`, 1 when more, 0 when the same. */
function compareBounds(before: Bound | undefined, after: Bound | undefined, side: 'min' | 'max') {
  if (before === undefined && after === undefined) {
    return 0;
  }
  if (before === undefined) {
    return -1;
  }
  if (after === undefined) {
    return 1;
  }
  if (before.value === after.value) {
    if (before.exclusive === after.exclusive) {
      return 0;
    }
    return after.exclusive ? -1 : 1;
  }
  const tighter = side === 'min' ? after.value > before.value : after.value < before.value;
  return tighter ? -1 : 1;
}

function reportNarrowing(
  ctx: DiffContext,
  at: string,
  direction: number,
  what: string,
  dirs: Dirs,
): void {
  if (direction < 0) {
    ctx.addSided(at, bySide(dirs, 'major', 'minor'), `${what} (narrowed)`, dirs);
  }
  if (direction > 0) {
    ctx.addSided(at, bySide(dirs, 'minor', 'major'), `${what} (widened)`, dirs);
  }
}

const LOWER_LIMITS = ['minLength', 'minItems', 'minProperties'];
const UPPER_LIMITS = ['maxLength', 'maxItems', 'maxProperties'];

function diffBounds(ctx: DiffContext, a: JsonObject, b: JsonObject, pointer: string, dirs: Dirs) {
  for (const side of ['min', 'max'] as const) {
    const before = bound(a, side);
    const after = bound(b, side);
    const direction = compareBounds(before, after, side);
    const name = side === 'min' ? 'minimum' : 'maximum';
    const what = `${name} changed from ${showBound(before)} to ${showBound(after)}`;
    reportNarrowing(ctx, join(pointer, name), direction, what, dirs);
  }
  for (const key of [...LOWER_LIMITS, ...UPPER_LIMITS]) {
    const before = typeof a[key] === 'number' ? { value: a[key], exclusive: false } : undefined;
    const after = typeof b[key] === 'number' ? { value: b[key], exclusive: false } : undefined;
    const direction = compareBounds(before, after, LOWER_LIMITS.includes(key) ? 'min' : 'max');
    const what = `${key} changed from ${showBound(before)} to ${showBound(after)}`;
    reportNarrowing(ctx, join(pointer, key), direction, what, dirs);
  }
  if (a.multipleOf !== b.multipleOf) {
    const x = typeof a.multipleOf === 'number' ? a.multipleOf : undefined;
    const y = typeof b.multipleOf === 'number' ? b.multipleOf : undefined;
    const what = `multipleOf changed from ${x ?? 'none'} to ${y ?? 'none'}`;
    const at = join(pointer, 'multipleOf');
    if (x === undefined || (y !== undefined && Number.isInteger(y / x))) {
      reportNarrowing(ctx, at, -1, what, dirs);
    } else if (y === undefined || Number.isInteger(x / y)) {
      reportNarrowing(ctx, at, 1, what, dirs);
    } else {
      ctx.add(at, 'major', what);
    }
  }
  if (a.pattern !== b.pattern) {
    const at = join(pointer, 'pattern');
    if (a.pattern === undefined) {
      reportNarrowing(ctx, at, -1, `pattern ${show(b.pattern)} added`, dirs);
    } else if (b.pattern === undefined) {
      reportNarrowing(ctx, at, 1, `pattern ${show(a.pattern)} removed`, dirs);
    } else {
      ctx.add(at, 'major', `pattern changed from ${show(a.pattern)} to ${show(b.pattern)}`);
    }
  }
  if ((a.uniqueItems === true) !== (b.uniqueItems === true)) {
    const what = b.uniqueItems === true ? 'items must now be unique' : 'items no longer unique';
    reportNarrowing(ctx, join(pointer, 'uniqueItems'), b.uniqueItems === true ? -1 : 1, what, dirs);
  }
}

function diffDefault(ctx: DiffContext, a: JsonObject, b: JsonObject, pointer: string, dirs: Dirs) {
  if (deepEqual(a.default, b.default)) {
    return;
  }
  // A request default is server behaviour for callers who leave the value out;
  // a response default only documents.
  const what =
    a.default === undefined
      ? `default ${show(b.default)} added`
      : b.default === undefined
        ? `default ${show(a.default)} removed`
        : `default changed from ${show(a.default)} to ${show(b.default)}`;
  ctx.addSided(join(pointer, 'default'), bySide(dirs, 'minor', 'patch'), what, dirs);
}

function stringList(value: unknown): Set<string> {
  return new Set(Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
}

function resolvedProperty(ctx: DiffContext, side: Side, property: unknown): unknown {
  if (isObject(property) && (property.readOnly === true || property.writeOnly === true)) {
    return property;
  }
  return ctx.resolve(side, property).node;
}

function diffProperties(
  ctx: DiffContext,
  a: JsonObject,
  b: JsonObject,
  pointer: string,
  dirs: Dirs,
) {
  const pa = isObject(a.properties) ? a.properties : {};
  const pb = isObject(b.properties) ? b.properties : {};
  const ra = stringList(a.required);
  const rb = stringList(b.required);
  for (const name of Object.keys(pa)) {
    if (name in pb) {
      continue;
    }
    ctx.add(join(pointer, 'properties', name), 'major', `property ${show(name)} removed`);
  }
  for (const [name, schema] of Object.entries(pb)) {
    const at = join(pointer, 'properties', name);
    const sidesAfter = propertyDirs(resolvedProperty(ctx, 'new', schema), dirs);
    if (!(name in pa)) {
      const required = rb.has(name);
      const cls = bySide(sidesAfter, required ? 'major' : 'minor', 'minor');
      const what = `${required ? 'required' : 'optional'} property ${show(name)} added`;
      ctx.addSided(at, cls, what, sidesAfter);
      continue;
    }
    const sidesBefore = propertyDirs(resolvedProperty(ctx, 'old', pa[name]), dirs);
    diffPropertySides(ctx, at, name, sidesBefore, sidesAfter, rb.has(name));
    const common = intersect(sidesBefore, sidesAfter);
    const sides = isEmpty(common) ? dirs : common;
    if (!ra.has(name) && rb.has(name)) {
      ctx.addSided(
        at,
        bySide(sides, 'major', 'minor'),
        `property ${show(name)} became required`,
        sides,
      );
    } else if (ra.has(name) && !rb.has(name)) {
      ctx.addSided(
        at,
        bySide(sides, 'minor', 'major'),
        `property ${show(name)} became optional`,
        sides,
      );
    }
    diffSchema(ctx, pa[name], schema, at, sides);
  }
  // `required` naming a property that is not declared still constrains the value.
  const declared = (n: string) => n in pa || n in pb;
  for (const name of rb) {
    if (!ra.has(name) && !declared(name)) {
      ctx.addSided(
        join(pointer, 'required'),
        bySide(dirs, 'major', 'minor'),
        `${show(name)} became required`,
        dirs,
      );
    }
  }
  for (const name of ra) {
    if (!rb.has(name) && !declared(name)) {
      ctx.addSided(
        join(pointer, 'required'),
        bySide(dirs, 'minor', 'major'),
        `${show(name)} no longer required`,
        dirs,
      );
    }
  }
}

/** `readOnly`/`writeOnly` flips move a property out of (or into) one side. */
function diffPropertySides(
  ctx: DiffContext,
  at: string,
  name: string,
  before: Dirs,
  after: Dirs,
  required: boolean,
) {
  if (before.request && !after.request) {
    ctx.add(at, 'major', `property ${show(name)} became read-only: no longer accepted in requests`);
  }
  if (before.response && !after.response) {
    ctx.add(
      at,
      'major',
      `property ${show(name)} became write-only: no longer returned in responses`,
    );
  }
  if (!before.request && after.request) {
    const cls: Bump = required ? 'major' : 'minor';
    ctx.add(
      at,
      cls,
      `property ${show(name)} is now ${required ? 'required' : 'accepted'} in requests`,
    );
  }
  if (!before.response && after.response) {
    ctx.add(at, 'minor', `property ${show(name)} is now returned in responses`);
  }
}

type Additional = { kind: 'open' } | { kind: 'closed' } | { kind: 'schema'; schema: unknown };

function additional(schema: JsonObject): Additional {
  const value = schema.additionalProperties;
  if (value === undefined || value === true) {
    return { kind: 'open' };
  }
  if (value === false) {
    return { kind: 'closed' };
  }
  if (isObject(value) && Object.keys(value).length === 0) {
    return { kind: 'open' };
  }
  return { kind: 'schema', schema: value };
}

/**
 * Unknown keys are invisible in generated types, so only rejecting them in a
 * request breaks callers; everything else is minor.
 */
function diffAdditionalProperties(
  ctx: DiffContext,
  a: JsonObject,
  b: JsonObject,
  pointer: string,
  dirs: Dirs,
) {
  const before = additional(a);
  const after = additional(b);
  const at = join(pointer, 'additionalProperties');
  if (before.kind === 'schema' && after.kind === 'schema') {
    diffSchema(ctx, before.schema, after.schema, at, dirs);
    return;
  }
  if (before.kind === after.kind) {
    return;
  }
  const order = { closed: 0, schema: 1, open: 2 };
  const narrowed = order[after.kind] < order[before.kind];
  const what = `additionalProperties changed from ${before.kind} to ${after.kind}`;
  if (narrowed) {
    ctx.addSided(at, bySide(dirs, 'major', 'minor'), `${what} (narrowed)`, dirs);
  } else {
    ctx.addSided(at, 'minor', `${what} (widened)`, dirs);
  }
}

function diffItems(ctx: DiffContext, a: JsonObject, b: JsonObject, pointer: string, dirs: Dirs) {
  const at = join(pointer, 'items');
  if (a.items === undefined && b.items === undefined) {
    return;
  }
  if (a.items === undefined) {
    reportNarrowing(ctx, at, -1, 'items schema added', dirs);
  } else if (b.items === undefined) {
    reportNarrowing(ctx, at, 1, 'items schema removed', dirs);
  } else {
    diffSchema(ctx, a.items, b.items, at, dirs);
  }
}

/** Pairs branches: same `$ref` (renames followed) first, then the inline ones in order. */
function pairBranches(ctx: DiffContext, before: unknown[], after: unknown[]) {
  const pairs: { a: number; b: number }[] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const refOf = (s: unknown) => (isObject(s) && typeof s.$ref === 'string' ? s.$ref : undefined);
  after.forEach((branch, j) => {
    const ref = refOf(branch);
    if (ref === undefined) {
      return;
    }
    const i = before.findIndex((other, k) => {
      const oldRef = refOf(other);
      return !usedA.has(k) && oldRef !== undefined && ctx.sameTarget(oldRef, ref);
    });
    if (i >= 0) {
      pairs.push({ a: i, b: j });
      usedA.add(i);
      usedB.add(j);
    }
  });
  const restA = before
    .map((_, i) => i)
    .filter((i) => !usedA.has(i) && refOf(before[i]) === undefined);
  const restB = after
    .map((_, j) => j)
    .filter((j) => !usedB.has(j) && refOf(after[j]) === undefined);
  for (let k = 0; k < Math.min(restA.length, restB.length); k++) {
    const i = restA[k] as number;
    const j = restB[k] as number;
    pairs.push({ a: i, b: j });
    usedA.add(i);
    usedB.add(j);
  }
  return {
    pairs,
    removed: before.map((_, i) => i).filter((i) => !usedA.has(i)),
    added: after.map((_, j) => j).filter((j) => !usedB.has(j)),
  };
}

function diffComposition(
  ctx: DiffContext,
  a: JsonObject,
  b: JsonObject,
  pointer: string,
  dirs: Dirs,
  keyword: 'allOf' | 'oneOf' | 'anyOf',
) {
  const before = Array.isArray(a[keyword]) ? (a[keyword] as unknown[]) : [];
  const after = Array.isArray(b[keyword]) ? (b[keyword] as unknown[]) : [];
  if (before.length === 0 && after.length === 0) {
    return;
  }
  const { pairs, removed, added } = pairBranches(ctx, before, after);
  const label = (s: unknown, i: number) =>
    isObject(s) && typeof s.$ref === 'string' ? s.$ref : `branch ${i}`;
  // allOf adds constraints (narrows); oneOf/anyOf add alternatives (widens).
  const addNarrows = keyword === 'allOf';
  for (const i of removed) {
    const at = join(pointer, keyword, i);
    const what = `${keyword} ${label(before[i], i)} removed`;
    if (addNarrows) {
      ctx.addSided(at, bySide(dirs, 'minor', 'major'), what, dirs);
    } else {
      ctx.add(at, 'major', what);
    }
  }
  for (const j of added) {
    const at = join(pointer, keyword, j);
    const what = `${keyword} ${label(after[j], j)} added`;
    const cls = addNarrows ? bySide(dirs, 'major', 'minor') : bySide(dirs, 'minor', 'major');
    ctx.addSided(at, cls, what, dirs);
  }
  for (const { a: i, b: j } of pairs) {
    diffSchema(ctx, before[i], after[j], join(pointer, keyword, j), dirs);
  }
}

function diffDefs(
  ctx: DiffContext,
  a: JsonObject,
  b: JsonObject,
  pointer: string,
  keyword: string,
  dirs: Dirs,
) {
  const da = isObject(a[keyword]) ? a[keyword] : {};
  const db = isObject(b[keyword]) ? b[keyword] : {};
  for (const name of Object.keys(da)) {
    if (!(name in db)) {
      ctx.add(join(pointer, keyword, name), 'major', `schema ${show(name)} removed`);
    }
  }
  for (const [name, schema] of Object.entries(db)) {
    const at = join(pointer, keyword, name);
    if (!(name in da)) {
      ctx.add(at, 'minor', `schema ${show(name)} added`);
    } else {
      diffSchema(ctx, da[name], schema, at, dirs);
    }
  }
}
