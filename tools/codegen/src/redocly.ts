import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type CachedModule, codeCacheDir, requireWithCodeCache } from './code-cache.js';

type Redocly = typeof import('@redocly/openapi-core');

/**
 * Redocly's openapi-core, for the main thread's lint and bundle. From the build, its bundle
 * (`dist/vendor/redocly.cjs`, made by `scripts/bundle-redocly.mjs` in `pnpm build`) through
 * V8's code cache: one file instead of about 200 for Node to resolve and compile, 0.2 s
 * of the main thread of every run. From the TypeScript sources (tests, tsx), the package.
 * Every use of Redocly goes through this one module object, so that classes agree (the
 * resolver extends Redocly's own `BaseResolver`).
 */
export const REDOCLY_BUNDLE = fileURLToPath(new URL('./vendor/redocly.cjs', import.meta.url));
const FROM_SOURCE = import.meta.url.endsWith('.ts');

function loadBundle(): CachedModule {
  if (!existsSync(REDOCLY_BUNDLE)) {
    throw new Error(
      `${REDOCLY_BUNDLE} is missing: run \`pnpm build\` (the generator's build bundles Redocly there)`,
    );
  }
  return requireWithCodeCache(import.meta.url, REDOCLY_BUNDLE, codeCacheDir());
}

const loaded: CachedModule | undefined = FROM_SOURCE ? undefined : loadBundle();

export const redocly: Redocly = loaded
  ? (loaded.exports as Redocly)
  : (createRequire(import.meta.url)('@redocly/openapi-core') as Redocly);

/** After a run has linted and bundled, the cache then holds the functions those ran. */
export function saveRedoclyCodeCache(): void {
  loaded?.save();
}
