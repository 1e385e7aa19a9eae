import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findForbidden } from '../src/emitters/validators/bundle.js';
import { VALIDATORS_OUT_DIR, validatorsEmitter } from '../src/emitters/validators.js';
import { stampContentHash } from '../src/header.js';
import { loadSpec } from '../src/load-spec.js';
import { buildModel } from '../src/model.js';
import { runPipeline } from '../src/pipeline.js';
import { miniSpec, removeDir, repoRoot, specFile } from './helpers.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map(removeDir));
});

async function emit(file = specFile) {
  const spec = await loadSpec(file);
  return validatorsEmitter.emit(buildModel(spec, 'spec/openapi.yaml'));
}

/** A minimal valid spec with the given component schemas, removed after the file's tests. */
async function specWith(schemas: Record<string, unknown>): Promise<{ root: string; file: string }> {
  const spec = await miniSpec('validators', schemas);
  dirs.push(spec.root);
  return spec;
}

describe('validators emitter', () => {
  it('is deterministic and matches the checked-in generated files', async () => {
    const first = await emit();
    const second = await emit();
    expect(second).toEqual(first);
    for (const f of first) {
      expect(f.path.startsWith(`${VALIDATORS_OUT_DIR}/`)).toBe(true);
      const onDisk = await readFile(path.join(repoRoot, f.path), 'utf8');
      // On disk as the pipeline writes it: with the content hash in its header.
      const written = stampContentHash(f.contents);
      expect(onDisk === written, `${f.path} is stale: run pnpm generate`).toBe(true);
    }
  }, 60_000);

  it('emits no require(, new Function or eval', async () => {
    for (const f of await emit()) {
      expect(findForbidden(f.contents), f.path).toEqual([]);
    }
    expect(findForbidden('const x = require("y")')).toEqual(['require(']);
    expect(findForbidden('new Function("return 1")')).toEqual(['new Function', 'Function(']);
    expect(findForbidden('eval("1")')).toEqual(['eval(']);
  }, 60_000);

  it('compiles nullable $ref, allOf and enum to validators that accept null and still check the value', async () => {
    const { root, file } = await specWith({
      Thing: {
        type: 'object',
        additionalProperties: false,
        required: ['budget', 'wrapped', 'kind'],
        properties: {
          budget: { $ref: '#/components/schemas/Budget', nullable: true },
          wrapped: {
            type: 'object',
            allOf: [{ $ref: '#/components/schemas/Budget' }],
            nullable: true,
          },
          kind: { type: 'string', enum: ['A', 'B'], nullable: true },
        },
      },
      Budget: {
        type: 'object',
        additionalProperties: false,
        required: ['amount'],
        properties: { amount: { type: 'number', format: 'double' } },
      },
    });
    await runPipeline({ specFile: file, rootDir: root, emitters: [validatorsEmitter] });
    const mod = (await import(
      pathToFileURL(path.join(root, VALIDATORS_OUT_DIR, 'standalone.ts')).href
    )) as Record<string, (d: unknown) => boolean>;
    const thing = mod.Thing as (d: unknown) => boolean;
    expect(thing({ budget: null, wrapped: null, kind: null })).toBe(true);
    expect(thing({ budget: { amount: 1 }, wrapped: { amount: 2 }, kind: 'A' })).toBe(true);
    expect(thing({ budget: { amount: 'x' }, wrapped: null, kind: null })).toBe(false);
    expect(thing({ budget: null, wrapped: { amount: 1, extra: 1 }, kind: null })).toBe(false);
    expect(thing({ budget: null, wrapped: null, kind: 'C' })).toBe(false);
    expect(thing({ budget: null, wrapped: null })).toBe(false);
  }, 60_000);

  it('fails with the place of a format it cannot check, and writes nothing', async () => {
    const { root, file } = await specWith({
      Thing: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } },
    });
    await expect(
      runPipeline({ specFile: file, rootDir: root, emitters: [validatorsEmitter] }),
    ).rejects.toThrow(
      /spec\/openapi\.yaml:\d+:\d+ \(at #\/components\/schemas\/Thing\/properties\/id\/format\): validators emitter: format "uuid" is not supported/,
    );
    await expect(
      readFile(path.join(root, VALIDATORS_OUT_DIR, 'standalone.ts'), 'utf8'),
    ).rejects.toThrow();
  }, 60_000);
});
