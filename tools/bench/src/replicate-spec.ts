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
