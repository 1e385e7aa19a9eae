import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtEntry } from '../../../test-support/built-entry.js';
import {
  CODE_CACHE_DIR,
  codeCacheDir,
  NO_CODE_CACHE_ENV,
  requireWithCodeCache,
} from '../src/code-cache.js';
import { codegenDir, removeDir, runCli, scratchRoot, snapshot, tempDir } from './helpers.js';

/**
 * The code cache only saves time: a module loads with the same exports whether its cache
 * is missing, current, stale (same length, other text: V8 itself checks only the length),
 * torn or corrupt, or cannot be written.
 */
const requireCache = createRequire(import.meta.url).cache;
let dir: string;
let cacheDir: string;
let from: string;
let file: string;

const source = (value: string) =>
  `exports.value = ${JSON.stringify(value)};\nexports.twice = (n) => n * 2;\n`;

/** Loads the fixture as a new process would: not yet in the module cache. */
function load() {
  delete requireCache[file];
  return requireWithCodeCache(from, './fixture.js', cacheDir);
}
const cacheFiles = async () => (await readdir(cacheDir).catch(() => [])).sort();

beforeEach(async () => {
  dir = await tempDir('code-cache');
  cacheDir = path.join(dir, 'cache');
  from = path.join(dir, 'index.js');
  file = path.join(dir, 'fixture.js');
  await writeFile(file, source('A'));
});
afterEach(async () => {
  delete requireCache[file];
  await removeDir(dir);
});

describe('requireWithCodeCache', () => {
  it('compiles without a cache, writes one after, and is compiled from it next time', async () => {
    const first = load();
    expect(first.fromCache).toBe(false);
    expect(first.exports).toMatchObject({ value: 'A' });
    expect(await cacheFiles()).toEqual([]);
    first.save();
    expect(await cacheFiles()).toEqual([expect.stringMatching(/^fixture-[0-9a-f]{32}\.bin$/)]);

    const second = load();
    expect(second.fromCache).toBe(true);
    expect((second.exports as { twice(n: number): number }).twice(21)).toBe(42);
    // Already loaded: the module as it is, like `require`.
    expect(requireWithCodeCache(from, './fixture.js', cacheDir).exports).toBe(second.exports);
  });

  it('does not use the code of another text of the same length, and keeps one cache per file', async () => {
    load().save();
    await writeFile(file, source('B'));
    const changed = load();
    expect(changed.fromCache).toBe(false);
    expect(changed.exports).toMatchObject({ value: 'B' });
    changed.save();
    expect(await cacheFiles()).toHaveLength(1);
    expect(load().fromCache).toBe(true);
  });

  it.each([
    [
      'a byte of it changed',
      (data: Buffer) =>
        Buffer.concat([data.subarray(0, -1), Buffer.from([(data.at(-1) ?? 0) ^ 1])]),
    ],
    ['torn', (data: Buffer) => data.subarray(0, data.length >> 1)],
    ['empty', () => Buffer.alloc(0)],
  ])('compiles without a cache that is %s, and writes a good one again', async (_what, damage) => {
    load().save();
    const [name] = await cacheFiles();
    const cached = path.join(cacheDir, name as string);
    await writeFile(cached, damage(await readFile(cached)));
    const loaded = load();
    expect(loaded.fromCache).toBe(false);
    expect(loaded.exports).toMatchObject({ value: 'A' });
    loaded.save();
    expect(load().fromCache).toBe(true);
  });

  it('loads, and leaves nothing behind, where the cache cannot be written', async () => {
    await writeFile(path.join(dir, 'not-a-dir'), '');
    cacheDir = path.join(dir, 'not-a-dir');
    const loaded = load();
    expect(() => loaded.save()).not.toThrow();
    expect(loaded.exports).toMatchObject({ value: 'A' });
    expect((await readdir(dir)).sort()).toEqual(['fixture.js', 'not-a-dir']);
  });

  it('reads and writes nothing without a cache folder', async () => {
    cacheDir = path.join(dir, 'cache');
    const loaded = requireWithCodeCache(from, './fixture.js', undefined);
    loaded.save();
    expect(loaded.exports).toMatchObject({ value: 'A' });
    expect(await cacheFiles()).toEqual([]);
  });

  it('forgets a module whose evaluation threw, as require does', async () => {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(file, 'throw new Error("fixture failed");\n');
    expect(() => load()).toThrow('fixture failed');
    expect(requireCache[file]).toBeUndefined();
  });
});

describe('codeCacheDir', () => {
  const before = process.env[NO_CODE_CACHE_ENV];
  afterEach(() => {
    if (before === undefined) {
      delete process.env[NO_CODE_CACHE_ENV];
    } else {
      process.env[NO_CODE_CACHE_ENV] = before;
    }
  });

  it("is the generator's own node_modules/.cache, unless generation runs with --no-cache", () => {
    delete process.env[NO_CODE_CACHE_ENV];
    expect(codeCacheDir()).toBe(CODE_CACHE_DIR);
    expect(CODE_CACHE_DIR).toMatch(/tools[/\\]codegen[/\\]node_modules[/\\]\.cache[/\\]/);
    process.env[NO_CODE_CACHE_ENV] = '1';
    expect(codeCacheDir()).toBeUndefined();
  });
});

describe('pnpm generate with the code cache', () => {
  it('writes the same bytes as without it (--no-cache)', async () => {
    const roots = await Promise.all(
      ['code-cache-first', 'code-cache', 'no-code-cache'].map(scratchRoot),
    );
    try {
      // The first run leaves the cache (if no earlier run did); the second reads it.
      const args = [[], [], ['--no-cache']];
      for (const [i, root] of roots.entries()) {
        const spec = path.join(root, 'spec/openapi.yaml');
        const run = await runCli(['--root', root, '--spec', spec, ...(args[i] ?? [])]);
        expect(run.code, run.stderr).toBe(0);
      }
      const files = async (root: string) =>
        Object.fromEntries(
          Object.entries(await snapshot(path.join(root, 'packages'))).map(([f, s]) => [
            f,
            s.contents,
          ]),
        );
      expect(await files(roots[1] as string)).toEqual(await files(roots[2] as string));
    } finally {
      await Promise.all(roots.map(removeDir));
    }
  }, 120_000);
});

describe('Redocly in the built generator', () => {
  it('is its bundle (dist/vendor/redocly.cjs), loaded through the code cache', async () => {
    type Loader = typeof import('../src/redocly.js');
    const built = (await import(
      pathToFileURL(builtEntry(codegenDir, 'dist/redocly.js')).href
    )) as Loader;
    expect(built.REDOCLY_BUNDLE).toBe(path.join(codegenDir, 'dist/vendor/redocly.cjs'));
    expect(requireCache[built.REDOCLY_BUNDLE]?.exports).toBe(built.redocly);
    expect(typeof built.redocly.lintDocument).toBe('function');
  });
});
