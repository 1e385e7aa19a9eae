import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtEntry } from '../../../test-support/built-entry.js';
import { bundleStandalone } from '../src/emitters/validators/bundle.js';
import { compilePart } from '../src/emitters/validators/compile.js';
import {
  compileParts,
  SPLIT_FROM_SCHEMAS,
  type StandaloneInput,
} from '../src/emitters/validators/compile-parts.js';
import type { JsonSchema } from '../src/emitters/validators/normalise.js';
import { validatorsEmitter } from '../src/emitters/validators.js';
import type { JsonObject } from '../src/load-spec.js';
import { buildModel } from '../src/model.js';
import { chainOfRefs, codegenDir, importModuleCode, miniSpec, removeDir } from './helpers.js';

/**
 * From SPLIT_FROM_SCHEMAS schemas on, the validators are compiled in two parts (two AJV
 * instances, on two threads in a build) and bundled into one module: it must validate as
 * the module of one part does, with `$ref`s that cross from one part to the other.
 */

/** The module test splits fewer schemas than the build does (`SPLIT_FROM_SCHEMAS`). */
const splitFrom = 300;
const count = splitFrom + 100;
/** Objects whose `next` is the following schema, and an enum each refers to: refs cross parts. */
function manySchemas(count: number): JsonSchema[] {
  const schemas: JsonSchema[] = [{ $id: 'Kind', type: 'string', enum: ['a', 'b'] }];
  for (let i = 0; i < count; i++) {
    schemas.push({
      $id: `S${i}`,
      type: 'object',
      required: ['kind'],
      additionalProperties: false,
      properties: {
        kind: { $ref: 'Kind' },
        size: { type: 'integer', format: 'int32', minimum: i },
        ...(i + 1 < count ? { next: { $ref: `S${i + 1}` } } : {}),
      },
    });
  }
  return schemas;
}

const load = (code: string) => importModuleCode<Record<string, (data: unknown) => boolean>>(code);

describe('compileParts', () => {
  it('keeps a smaller spec in one part, and splits a larger one in two, in order', () => {
    const schemas = manySchemas(SPLIT_FROM_SCHEMAS + 200);
    expect(compileParts({ schemas: schemas.slice(0, SPLIT_FROM_SCHEMAS - 1) })).toHaveLength(1);
    const parts = compileParts({ schemas });
    expect(compileParts({ schemas: schemas.slice(0, 500) }, 500)).toHaveLength(2);
    expect(parts).toHaveLength(2);
    expect(parts.flatMap((p) => p.schemas)).toEqual(schemas);
    const [first, second] = parts.map((p) => p.schemas.length) as [number, number];
    expect(Math.abs(first - second)).toBeLessThan(schemas.length / 10);
    expect(parts.map((p) => p.nameOffset)).toEqual([0, 1_000_000]);
  });
});

describe('a module compiled in two parts', () => {
  it('validates as the module of one part does, across the parts', async () => {
    const schemas = manySchemas(count);
    const input: StandaloneInput = {
      schemas,
      exports: Object.fromEntries(schemas.map((s) => [String(s.$id), String(s.$id)])),
    };
    const [whole, split] = await Promise.all([
      bundleStandalone([compilePart({ schemas, nameOffset: 0 })], input).then(load),
      bundleStandalone(compileParts({ schemas }, splitFrom).map(compilePart), input).then(load),
    ]);
    let data: unknown = { kind: 'a', size: count };
    for (let i = count - 2; i >= 0; i -= 1) {
      data = { kind: 'b', size: i, next: data };
    }
    const broken = structuredClone(data) as { next: { next: { kind: string } } };
    broken.next.next.kind = 'c';
    for (const [name, value] of [
      ['S0', data],
      ['S0', broken],
      [`S${count - 1}`, { kind: 'a', size: 0 }],
      [`S${count - 1}`, { kind: 'a', size: count - 1 }],
      ['S1', { kind: 'a', size: 1, extra: true }],
    ] as const) {
      const one = whole[name] as ((data: unknown) => boolean) & { errors?: unknown };
      const two = split[name] as ((data: unknown) => boolean) & { errors?: unknown };
      expect(two(value), name).toBe(one(value));
      expect(two.errors, name).toEqual(one.errors);
    }
    expect((split.S0 as (d: unknown) => boolean)(broken)).toBe(false);
  }, 120_000);

  it('is what the build makes on two threads, byte for byte', async () => {
    const { root, file } = await miniSpec('parts-built', chainOfRefs(SPLIT_FROM_SCHEMAS + 200));
    try {
      const document = JSON.parse(await readFile(file, 'utf8')) as JsonObject;
      const model = buildModel({ file, document, hash: '', sources: [] }, 'spec/openapi.yaml');
      type Validators = typeof import('../src/emitters/validators.js');
      const { validatorsEmitter: built } = (await import(
        pathToFileURL(builtEntry(codegenDir, 'dist/emitters/validators.js')).href
      )) as Validators;
      const [threads, here] = await Promise.all([built.emit(model), validatorsEmitter.emit(model)]);
      expect(threads).toEqual(here);
    } finally {
      await removeDir(root);
    }
  }, 120_000);
});
