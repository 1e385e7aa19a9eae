/**
 * Keywords that only document: changing them never changes what goes over the
 * wire. The contract compare skips them and spec-diff classes their changes
 * as patch, so both must mean the same set.
 */
export const DOCUMENTATION_KEYS: ReadonlySet<string> = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  'externalDocs',
  '$comment',
  'xml',
  'tags',
  'contact',
  'license',
  'termsOfService',
]);
