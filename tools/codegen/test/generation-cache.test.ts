import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_DIR, generatorKey } from '../src/generation-cache.js';
import { codegenDir, removeDir, runCli, scratchRoot, snapshot } from './helpers.js';

const cleanup: string[] = [];
afterAll(() => Promise.all(cleanup.map(removeDir)));

async function generatedRoot(prefix: string) {
  const root = await scratchRoot(prefix);
  cleanup.push(root);
  const first = await runCli(['--spec', path.join(root, 'spec/openapi.yaml'), '--root', root]);
  expect(first.stdout).toMatch(/^Generated from spec\/openapi\.yaml/);
  return root;
}

const generate = (root: string, ...extra: string[]) =>
  runCli(['--spec', path.join(root, 'spec/openapi.yaml'), '--root', root, ...extra]);

const contents = async (root: string) =>
  Object.fromEntries(
    Object.entries(await snapshot(path.join(root, 'packages'))).map(([f, s]) => [f, s.contents]),
  );

const NO_OP = /^Nothing generation reads has changed: \d+ files unchanged\.$/m;
const FULL = /^Generated from spec\/openapi\.yaml/m;

/** `pnpm generate` when nothing it reads has changed: it stops before loading the spec tools. */
describe('a generation with nothing changed', () => {
  it('stops at once, and leaves the same bytes as a generation without the cache', async () => {
    const root = await generatedRoot('cache-noop');
    const before = await snapshot(path.join(root, 'packages'));
    const again = await generate(root);
    expect(again.stdout).toMatch(NO_OP);
    // Not one file was touched.
    expect(await snapshot(path.join(root, 'packages'))).toEqual(before);

    const cold = await scratchRoot('cache-cold');
    cleanup.push(cold);
    expect((await generate(cold, '--no-cache')).stdout).toMatch(FULL);
    expect(await contents(cold)).toEqual(await contents(root));
    expect((await generate(root, '--check')).stdout).toMatch(
      /up to date .*nothing generation reads has changed/,
    );
  }, 120_000);

  it('loads no package: not the spec tools, nor the yaml parser of error messages', async () => {
    const root = await generatedRoot('cache-noop-loads');
    const loadedBy = async (spec: string) => {
      const out = path.join(root, `loaded-${path.basename(spec)}.json`);
      const result = await runCli(['--spec', spec, '--root', root], {
        NODE_OPTIONS: `--import=${pathToFileURL(path.join(codegenDir, 'test/fixtures/loaded-packages.mjs')).href}`,
        LOADED_PACKAGES_OUT: out,
      });
      return { result, loaded: JSON.parse(await readFile(out, 'utf8')) as string[] };
    };
    const noOp = await loadedBy(path.join(root, 'spec/openapi.yaml'));
    expect(noOp.result.stdout).toMatch(NO_OP);
    expect(noOp.loaded).toEqual([]);
    // The same probe sees a package the generator does load: the yaml parser, to explain a
    // spec that is not YAML.
    const broken = path.join(root, 'spec/broken.yaml');
    await writeFile(broken, 'openapi: 3.0.3\ninfo: [\n');
    const failed = await loadedBy(broken);
    expect(failed.result.stderr).toMatch(/malformed YAML/);
    expect(failed.loaded).toContain('yaml');
  }, 120_000);

  it('generates again after a spec edit, and the result is a cold run', async () => {
    const root = await generatedRoot('cache-edit');
    const spec = path.join(root, 'spec/openapi.yaml');
    const text = await readFile(spec, 'utf8');
    await writeFile(
      spec,
      text.replace('summary: Archive ad groups', 'summary: Archive some ad groups'),
    );
    const edited = await generate(root);
    expect(edited.stdout).toMatch(FULL);
    expect(edited.stdout).not.toMatch(/ 0 written/);
    expect((await generate(root)).stdout).toMatch(NO_OP);

    const cold = await scratchRoot('cache-edit-cold');
    cleanup.push(cold);
    await writeFile(path.join(cold, 'spec/openapi.yaml'), await readFile(spec, 'utf8'));
    await generate(cold, '--no-cache');
    expect(await contents(cold)).toEqual(await contents(root));
  }, 120_000);

  it('restores a generated file edited by hand, and removes a stray one', async () => {
    const root = await generatedRoot('cache-tamper');
    const file = path.join(root, 'packages/types/src/generated/schemas.ts');
    const original = await readFile(file, 'utf8');
    await appendFile(file, '// edited by hand\n');
    expect((await generate(root)).stdout).toMatch(/1 written/);
    expect(await readFile(file, 'utf8')).toBe(original);

    const stray = path.join(root, 'packages/client/src/generated/stray.ts');
    await writeFile(stray, 'export {};\n');
    expect((await generate(root)).stdout).toMatch(/1 removed/);
  }, 120_000);

  it('does not trust a manifest it cannot read', async () => {
    const root = await generatedRoot('cache-broken');
    await writeFile(path.join(root, CACHE_DIR, 'manifest.json'), '{ not json');
    expect((await generate(root)).stdout).toMatch(FULL);
    expect((await generate(root)).stdout).toMatch(NO_OP);
  }, 120_000);

  it('generates again when a file a $ref reads changes', async () => {
    const root = await generatedRoot('cache-ref');
    const spec = path.join(root, 'spec/openapi.yaml');
    // Move one schema's description into a file of its own, read through a $ref.
    const text = await readFile(spec, 'utf8');
    await writeFile(
      path.join(root, 'spec/CallbackUrl.yaml'),
      'type: string\ndescription: Where a callback goes.\n',
    );
    const withRef = text.replace(
      /( {4}WorkflowCallbackInput:\n(?: {6}.*\n)*? {8}callbackUrl:\n)((?: {10}.*\n)+)/,
      '$1          $ref: "./CallbackUrl.yaml"\n',
    );
    expect(withRef).not.toBe(text);
    await writeFile(spec, withRef);
    expect((await generate(root)).stdout).toMatch(FULL);
    expect((await generate(root)).stdout).toMatch(NO_OP);
    await writeFile(
      path.join(root, 'spec/CallbackUrl.yaml'),
      'type: string\ndescription: Where the API posts when the job is done.\n',
    );
    expect((await generate(root)).stdout).toMatch(FULL);
  }, 120_000);
});

describe("the generator's identity (generatorKey)", () => {
  it('changes with the lockfile: a dependency of a dependency can change what is generated', async () => {
    const dir = await scratchRoot('cache-key');
    cleanup.push(dir);
    const lockfile = path.join(dir, 'pnpm-lock.yaml');
    const key = () =>
      generatorKey({
        specFile: path.join(dir, 'spec/openapi.yaml'),
        allowRemoteRefs: false,
        lockfile,
      });
    await writeFile(lockfile, "lockfileVersion: '9.0'\n");
    const first = await key();
    expect(await key()).toBe(first);
    await appendFile(lockfile, '  fast-uri@3.1.0: {}\n');
    expect(await key()).not.toBe(first);
  });
});
