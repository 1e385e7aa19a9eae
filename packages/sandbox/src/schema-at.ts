import { type JsonSchema, operationSchemas, schemas } from '@workflows-api/validators';

/** A component schema, or a request body's inline schema, by the name its validator has. */
export const schemaNamed = (name: string): JsonSchema | undefined =>
  Object.hasOwn(schemas, name)
    ? schemas[name as keyof typeof schemas]
    : Object.hasOwn(operationSchemas, name)
      ? operationSchemas[name]
      : undefined;

/** Follows `$ref`s (names of component schemas); the count bounds a cycle of bare refs. */
export function deref(schema: JsonSchema | undefined): JsonSchema | undefined {
  let current = schema;
  for (let hops = 0; hops < 16 && typeof current?.$ref === 'string'; hops++) {
    current = schemaNamed(current.$ref);
  }
  return current;
}

/** The schema of a property (or, for a digit token, an item) of a value of `schema`, `$ref`s followed. */
export function childSchema(schema: JsonSchema | undefined, token: string): JsonSchema | undefined {
  if (!schema) {
    return undefined;
  }
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  const next =
    properties && Object.hasOwn(properties, token)
      ? properties[token]
      : /^\d+$/.test(token)
        ? (schema.items as JsonSchema | undefined)
        : undefined;
  return deref(next);
}

/** The schema of the value at `tokens` (a body pointer's segments), through properties and items. */
export function schemaAt(
  root: JsonSchema | undefined,
  tokens: readonly string[],
): JsonSchema | undefined {
  let schema = deref(root);
  for (const token of tokens) {
    schema = childSchema(schema, token);
  }
  return schema;
}
