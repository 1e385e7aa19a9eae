/** A JSON Schema (draft-07) object as the package exports it. */
export type JsonSchema = { readonly [keyword: string]: unknown };
