import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtEntry } from '../../../test-support/built-entry.js';
import { emitters } from '../src/emitters/index.js';
import { OPENAPI_TS_OPTIONS, renderOpenapiTypes } from '../src/emitters/openapi-ts.js';
import { loadSpec } from '../src/load-spec.js';
import { buildModel } from '../src/model.js';
import { runPipeline } from '../src/pipeline.js';
import { codegenDir, miniSpec, removeDir, specFile } from './helpers.js';

/**
 * `pnpm generate` renders openapi-typescript and compiles the validators on worker threads,
 * and calls openapi-typescript's transform on the document `loadSpec` already linted and
 * bundled: the output must be what the plain, single-threaded way gives.
 */
describe("openapi-typescript's transform on the loaded document", () => {
  const plainOpenapiTS = async (document: unknown) => {
    const { default: openapiTS, astToString } = await import('openapi-typescript');
    return astToString(await openapiTS(structuredClone(document) as never, OPENAPI_TS_OPTIONS));
  };

  it('is what openapiTS gives, on our spec', async () => {
    const { document } = await loadSpec(specFile);
    expect(renderOpenapiTypes(document)).toBe(await plainOpenapiTS(document));
  }, 60_000);

  it('is what openapiTS gives, with discriminators, oneOf and nullable refs', async () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const { root, file } = await miniSpec('ots-parity', {
      Thing: {
        oneOf: [ref('Cat'), ref('Dog')],
        discriminator: { propertyName: 'kind', mapping: { cat: ref('Cat').$ref } },
      },
      Pet: {
        type: 'object',
        required: ['kind'],
        properties: {
          kind: { type: 'string' },
          owner: { type: 'object', allOf: [ref('Owner')], nullable: true },
        },
      },
      Cat: { allOf: [ref('Pet'), { type: 'object', properties: { lives: { type: 'integer' } } }] },
      Dog: { allOf: [ref('Pet'), { type: 'object', properties: { good: { type: 'boolean' } } }] },
      Owner: { type: 'object', additionalProperties: { type: 'string' } },
    });
    try {
      // Unchecked: the generators refuse `discriminator`; the context's scan of them is tested.
      const { document } = await loadSpec(file, { check: false });
      expect(renderOpenapiTypes(document)).toBe(await plainOpenapiTS(document));
    } finally {
      await removeDir(root);
    }
  }, 60_000);
});

describe('the emitters on worker threads (the build)', () => {
  it('make byte for byte what they make in one thread (the sources)', async () => {
    type Pipeline = typeof import('../src/pipeline.js');
    type Emitters = typeof import('../src/emitters/index.js');
    const built = async <T>(file: string) =>
      (await import(pathToFileURL(builtEntry(codegenDir, file)).href)) as T;
    const [{ runPipeline: runBuilt }, { emitters: builtEmitters }] = await Promise.all([
      built<Pipeline>('dist/pipeline.js'),
      built<Emitters>('dist/emitters/index.js'),
    ]);
    const rootDir = path.resolve(codegenDir, '../..');
    const options = { specFile, rootDir, check: true };
    const inThreads = await runBuilt({ ...options, emitters: builtEmitters });
    const inOne = await runPipeline({ ...options, emitters });
    expect(inThreads.files.map((f) => f.path)).toEqual(inOne.files.map((f) => f.path));
    for (const [i, file] of inThreads.files.entries()) {
      expect(file.contents, file.path).toBe(inOne.files[i]?.contents);
    }
  }, 120_000);
});

describe('the types emitter on its thread (the build)', () => {
  it('fails with the small files’ error, leaving no answer of its thread unawaited', async () => {
    type Types = typeof import('../src/emitters/types.js');
    const { typesEmitter: built } = (await import(
      pathToFileURL(builtEntry(codegenDir, 'dist/emitters/types.js')).href
    )) as Types;
    // `ColorValues` takes the name of the values object of the enum `Color`.
    const { root, file } = await miniSpec('types-clash', {
      Thing: { type: 'object', properties: { color: { $ref: '#/components/schemas/Color' } } },
      Color: { type: 'string', enum: ['red', 'blue'] },
      ColorValues: { type: 'object' },
    });
    try {
      const model = buildModel(await loadSpec(file), 'spec/openapi.yaml');
      const run = built.prepare?.();
      expect(run).toBeDefined();
      // An answer left unawaited would reject when the thread is closed: vitest fails the file.
      await expect(run?.emit(model)).rejects.toThrow(/ColorValues.*clashes/);
      await run?.close();
    } finally {
      await removeDir(root);
    }
  }, 60_000);
});
