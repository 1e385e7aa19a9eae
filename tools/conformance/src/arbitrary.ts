import type { JsonSchema } from '@workflows-api/codegen/validators/normalise';
import fc from 'fast-check';

/**
 * fast-check arbitraries of documents valid against a normalised schema.
 * They are written from JSON Schema's meaning, not from the validators, so a
 * validator that rejects one of their values is wrong (or the arbitrary is).
 */

export interface ArbitraryContext {
  /** Component schemas by name, for `$ref`. */
  schemas: Record<string, JsonSchema>;
  /** Longest array generated; deeper levels get shorter ones so documents stay small. */
  maxItems?: number;
}

const INT32 = { min: -2147483648, max: 2147483647 };

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (y: number, m: number) =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** A calendar date that exists, as `YYYY-MM-DD`. */
export const fullDateArb = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(
    ({ year, month, day }) =>
      `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, daysIn(year, month)), 2)}`,
  );

/** RFC 3339 date-times in all their spellings: `t`/`T`, fractions, `Z`/`z`, offsets, leap seconds. */
export const dateTimeArb = fc
  .record({
    date: fullDateArb,
    t: fc.constantFrom('T', 't'),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined }),
    zone: fc.oneof(
      fc.constantFrom('Z', 'z'),
      fc
        .record({
          sign: fc.constantFrom('+', '-'),
          h: fc.integer({ min: 0, max: 23 }),
          m: fc.integer({ min: 0, max: 59 }),
        })
        .map(({ sign, h, m }) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
    ),
    leapSecond: fc.boolean(),
  })
  .map(({ date, t, hour, minute, second, fraction, zone, leapSecond }) => {
    // A leap second only exists at 23:59:60 UTC.
    if (leapSecond && (zone === 'Z' || zone === 'z')) {
      return `${date}${t}23:59:60${zone}`;
    }
    const frac = fraction === undefined ? '' : `.${fraction}`;
    return `${date}${t}${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${frac}${zone}`;
  });

const jsonValueArb = fc.jsonValue({ maxDepth: 2 });

const keyArb = (taken: readonly string[]) =>
  fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !taken.includes(k) && k !== '__proto__');

function typeArbitrary(
  type: string,
  schema: JsonSchema,
  ctx: Required<ArbitraryContext>,
  depth: number,
): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const bounds =
        schema.format === 'int32'
          ? INT32
          : { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };
      const min =
        typeof schema.minimum === 'number'
          ? Math.max(bounds.min, Math.ceil(schema.minimum))
          : bounds.min;
      const max =
        typeof schema.maximum === 'number'
          ? Math.min(bounds.max, Math.floor(schema.maximum))
          : bounds.max;
      return fc.integer({ min, max });
    }
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
      const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
      return fc.double({
        noNaN: true,
        noDefaultInfinity: true,
        ...(min === undefined ? {} : { min }),
        ...(max === undefined ? {} : { max }),
      });
    }
    case 'string': {
      if (schema.format === 'date-time') {
        return dateTimeArb;
      }
      if (schema.format === 'date') {
        return fullDateArb;
      }
      if (schema.pattern !== undefined) {
        throw new Error(`arbitrary: "pattern" is not supported (${JSON.stringify(schema)})`);
      }
      const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
      if (typeof schema.maxLength === 'number') {
        // ASCII only: then code units, code points and graphemes all count the same.
        return fc.string({ minLength, maxLength: schema.maxLength, unit: 'grapheme-ascii' });
      }
      // Graphemes of any script: each is at least one code point, so minLength still holds.
      return fc.oneof(
        fc.string({ minLength, maxLength: minLength + 12 }),
        fc.string({ minLength, maxLength: minLength + 6, unit: 'grapheme' }),
      );
    }
    case 'array': {
      const limit = Math.max(0, ctx.maxItems - depth);
      const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const maxLength =
        typeof schema.maxItems === 'number'
          ? Math.min(schema.maxItems, Math.max(limit, minLength))
          : Math.max(limit, minLength);
      const items =
        schema.items === undefined ? jsonValueArb : arbitraryFor(schema.items, ctx, depth + 1);
      return fc.array(items, { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(schema, ctx, depth);
    default:
      throw new Error(`arbitrary: unknown type ${JSON.stringify(type)}`);
  }
}

function objectArbitrary(
  schema: JsonSchema,
  ctx: Required<ArbitraryContext>,
  depth: number,
): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const required = new Set((schema.required ?? []) as string[]);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries(properties)) {
    model[name] = arbitraryFor(sub, ctx, depth + 1);
  }
  for (const name of required) {
    if (!(name in model)) {
      model[name] = jsonValueArb;
    }
  }
  const declared = fc.record(model, { requiredKeys: [...required], noNullPrototype: true });
  const additional = schema.additionalProperties;
  if (additional === false) {
    return declared;
  }
  const extraValues =
    additional === undefined || additional === true
      ? jsonValueArb
      : arbitraryFor(additional, ctx, depth + 1);
  const extras = fc.dictionary(keyArb(Object.keys(model)), extraValues, {
    maxKeys: 3,
    noNullPrototype: true,
  });
  return fc.tuple(declared, extras).map(([d, e]) => ({ ...e, ...d }));
}

/** Documents valid against `schema`. */
export function arbitraryFor(
  schema: unknown,
  context: ArbitraryContext,
  depth = 0,
): fc.Arbitrary<unknown> {
  const ctx: Required<ArbitraryContext> = { maxItems: 3, ...context };
  if (schema === true) {
    return jsonValueArb;
  }
  if (schema === false) {
    throw new Error('arbitrary: the false schema has no valid documents');
  }
  if (schema === null || typeof schema !== 'object') {
    throw new Error(`arbitrary: not a schema: ${JSON.stringify(schema)}`);
  }
  const s = schema as JsonSchema;
  if (typeof s.$ref === 'string') {
    const target = ctx.schemas[s.$ref];
    if (!target) {
      throw new Error(`arbitrary: $ref to unknown schema ${s.$ref}`);
    }
    return arbitraryFor(target, ctx, depth);
  }
  if (Array.isArray(s.enum)) {
    return fc.constantFrom(...(s.enum as unknown[]));
  }
  if (s.const !== undefined) {
    return fc.constant(s.const);
  }
  if (Array.isArray(s.anyOf)) {
    return fc.oneof(...s.anyOf.map((b) => arbitraryFor(b, ctx, depth)));
  }
  if (Array.isArray(s.allOf)) {
    if (s.allOf.length !== 1) {
      throw new Error('arbitrary: allOf with more than one schema is not supported');
    }
    return arbitraryFor(s.allOf[0], ctx, depth);
  }
  for (const k of ['oneOf', 'not', 'if', 'patternProperties', 'dependencies']) {
    if (k in s) {
      throw new Error(`arbitrary: keyword ${k} is not supported`);
    }
  }
  if (s.type === undefined) {
    return jsonValueArb;
  }
  const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  return fc.oneof(...types.map((t) => typeArbitrary(t, s, ctx, depth)));
}
