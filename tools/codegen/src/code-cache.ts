import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/**
 * Where the generator keeps V8's compiled code of its largest dependencies (TypeScript,
 * Redocly's bundle), beside its own package: what is cached is the generator's code, not
 * anything a root generated.
 */
export const CODE_CACHE_DIR = fileURLToPath(
  new URL('../node_modules/.cache/workflows-api-codegen/v8/', import.meta.url),
);

/** Set (to anything) by `pnpm generate --no-cache`: no code cache is read or written. */
export const NO_CODE_CACHE_ENV = 'WORKFLOWS_CODEGEN_NO_CODE_CACHE';

export const codeCacheDir = (): string | undefined =>
  process.env[NO_CODE_CACHE_ENV] ? undefined : CODE_CACHE_DIR;

const sha256 = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
  }
  return hash.digest();
};
const DIGEST_BYTES = 32;
/** Node's CommonJS module cache (`require.cache`), by absolute file name. */
const moduleCache = (Module as unknown as { _cache: Record<string, Module | undefined> })._cache;

/** A CommonJS module loaded through the code cache; `save` writes the cache if it was not used. */
export interface CachedModule {
  exports: unknown;
  /** Whether V8 took its compiled code from the cache. */
  fromCache: boolean;
  /**
   * Writes the code V8 has compiled by now (the functions run so far included, so call it
   * after the work) when the cache had none for this source. Never throws: the cache only
   * saves time.
   */
  save(): void;
}

/**
 * Requires `specifier` (resolved from `from`) the way Node does, but with V8's code cache,
 * for the large CommonJS files V8 would otherwise parse and compile on every run (the
 * TypeScript compiler, 9 MB; Redocly's bundle), on threads that share two cores with the
 * rest of a run. Node 20 has no `module.enableCompileCache` (Node 22 does). The cache file
 * is named by a hash of the Node version, the file's path and its full text (V8 itself
 * checks only the text's length), and carries a hash of its data, checked before V8 reads
 * it: a stale, torn or corrupt file is not used, and the module compiles as without a
 * cache. Semantics never depend on the cache. A module already loaded is returned as it is.
 */
export function requireWithCodeCache(
  from: string,
  specifier: string,
  cacheDir: string | undefined,
): CachedModule {
  const file = createRequire(from).resolve(specifier);
  const loaded = moduleCache[file];
  if (loaded?.loaded) {
    return { exports: loaded.exports, fromCache: false, save: () => undefined };
  }
  const source = readFileSync(file, 'utf8');
  const stem = `${path.basename(file).replace(/\.[cm]?js$/, '')}-`;
  const cacheFile =
    cacheDir &&
    path.join(
      cacheDir,
      `${stem}${sha256(process.version, process.arch, file, '\0', source).toString('hex').slice(0, 32)}.bin`,
    );
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const fromCache = cachedData !== undefined && script.cachedDataRejected === false;

  const mod = new Module(file);
  mod.filename = file;
  // Registered before it runs, as Node does, so that a cycle back to it finds it.
  moduleCache[file] = mod;
  try {
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  } catch (err) {
    delete moduleCache[file];
    throw err;
  }
  mod.loaded = true;
  return {
    exports: mod.exports,
    fromCache,
    save() {
      if (!cacheFile || fromCache) {
        return;
      }
      writeCache(cacheFile, stem, script.createCachedData());
    },
  };
}

function readCache(cacheFile: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const payload = data.subarray(DIGEST_BYTES);
  return payload.length > 0 && sha256(payload).equals(data.subarray(0, DIGEST_BYTES))
    ? payload
    : undefined;
}

/** Written whole or not at all (a temporary file renamed), replacing the caches of older texts. */
function writeCache(cacheFile: string, stem: string, payload: Buffer): void {
  const dir = path.dirname(cacheFile);
  const temporary = `${cacheFile}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, Buffer.concat([sha256(payload), payload]));
    renameSync(temporary, cacheFile);
    for (const other of readdirSync(dir)) {
      if (other.startsWith(stem) && other.endsWith('.bin') && other !== path.basename(cacheFile)) {
        rmSync(path.join(dir, other), { force: true });
      }
    }
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written there either.
    }
  }
}
