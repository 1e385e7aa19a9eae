/**
 * Makes a larger spec out of ours: every schema and operation copied n times
 * under new names, with `$ref`s pointing at the copy's own schemas. It keeps
 * the shape of the real document, so growth curves say something about it.
 */
type Json = unknown;
type JsonObject = Record<string, Json>;

function renameRefs(node: Json, suffix: string): Json {
  if (Array.isArray(node)) {
    return node.map((n) => renameRefs(n, suffix));
  }
  if (node !== null && typeof node === 'object') {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
        out[k] = `${v}${suffix}`;
      }
      // A former name is a schema name too: each copy needs its own.
      else if (k === 'x-former-names' && Array.isArray(v)) {
        out[k] = v.map((name) => `${String(name)}${suffix}`);
      } else {
        out[k] = renameRefs(v, suffix);
      }
    }
    return out;
  }
  return node;
}

export function replicateSpec(doc: JsonObject, n: number): JsonObject {
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`replicateSpec: n must be a positive integer, got ${n}`);
  }
  const components = doc.components as JsonObject;
  const schemas = components.schemas as JsonObject;
  const paths = doc.paths as Record<string, JsonObject>;
  const outSchemas: JsonObject = {};
  const outPaths: JsonObject = {};
  for (let i = 0; i < n; i++) {
    const suffix = i === 0 ? '' : `Copy${i}`;
    for (const [name, schema] of Object.entries(schemas)) {
      outSchemas[`${name}${suffix}`] = renameRefs(schema, suffix);
    }
    for (const [route, item] of Object.entries(paths)) {
      const copy = renameRefs(item, suffix) as Record<string, JsonObject>;
      for (const op of Object.values(copy)) {
        if (op === null || typeof op !== 'object' || typeof op.operationId !== 'string') {
          continue;
        }
        op.operationId = `${op.operationId}${suffix}`;
        op['x-speakeasy-group'] = `${String(op['x-speakeasy-group'])}${suffix}`;
      }
      outPaths[i === 0 ? route : `/copy${i}${route}`] = copy;
    }
  }
  return { ...doc, paths: outPaths, components: { ...components, schemas: outSchemas } };
}

/**
 * Our spec with `count` more component schemas: small objects in runs of 20 that `$ref`
 * the one before (chains stay short) and one of 100 enums. The shape of a large API's
 * many small models, for the bench's 40k-schema figure.
 */
export function addFlatSchemas(doc: JsonObject, count: number): JsonObject {
  const components = doc.components as JsonObject;
  const schemas: JsonObject = { ...(components.schemas as JsonObject) };
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  for (let i = 0; i < count; i++) {
    schemas[`Flat${i}`] = {
      type: 'object',
      required: ['id'],
      properties: {
        id: { type: 'string' },
        count: { type: 'integer', format: 'int32' },
        kind: ref(`FlatKind${i % 100}`),
        ...(i % 20 > 0 ? { previous: ref(`Flat${i - 1}`) } : {}),
      },
    };
  }
  for (let i = 0; i < Math.min(count, 100); i++) {
    schemas[`FlatKind${i}`] = { type: 'string', enum: ['a', 'b', 'c'] };
  }
  return { ...doc, components: { ...components, schemas } };
}

/**
 * `doc` with one schema changed the way a maintainer's edit does: `version` 0 leaves it as
 * it is, 1 adds an optional property to the first component schema that has properties.
 * Flipping between the two makes every run one schema's edit away from the last.
 */
export function editOneSchema(doc: JsonObject, version: 0 | 1): JsonObject {
  if (version === 0) {
    return doc;
  }
  const components = doc.components as JsonObject;
  const schemas = components.schemas as Record<string, JsonObject>;
  const name = Object.keys(schemas).find((n) => schemas[n]?.properties !== undefined);
  if (name === undefined) {
    throw new Error('editOneSchema: no component schema has properties');
  }
  const schema = schemas[name] as JsonObject;
  const edited = {
    ...schema,
    properties: {
      ...(schema.properties as JsonObject),
      benchEdit: { type: 'string', maxLength: 40 },
    },
  };
  return { ...doc, components: { ...components, schemas: { ...schemas, [name]: edited } } };
}
