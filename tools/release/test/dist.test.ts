import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { distProblems } from '../scripts/dist.mjs';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const script = path.join(repoRoot, 'tools/release/scripts/dist.mjs');
const PUBLISHED = ['cli', 'client', 'sandbox', 'types', 'validators'];

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'wf-release-dist-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const write = async (file: string, text = '') => {
  await mkdir(path.dirname(path.join(work, file)), { recursive: true });
  await writeFile(path.join(work, file), text);
};

/** A package of `src/a.ts` and `src/sub/b.ts` (and a test), with tsc's outputs of both. */
async function builtPackage() {
  await write('src/a.ts');
  await write('src/sub/b.ts');
  await write('src/a.test.ts');
  for (const name of ['a', 'sub/b']) {
    for (const ext of ['.js', '.js.map', '.d.ts', '.d.ts.map']) {
      await write(`dist/${name}${ext}`);
    }
  }
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the command to fail');
    },
    (err: { code: number; stderr: string }) => err,
  );

describe('dist check', () => {
  it('passes the build of src, and names each file no source compiles to', async () => {
    await builtPackage();
    expect(distProblems(work)).toEqual([]);
    await write('dist/removed.js');
    await write('dist/sub/gone.d.ts');
    await write('dist/a.test.js');
    expect(distProblems(work)).toEqual([
      'dist/a.test.js: compiled from no file in src/ (left by an older build)',
      'dist/removed.js: compiled from no file in src/ (left by an older build)',
      'dist/sub/gone.d.ts: compiled from no file in src/ (left by an older build)',
    ]);
  });

  it('names a source whose module is missing', async () => {
    await builtPackage();
    await rm(path.join(work, 'dist/sub/b.js'));
    expect(distProblems(work)).toEqual(['dist/sub/b.js: missing, src/sub/b.ts is not built']);
  });

  it('as a command: exits 1 naming the files, and clean empties dist/', async () => {
    await builtPackage();
    await write('dist/removed.js');
    const err = await failure(run(process.execPath, [script, 'check'], { cwd: work }));
    expect(err.code).toBe(1);
    expect(err.stderr).toContain('not packed');
    expect(err.stderr).toContain('dist/removed.js');
    await run(process.execPath, [script, 'clean'], { cwd: work });
    await expect(readFile(path.join(work, 'dist/a.js'))).rejects.toThrow(/ENOENT/);
    const usage = await failure(run(process.execPath, [script, 'check', 'extra'], { cwd: work }));
    expect(usage.code).toBe(2);
  });
});

describe('published packages', () => {
  it('empty dist/ before each build and check it before each pack', async () => {
    for (const name of PUBLISHED) {
      const manifest = JSON.parse(
        await readFile(path.join(repoRoot, 'packages', name, 'package.json'), 'utf8'),
      ) as { scripts: Record<string, string> };
      expect(manifest.scripts.build, name).toMatch(
        /^node \.\.\/\.\.\/tools\/release\/scripts\/dist\.mjs clean && tsc /,
      );
      expect(manifest.scripts.prepack, name).toBe(
        'node ../../tools/release/scripts/dist.mjs check',
      );
    }
  });

  it("codegen's build empties its dist/ too: every file there is part of the generation key", async () => {
    const manifest = JSON.parse(
      await readFile(path.join(repoRoot, 'tools/codegen/package.json'), 'utf8'),
    ) as { scripts: Record<string, string> };
    expect(manifest.scripts.build).toMatch(/^node \.\.\/release\/scripts\/dist\.mjs clean && tsc /);
  });

  it('are not packed with a file their sources do not compile to', async () => {
    // A copy of the types package as built (a dev dependency: turbo builds it before this test),
    // at the same depth below a copy of this script, as prepack finds it.
    const pkg = path.join(work, 'packages/types');
    await cp(path.join(repoRoot, 'packages/types'), pkg, {
      recursive: true,
      filter: (from) => !from.includes(`${path.sep}node_modules`),
    });
    await cp(script, path.join(work, 'tools/release/scripts/dist.mjs'));
    const pack = () =>
      run('npm', ['pack', '--dry-run', '--json'], { cwd: pkg, env: { ...process.env } });
    const packed = JSON.parse((await pack()).stdout) as { files: { path: string }[] }[];
    expect(packed[0]?.files.map((f) => f.path)).toContain('dist/index.js');
    await writeFile(path.join(pkg, 'dist/removed-module.js'), 'export const stale = 1;\n');
    const err = await failure(pack());
    expect(err.stderr).toContain('dist/removed-module.js');
  });
});
