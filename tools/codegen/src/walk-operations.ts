import { isObject, type JsonObject, asObject as obj } from './json.js';

export const HTTP_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** One operation of a document as written: where it is and its raw object. */
export interface OperationEntry {
  path: string;
  method: HttpMethod;
  /** The path item (its shared `parameters` apply to the operation). */
  pathItem: JsonObject;
  /** As written: not checked to be an object. */
  operation: unknown;
}

/**
 * Every operation of `document` (paths x methods), in document order: the one
 * walk of the spec's operations, shared by the model, the docs and the
 * conformance suite. Path items that are not objects hold no operation.
 */
export function* walkOperations(document: JsonObject): Generator<OperationEntry> {
  for (const [path, pathItem] of Object.entries(obj(document.paths))) {
    if (!isObject(pathItem)) {
      continue;
    }
    for (const method of HTTP_METHODS) {
      if (method in pathItem) {
        yield { path, method, pathItem, operation: pathItem[method] };
      }
    }
  }
}
