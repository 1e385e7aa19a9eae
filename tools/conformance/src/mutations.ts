import type { JsonSchema } from '@workflows-api/codegen/validators/normalise';

/** One way to break a valid document, and where the validators must complain. */
export interface Mutation {
  kind: 'drop required field' | 'wrong type' | 'unknown enum value' | 'extra property';
  /** JSON pointer of the value that was removed, replaced or added. */
  path: string;
  apply(document: unknown): unknown;
}

const escapeToken = (t: string) => t.replace(/~/g, '~0').replace(/\//g, '~1');

const jsonType = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? 'integer'
          : 'number'
        : typeof v;

/** Candidates for "wrong type", one per JSON type. */
const WRONG_VALUES: unknown[] = ['not-the-right-type', 12345, 1.5, true, null, [], {}];

const UNKNOWN_ENUM_VALUE = 'NotAValueOfThisEnum';

/** Follows `$ref`s, and picks the `anyOf` branch the value belongs to. */
function resolve(
  schema: unknown,
  value: unknown,
  schemas: Record<string, JsonSchema>,
): JsonSchema | undefined {
  if (schema === true || schema === undefined) {
    return undefined;
  }
  if (schema === null || typeof schema !== 'object') {
    return undefined;
  }
  let s = schema as JsonSchema;
  for (let guard = 0; guard < 50; guard++) {
    if (typeof s.$ref === 'string') {
      s = schemas[s.$ref] as JsonSchema;
    } else if (Array.isArray(s.allOf) && s.allOf.length === 1) {
      s = s.allOf[0] as JsonSchema;
    } else if (Array.isArray(s.anyOf)) {
      const branch = s.anyOf.find((b) => allows(resolve(b, value, schemas), value));
      if (!branch) {
        return undefined;
      }
      s = branch as JsonSchema;
    } else {
      return s;
    }
  }
  throw new Error('mutations: $ref cycle');
}

/** The JSON types a schema admits, or undefined for "any". */
function allowedTypes(
  schema: JsonSchema | undefined,
  schemas: Record<string, JsonSchema>,
): Set<string> | undefined {
  if (!schema) {
    return undefined;
  }
  if (typeof schema.$ref === 'string') {
    return allowedTypes(schemas[schema.$ref], schemas);
  }
  if (Array.isArray(schema.anyOf)) {
    const out = new Set<string>();
    for (const b of schema.anyOf) {
      const t = allowedTypes(b as JsonSchema, schemas);
      if (!t) {
        return undefined;
      }
      for (const x of t) {
        out.add(x);
      }
    }
    return out;
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1) {
    return allowedTypes(schema.allOf[0] as JsonSchema, schemas);
  }
  if (Array.isArray(schema.enum)) {
    return new Set(schema.enum.map(jsonType));
  }
  if (schema.type === undefined) {
    return undefined;
  }
  const types = new Set(
    Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string],
  );
  if (types.has('number')) {
    types.add('integer');
  }
  return types;
}

function allows(schema: JsonSchema | undefined, value: unknown): boolean {
  if (!schema || schema.type === undefined) {
    return true;
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  const t = jsonType(value);
  return types.includes(t) || (t === 'integer' && types.includes('number'));
}

/** Returns a copy of `doc` with `fn` applied to the parent of the value at `tokens`. */
function edit(
  doc: unknown,
  tokens: readonly string[],
  fn: (parent: Record<string, unknown> | unknown[], key: string) => void,
): unknown {
  const copy = structuredClone(doc);
  if (tokens.length === 0) {
    throw new Error('mutations: cannot edit the root in place');
  }
  let node = copy as Record<string, unknown>;
  for (const t of tokens.slice(0, -1)) {
    node = node[t] as Record<string, unknown>;
  }
  fn(node, tokens[tokens.length - 1] as string);
  return copy;
}

const pointer = (tokens: readonly string[]) => tokens.map((t) => `/${escapeToken(t)}`).join('');

/** Every mutation of `document` that `schema` must reject. */
export function mutationsOf(
  document: unknown,
  schema: unknown,
  schemas: Record<string, JsonSchema>,
): Mutation[] {
  const out: Mutation[] = [];
  const visit = (value: unknown, sub: unknown, tokens: string[]) => {
    const types = allowedTypes(sub as JsonSchema, schemas);
    if (types) {
      const wrong = WRONG_VALUES.find((w) => !types.has(jsonType(w)));
      if (wrong !== undefined) {
        out.push({
          kind: 'wrong type',
          path: pointer(tokens),
          apply: (doc) =>
            tokens.length === 0
              ? structuredClone(wrong)
              : edit(doc, tokens, (p, k) => {
                  (p as Record<string, unknown>)[k] = structuredClone(wrong);
                }),
        });
      }
    }
    const s = resolve(sub, value, schemas);
    if (!s) {
      return;
    }
    if (
      Array.isArray(s.enum) &&
      typeof value === 'string' &&
      !s.enum.includes(UNKNOWN_ENUM_VALUE)
    ) {
      out.push({
        kind: 'unknown enum value',
        path: pointer(tokens),
        apply: (doc) =>
          tokens.length === 0
            ? UNKNOWN_ENUM_VALUE
            : edit(doc, tokens, (p, k) => {
                (p as Record<string, unknown>)[k] = UNKNOWN_ENUM_VALUE;
              }),
      });
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, s.items, [...tokens, String(i)]);
      });
      return;
    }
    if (value === null || typeof value !== 'object') {
      return;
    }
    const record = value as Record<string, unknown>;
    const properties = (s.properties ?? {}) as Record<string, unknown>;
    for (const name of (s.required ?? []) as string[]) {
      if (!(name in record)) {
        continue;
      }
      out.push({
        kind: 'drop required field',
        path: pointer([...tokens, name]),
        apply: (doc) =>
          tokens.length === 0
            ? (({ [name]: _dropped, ...rest }) => rest)(doc as Record<string, unknown>)
            : edit(doc, [...tokens, name], (p, k) => {
                delete (p as Record<string, unknown>)[k];
              }),
      });
    }
    if (s.additionalProperties === false) {
      const extra = '__notInTheSchema';
      out.push({
        kind: 'extra property',
        path: pointer([...tokens, extra]),
        apply: (doc) =>
          tokens.length === 0
            ? { ...(doc as Record<string, unknown>), [extra]: 1 }
            : edit(doc, [...tokens, extra], (p, k) => {
                (p as Record<string, unknown>)[k] = 1;
              }),
      });
    }
    for (const [name, child] of Object.entries(record)) {
      if (name in properties) {
        visit(child, properties[name], [...tokens, name]);
      }
    }
  };
  visit(document, schema, []);
  return out;
}
