import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createConfig, lint } from '@redocly/openapi-core';
import { afterAll, describe, expect, it } from 'vitest';
import { emitters } from '../src/emitters/index.js';
import { contentHashMatches, GENERATED_MARKER } from '../src/header.js';
import { WorkerClosedError } from '../src/one-shot-worker.js';
import { type Emitter, runPipeline } from '../src/pipeline.js';
import { writePlan } from '../src/write-files.js';
import { removeDir, repoRoot, scratchRoot, snapshot, specFile, tempDir } from './helpers.js';

const cleanup: string[] = [];
afterAll(() => Promise.all(cleanup.map(removeDir)));

async function scratch(prefix: string) {
  const dir = await scratchRoot(prefix);
  cleanup.push(dir);
  return dir;
}

describe('pnpm generate', () => {
  it('is deterministic: the same spec gives the same bytes', async () => {
    const [a, b] = await Promise.all([scratch('det-a'), scratch('det-b')]);
    await runPipeline({ specFile: path.join(a, 'spec/openapi.yaml'), rootDir: a, emitters });
    await runPipeline({ specFile: path.join(b, 'spec/openapi.yaml'), rootDir: b, emitters });
    const contents = async (dir: string) =>
      Object.fromEntries(
        Object.entries(await snapshot(path.join(dir, 'packages'))).map(([f, s]) => [f, s.contents]),
      );
    const first = await contents(a);
    expect(Object.keys(first).length).toBeGreaterThan(2);
    expect(await contents(b)).toEqual(first);
  }, 120_000);

  it('reads a JSON spec the same as YAML', async () => {
    const [yamlRoot, jsonRoot] = await Promise.all([scratch('yaml'), scratch('json')]);
    const { parse } = await import('yaml');
    const doc = parse(await readFile(path.join(jsonRoot, 'spec/openapi.yaml'), 'utf8'));
    await writeFile(path.join(jsonRoot, 'spec/openapi.json'), JSON.stringify(doc, null, 2));
    await runPipeline({
      specFile: path.join(yamlRoot, 'spec/openapi.yaml'),
      rootDir: yamlRoot,
      emitters,
    });
    await runPipeline({
      specFile: path.join(jsonRoot, 'spec/openapi.json'),
      rootDir: jsonRoot,
      emitters,
    });
    const contents = async (dir: string, specName: string) =>
      Object.fromEntries(
        Object.entries(await snapshot(path.join(dir, 'packages'))).map(([f, s]) => [
          f,
          s.contents
            .replaceAll(`spec/${specName}`, 'spec/<spec>')
            // The header's hash covers the line naming the spec file.
            .replace(/content sha256 [0-9a-f]{64}/, 'content sha256 <hash>'),
        ]),
      );
    expect(await contents(jsonRoot, 'openapi.json')).toEqual(
      await contents(yamlRoot, 'openapi.yaml'),
    );
  }, 120_000);

  it('the committed output is what the spec generates', async () => {
    const result = await runPipeline({ specFile, rootDir: repoRoot, emitters, check: true });
    expect([...result.written, ...result.removed], 'run `pnpm generate` and commit').toEqual([]);
  }, 120_000);

  it('marks every generated file as generated, from which spec, with the hash of its content', async () => {
    const dir = await scratch('header');
    const result = await runPipeline({
      specFile: path.join(dir, 'spec/openapi.yaml'),
      rootDir: dir,
      emitters,
    });
    for (const file of result.written) {
      const head = (await readFile(path.join(dir, file), 'utf8'))
        .split('\n')
        .slice(0, 2)
        .join('\n');
      expect(head).toContain(
        `${GENERATED_MARKER} by @workflows-api/codegen from spec/openapi.yaml`,
      );
      expect(head).toMatch(/\(content sha256 [0-9a-f]{64}\)\.\n/);
      expect(head).toContain('Do not edit');
    }
  }, 120_000);

  it('the committed files carry the hash of their own content: a hand edit shows', async () => {
    const result = await runPipeline({ specFile, rootDir: repoRoot, emitters, check: true });
    const files = [...result.written, ...result.unchanged];
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const text = await readFile(path.join(repoRoot, file), 'utf8');
      expect(contentHashMatches(text), file).toBe(true);
      expect(contentHashMatches(text.replace('export', 'export ')), file).toBe(false);
    }
  }, 120_000);

  it('a spec edit rewrites only the files whose content it changes', async () => {
    const dir = await scratch('one-property');
    const opts = { specFile: path.join(dir, 'spec/openapi.yaml'), rootDir: dir, emitters };
    const first = await runPipeline(opts);
    const { parse, stringify } = await import('yaml');
    const doc = parse(await readFile(opts.specFile, 'utf8'));
    doc.components.schemas.AdGroupAssociateBidList.properties.note = { type: 'string' };
    await writeFile(opts.specFile, stringify(doc));
    const second = await runPipeline(opts);
    // One optional property changes the types and the validators, not the client's operation table.
    expect(second.written.length).toBeGreaterThan(0);
    expect(second.written.length).toBeLessThan(first.written.length);
    expect(second.unchanged).toContain('packages/client/src/generated/operations.ts');
    expect(second.unchanged).toContain('packages/client/src/generated/resources.ts');
  }, 120_000);

  it('a second run with nothing changed rewrites nothing', async () => {
    const dir = await scratch('rerun');
    const opts = { specFile: path.join(dir, 'spec/openapi.yaml'), rootDir: dir, emitters };
    await runPipeline(opts);
    const before = await snapshot(path.join(dir, 'packages'));
    const second = await runPipeline(opts);
    expect(second.written).toEqual([]);
    expect(await snapshot(path.join(dir, 'packages'))).toEqual(before);
  }, 120_000);

  it('removes stale files from the folders it owns', async () => {
    const dir = await scratch('stale');
    const opts = { specFile: path.join(dir, 'spec/openapi.yaml'), rootDir: dir, emitters };
    await runPipeline(opts);
    const stale = path.join(dir, 'packages/types/src/generated/old.ts');
    await writeFile(stale, '// left over');
    const result = await runPipeline(opts);
    expect(result.removed).toEqual(['packages/types/src/generated/old.ts']);
  }, 120_000);

  it('an emitter that fails leaves the previous output untouched', async () => {
    const dir = await scratch('emitter-fail');
    const opts = { specFile: path.join(dir, 'spec/openapi.yaml'), rootDir: dir, emitters };
    await runPipeline(opts);
    const before = await snapshot(path.join(dir, 'packages'));
    const broken: Emitter = {
      name: 'broken',
      outDir: 'packages/broken',
      emit() {
        throw new Error('broken emitter: cannot represent schema X');
      },
    };
    // A changed spec, so the good emitters would have written something.
    const spec = await readFile(opts.specFile, 'utf8');
    await writeFile(
      opts.specFile,
      spec.replace('title: Workflows API', 'title: Workflows API (edited)'),
    );
    await expect(runPipeline({ ...opts, emitters: [...emitters, broken] })).rejects.toThrow(
      /cannot represent schema X/,
    );
    expect(await snapshot(path.join(dir, 'packages'))).toEqual(before);
  }, 120_000);
});

describe('emitters that run beside each other', () => {
  /** An emitter whose run works until it is closed, as a worker thread's would. */
  const untilClosed = (closed: string[]): Emitter => ({
    name: 'slow',
    outDir: 'packages/slow',
    emit: () => [],
    prepare() {
      let end: (err: unknown) => void = () => undefined;
      const working = new Promise<never>((_, reject) => {
        end = reject;
      });
      // Closed before its emit is called when the spec fails to load.
      working.catch(() => undefined);
      return {
        emit: () => working,
        close: async () => {
          closed.push('slow');
          end(new WorkerClosedError('closed'));
        },
      };
    },
  });
  const failing: Emitter = {
    name: 'broken',
    outDir: 'packages/broken',
    emit() {
      throw new Error('broken emitter: cannot represent schema X');
    },
  };

  it('the first failure closes the runs still working, and is what is reported', async () => {
    const dir = await scratch('fail-fast');
    const closed: string[] = [];
    // Without the closing, the slow run never ends and this test times out.
    await expect(
      runPipeline({
        specFile: path.join(dir, 'spec/openapi.yaml'),
        rootDir: dir,
        emitters: [untilClosed(closed), failing],
      }),
    ).rejects.toThrow(/cannot represent schema X/);
    expect(closed.length).toBeGreaterThan(0);
    expect(existsSync(path.join(dir, 'packages'))).toBe(false);
  }, 120_000);

  it('a spec that fails to load closes the runs started before it', async () => {
    const dir = await scratch('fail-load');
    await writeFile(path.join(dir, 'spec/openapi.yaml'), 'openapi: 2.0\n');
    const closed: string[] = [];
    await expect(
      runPipeline({
        specFile: path.join(dir, 'spec/openapi.yaml'),
        rootDir: dir,
        emitters: [untilClosed(closed)],
      }),
    ).rejects.toThrow(/not an OpenAPI 3\.0\/3\.1 document/);
    expect(closed).toEqual(['slow']);
  }, 120_000);
});

describe('writePlan', () => {
  it('stages everything first: a failure part-way leaves old files and no temporaries', async () => {
    const dir = await tempDir('write');
    cleanup.push(dir);
    await mkdir(path.join(dir, 'out'), { recursive: true });
    await writeFile(path.join(dir, 'out/a.ts'), 'old a');
    // `blocker` is a file, so a file "inside" it cannot be created.
    await writeFile(path.join(dir, 'blocker'), 'not a folder');
    const before = await snapshot(dir);
    await expect(
      writePlan(dir, {
        files: [
          { path: 'out/a.ts', contents: 'new a' },
          { path: 'blocker/b.ts', contents: 'new b' },
        ],
        ownedDirs: ['out'],
      }),
    ).rejects.toThrow();
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('the spec', () => {
  it('passes the redocly OpenAPI linter with no errors', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lint({ ref: specFile, config });
    const errors = problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.location[0]?.pointer}: ${p.message}`);
    expect(errors).toEqual([]);
  });
});
