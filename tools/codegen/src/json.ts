/** A JSON object as parsed from a spec or a fixture: any member may be anything. */
export type JsonObject = { [key: string]: unknown };

/** Whether `value` is a JSON object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `value` when it is a JSON object, else an empty one: for reading optional members. */
export const asObject = (value: unknown): JsonObject => (isObject(value) ? value : {});
