import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtEntry } from '../../../test-support/built-entry.js';
import { emitters } from '../src/emitters/index.js';
import { OPENAPI_TS_OPTIONS, renderOpenapiTypes } from '../src/emitters/openapi-ts.js';
import { compileErrors, ExportCompileError } from '../src/emitters/validators/standalone-code.js';
import { type JsonObject, loadSpec } from '../src/load-spec.js';
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

describe("the validators' compile thread (the build)", () => {
  it('compiles a chain of 5,000 $refs, which runs this thread out of stack', async () => {
    type Validators = typeof import('../src/emitters/validators.js');
    const { validatorsEmitter: built } = (await import(
      pathToFileURL(builtEntry(codegenDir, 'dist/emitters/validators.js')).href
    )) as Validators;
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const schemas: Record<string, unknown> = {
      Thing: { type: 'object', properties: { first: ref('S0') } },
    };
    for (let i = 0; i < 5_000; i++) {
      schemas[`S${i}`] = {
        type: 'object',
        properties: i + 1 < 5_000 ? { next: ref(`S${i + 1}`) } : { last: { type: 'string' } },
      };
    }
    const { root, file } = await miniSpec('chain-worker', schemas);
    try {
      const document = JSON.parse(await readFile(file, 'utf8')) as JsonObject;
      const model = buildModel({ file, document, hash: '', sources: [] }, 'spec/openapi.yaml');
      // In this thread (the sources' way) AJV runs out of stack: large-specs.test.ts.
      const files = await built.emit(model);
      const standalone = files.find((f) => f.path.endsWith('/standalone.ts'));
      expect(standalone?.contents).toMatch(/export\s*\{[^}]*\bS4999\b/);
    } finally {
      await removeDir(root);
    }
  }, 120_000);
});

describe("the validators' compile errors across the thread boundary", () => {
  it('keep the export, the message and whether AJV ran out of stack', () => {
    const overflow = new ExportCompileError(
      'S0',
      new RangeError('Maximum call stack size exceeded'),
    );
    const back = compileErrors.decode(structuredClone(compileErrors.encode(overflow)));
    expect(back).toBeInstanceOf(ExportCompileError);
    expect((back as ExportCompileError).exportName).toBe('S0');
    expect(back.cause).toBeInstanceOf(RangeError);
    expect(back.message).toBe(overflow.message);

    const plain = compileErrors.decode(
      structuredClone(compileErrors.encode(new Error('AJV could not compile'))),
    );
    expect(plain).not.toBeInstanceOf(ExportCompileError);
    expect(plain.message).toBe('AJV could not compile');
  });
});
