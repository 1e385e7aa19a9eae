/**
 * Turns OpenAPI 3.0 schema objects into JSON Schema (draft-07) that AJV
 * compiles with exactly the OpenAPI meaning. Both the generated validators and
 * the conformance suite's runtime compile use this module, so the two can only
 * disagree through the compile step itself, which is what the suite tests.
 */

import { isObject } from '../../json.js';

export type JsonSchema = { [key: string]: unknown };

/** Formats the validators implement; anything else would be silently ignored by a lax compile. */
export const SUPPORTED_FORMATS = [
  'int32',
  'int64',
  'float',
  'double',
  'date-time',
  'date',
] as const;

/** Where component schemas live once normalised: each is added to AJV under its own name. */
export const COMPONENT_REF_PREFIX = '#/components/schemas/';

/** OpenAPI-only keywords that carry no validation meaning in JSON Schema. */
const DROPPED_KEYWORDS = new Set([
  'nullable',
  'xml',
  'externalDocs',
  'example',
  'deprecated',
  'discriminator',
]);

/** Keywords whose value is one schema. */
const SCHEMA_KEYWORDS = new Set(['items', 'additionalProperties', 'not', 'additionalItems']);
/** Keywords whose value is a list of schemas. */
const SCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf']);
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties']);

export class SchemaNormaliseError extends Error {
  constructor(
    readonly pointer: string,
    /** What is wrong there, without the pointer. */
    readonly reason: string,
  ) {
    super(`${pointer}: ${reason}`);
    this.name = 'SchemaNormaliseError';
  }
}

const escapeToken = (t: string) => t.replace(/~/g, '~0').replace(/\//g, '~1');

/** The `$id` a component schema gets, and what a `$ref` to it becomes. */
export const schemaId = (name: string): string => name;

function rewriteRef(ref: string, pointer: string): string {
  if (!ref.startsWith(COMPONENT_REF_PREFIX)) {
    throw new SchemaNormaliseError(
      pointer,
      `$ref ${JSON.stringify(ref)} does not point at a component schema (${COMPONENT_REF_PREFIX}<Name>)`,
    );
  }
  const name = ref.slice(COMPONENT_REF_PREFIX.length);
  if (name.includes('/')) {
    throw new SchemaNormaliseError(
      pointer,
      `$ref ${JSON.stringify(ref)} points inside a component schema; only whole schemas can be referenced`,
    );
  }
  return schemaId(name);
}

/** Adds `null` to whatever the schema accepts, the way OpenAPI's `nullable: true` means it. */
function makeNullable(schema: JsonSchema): JsonSchema {
  const { type, enum: values } = schema;
  if (
    type !== undefined &&
    !('$ref' in schema) &&
    !('allOf' in schema) &&
    !('anyOf' in schema) &&
    !('oneOf' in schema)
  ) {
    const types = Array.isArray(type) ? type : [type];
    const out: JsonSchema = {
      ...schema,
      type: types.includes('null') ? types : [...types, 'null'],
    };
    if (Array.isArray(values) && !values.includes(null)) {
      out.enum = [...values, null];
    }
    return out;
  }
  if (type === undefined && Array.isArray(values) && !('$ref' in schema)) {
    return values.includes(null) ? schema : { ...schema, enum: [...values, null] };
  }
  // `$ref`, `allOf`, `anyOf`, `oneOf` (with or without `type` beside them): the
  // subschema may reject null on its own, so null must be an alternative, not a sibling.
  const annotations: JsonSchema = {};
  const constraint: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' || key === 'title' || key === 'default' || key === 'examples') {
      annotations[key] = value;
    } else {
      constraint[key] = value;
    }
  }
  return { ...annotations, anyOf: [constraint, { type: 'null' }] };
}

/**
 * Normalises one schema. `pointer` names where it sits in the spec, for errors.
 * The input is never changed; the result shares no objects with it.
 */
export function normaliseSchema(schema: unknown, pointer: string): JsonSchema | boolean {
  if (typeof schema === 'boolean') {
    return schema;
  }
  if (!isObject(schema)) {
    throw new SchemaNormaliseError(
      pointer,
      `expected a schema object, got ${JSON.stringify(schema)}`,
    );
  }
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    const at = `${pointer}/${escapeToken(key)}`;
    if (DROPPED_KEYWORDS.has(key) || key.startsWith('x-')) {
      continue;
    }
    if (key === '$ref') {
      if (typeof value !== 'string') {
        throw new SchemaNormaliseError(at, '$ref must be a string');
      }
      out.$ref = rewriteRef(value, at);
    } else if (SCHEMA_KEYWORDS.has(key)) {
      out[key] = normaliseSchema(value, at);
    } else if (SCHEMA_LIST_KEYWORDS.has(key)) {
      if (!Array.isArray(value)) {
        throw new SchemaNormaliseError(at, `${key} must be a list of schemas`);
      }
      out[key] = value.map((sub, i) => normaliseSchema(sub, `${at}/${i}`));
    } else if (SCHEMA_MAP_KEYWORDS.has(key)) {
      if (!isObject(value)) {
        throw new SchemaNormaliseError(at, `${key} must map names to schemas`);
      }
      const props: JsonSchema = {};
      for (const [name, sub] of Object.entries(value)) {
        props[name] = normaliseSchema(sub, `${at}/${escapeToken(name)}`);
      }
      out[key] = props;
    } else if (key === 'format') {
      if (typeof value !== 'string' || !(SUPPORTED_FORMATS as readonly string[]).includes(value)) {
        throw new SchemaNormaliseError(
          at,
          `format ${JSON.stringify(value)} is not supported by the validators (supported: ${SUPPORTED_FORMATS.join(', ')})`,
        );
      }
      out.format = value;
    } else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
      // OpenAPI 3.0 has boolean flags next to minimum/maximum; draft-07 has numbers.
      if (typeof value === 'boolean') {
        continue;
      }
      out[key] = value;
    } else {
      out[key] = structuredClone(value);
    }
  }
  // OpenAPI 3.0: `exclusiveMinimum: true` turns `minimum` into an exclusive bound.
  if (schema.exclusiveMinimum === true && typeof schema.minimum === 'number') {
    out.exclusiveMinimum = schema.minimum;
    delete out.minimum;
  }
  if (schema.exclusiveMaximum === true && typeof schema.maximum === 'number') {
    out.exclusiveMaximum = schema.maximum;
    delete out.maximum;
  }
  if (
    '$ref' in out &&
    Object.keys(out).some((k) => k !== '$ref' && k !== 'description' && k !== 'title')
  ) {
    // draft-07 ignores every sibling of $ref; keep their meaning by moving the ref into allOf.
    const { $ref, ...rest } = out;
    return schema.nullable === true
      ? makeNullable({ ...rest, allOf: [{ $ref }] })
      : { ...rest, allOf: [{ $ref }] };
  }
  return schema.nullable === true ? makeNullable(out) : out;
}

/** Every component schema of `document`, normalised, each with its `$id`, in name order. */
export function normaliseComponents(document: JsonSchema): Record<string, JsonSchema> {
  const components = isObject(document.components) ? document.components : {};
  return normaliseSchemas(isObject(components.schemas) ? components.schemas : {});
}

/** Component schemas (by name), normalised, each with its `$id`, in name order. */
export function normaliseSchemas(
  schemas: Readonly<Record<string, unknown>>,
): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const name of Object.keys(schemas).sort()) {
    const normalised = normaliseSchema(schemas[name], `#/components/schemas/${escapeToken(name)}`);
    if (typeof normalised === 'boolean') {
      throw new SchemaNormaliseError(
        `#/components/schemas/${escapeToken(name)}`,
        'a boolean component schema cannot carry an $id',
      );
    }
    out[name] = { $id: schemaId(name), ...normalised };
  }
  return out;
}

/**
 * The AJV options that give OpenAPI's meaning: every error reported, the
 * caller's data never changed (no defaults, no coercion, nothing removed),
 * lengths in code points, and a schema AJV does not fully understand refused.
 * Shared by the generated validators and the conformance suite's runtime compile.
 */
export const AJV_VALIDATION_OPTIONS = {
  allErrors: true,
  useDefaults: false,
  coerceTypes: false,
  removeAdditional: false,
  strict: true,
  strictTypes: true,
  strictTuples: true,
  strictRequired: false,
  allowUnionTypes: true,
  validateFormats: true,
} as const;
