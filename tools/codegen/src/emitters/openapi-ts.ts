import { createRequire } from 'node:module';
import type { OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import { type CachedModule, codeCacheDir, requireWithCodeCache } from '../code-cache.js';
import type { JsonObject } from '../json.js';

type OpenapiTypescript = typeof import('openapi-typescript');
/** The TypeScript compiler as openapi-typescript requires it, once loaded. */
let typescript: CachedModule | undefined;
/** The parts of openapi-typescript a render uses. */
type Renderer = Pick<
  OpenapiTypescript,
  'transformSchema' | 'astToString' | 'resolveRef' | 'scanDiscriminators'
>;

/**
 * The parts of openapi-typescript's CommonJS build a render uses, with the TypeScript
 * compiler they pull in, and without its entry point, which also loads Redocly for a lint
 * `loadSpec` has already done (0.1 s). `require`, not `import`: an ESM import of the
 * compiler's 9 MB CommonJS file first scans it for export names (Node's cjs-module-lexer),
 * which costs more than evaluating it (0.3 s). The package exports every `dist/` file.
 * The compiler itself is loaded first, through V8's code cache (`requireWithCodeCache`), so
 * that openapi-typescript's own `require` of it finds it loaded.
 */
export function loadOpenapiTypescript(): Renderer {
  const require = createRequire(import.meta.url);
  typescript ??= requireWithCodeCache(
    require.resolve('openapi-typescript/package.json'),
    'typescript',
    codeCacheDir(),
  );
  const utils = require('openapi-typescript/dist/lib/utils.cjs') as OpenapiTypescript;
  return {
    transformSchema: require('openapi-typescript/dist/transform/index.cjs'),
    astToString: (require('openapi-typescript/dist/lib/ts.cjs') as OpenapiTypescript).astToString,
    resolveRef: utils.resolveRef,
    scanDiscriminators: utils.scanDiscriminators,
  };
}

/** The options `pnpm generate` gives openapi-typescript; `otsContext` reads them too. */
export const OPENAPI_TS_OPTIONS = {
  silent: true,
  emptyObjectsUnknown: true,
  alphabetize: false,
} as const satisfies OpenAPITSOptions;

/**
 * The context `openapiTS(document, OPENAPI_TS_OPTIONS)` builds for its transform, field for
 * field (openapi-typescript 7.13.0, pinned exactly; a test holds the output equal to
 * `openapiTS`'s). `openapiTS` first parses, lints and bundles the document with Redocly
 * again; `loadSpec` has already done all three, and at 50 times our spec that second pass
 * is 1.7 s of the 2.2 s openapi-typescript takes.
 */
function otsContext(ots: Renderer, schema: OpenAPI3): Parameters<typeof ots.transformSchema>[1] {
  const o = OPENAPI_TS_OPTIONS;
  return {
    additionalProperties: false,
    alphabetize: o.alphabetize,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: ots.scanDiscriminators(schema, o),
    emptyObjectsUnknown: o.emptyObjectsUnknown,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Read only by the lint-and-bundle step this skips.
    redoc: undefined as never,
    silent: o.silent,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => ots.resolveRef(schema, $ref, { silent: o.silent }),
  };
}

/** openapi-typescript's rendering of a loaded (linted, bundled) document: `openapi.ts`. */
export function renderOpenapiTypes(document: JsonObject): string {
  const ots = loadOpenapiTypescript();
  const schema = structuredClone(document) as unknown as OpenAPI3;
  const rendered = ots.astToString(ots.transformSchema(schema, otsContext(ots, schema)));
  // After a render, the cache holds the compiler's functions a render runs, not only its top level.
  typescript?.save();
  return rendered;
}
