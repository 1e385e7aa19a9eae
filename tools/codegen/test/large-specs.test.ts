import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { afterAll, describe, expect, it } from 'vitest';
import { standaloneAjvOptions } from '../src/emitters/validators/compile.js';
import { normaliseComponents } from '../src/emitters/validators/normalise.js';
import { standaloneModule } from '../src/emitters/validators/standalone-code.js';
import { validatorsEmitter } from '../src/emitters/validators.js';
import { type JsonObject, loadSpec } from '../src/load-spec.js';
import { buildModel } from '../src/model.js';
import { longestRefChain } from '../src/ref-chains.js';
import { SpecError } from '../src/spec-error.js';
import { chainOfRefs as chain, miniSpec, removeDir, specFile } from './helpers.js';

/**
 * Specs far larger than ours, built in memory: no step may die of "Maximum
 * call stack size exceeded" without saying where, and the validators' module
 * is emitted in time linear in the number of schemas.
 */
const ajvStandaloneCode = ((
  standaloneCodeModule as unknown as { default?: typeof standaloneCodeModule }
).default ?? standaloneCodeModule) as unknown as (ajv: Ajv, refs: Record<string, string>) => string;

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

async function spec(prefix: string, schemas: Record<string, unknown>) {
  const written = await miniSpec(prefix, schemas);
  dirs.push(written.root);
  return written;
}

/** The SpecError `promise` rejects with. */
async function specError(promise: Promise<unknown>): Promise<SpecError> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}

function ajvWith(schemas: readonly JsonObject[]): Ajv {
  const ajv = new Ajv(standaloneAjvOptions());
  for (const schema of schemas) {
    ajv.addSchema(schema);
  }
  return ajv;
}

describe("the validators' standalone module", () => {
  it("is AJV's standaloneCode byte for byte, on the spec and on recursive schemas", async () => {
    const spec = await loadSpec(specFile);
    const recursive = normaliseComponents({
      components: {
        schemas: {
          Tree: {
            type: 'object',
            properties: {
              children: { type: 'array', items: ref('Tree') },
              owner: ref('Person'),
            },
          },
          Person: { type: 'object', properties: { friend: ref('Person'), tree: ref('Tree') } },
        },
      },
    });
    for (const components of [normaliseComponents(spec.document), recursive]) {
      const exports = Object.fromEntries(Object.keys(components).map((n) => [n, n]));
      const schemas = Object.values(components);
      expect(standaloneModule(ajvWith(schemas), exports)).toBe(
        ajvStandaloneCode(ajvWith(schemas), exports),
      );
    }
  }, 60_000);

  it('holds 20,000 schemas (AJV standaloneCode ran out of stack past about 10,000)', () => {
    const schemas = Array.from({ length: 20_000 }, (_, i) => ({ $id: `S${i}`, type: 'string' }));
    const exports = Object.fromEntries(schemas.map((s) => [s.$id, s.$id]));
    const code = standaloneModule(ajvWith(schemas), exports);
    expect(code.match(/export const S\d+ = /g)).toHaveLength(20_000);
    expect(code).toContain('export const S19999 = ');
  }, 60_000);
});

describe('a chain of $refs too long to follow by recursion', () => {
  it('names where the longest chain starts, without recursion of its own', () => {
    const document = { components: { schemas: chain(200_000) } };
    const found = longestRefChain(document);
    expect(found).toHaveLength(200_001);
    expect(found.slice(0, 3)).toEqual(['Thing', 'S0', 'S1']);
    expect(longestRefChain(document, 'S199998')).toEqual(['S199998', 'S199999']);
    // A cycle is followed once.
    const cycle = { components: { schemas: { A: ref('B'), B: ref('C'), C: ref('A') } } };
    expect(longestRefChain(cycle)).toEqual(['A', 'B', 'C']);
  });

  it('compiles in the validators emitter: each validator calls the next by name, AJV follows no $ref', async () => {
    const { file } = await spec('ajv-chain', chain(5_000));
    const document = JSON.parse(await readFile(file, 'utf8')) as JsonObject;
    const model = buildModel({ file, document, hash: '', sources: [] }, 'spec/openapi.yaml');
    const files = await validatorsEmitter.emit(model);
    const standalone = files.find((f) => f.path.endsWith('/standalone.ts'))?.contents ?? '';
    expect(standalone).toMatch(/\bS4999\b/);
  }, 120_000);

  // A spec in one file is bundled before it is linted (openSpec): the bundle is the first to fail.
  it('redocly out of stack: loadSpec names where the chain starts, with line and column', async () => {
    const { file } = await spec('redocly-chain', chain(20_000));
    const error = await specError(loadSpec(file));
    expect(error.problems).toHaveLength(1);
    expect(error.message).toMatch(
      /openapi\.yaml:\d+:\d+ \(at #\/components\/schemas\/Thing\): checking the spec \(redocly lint\) ran out of stack \(Maximum call stack size exceeded\) following \$refs: 20001 schemas/,
    );
  }, 60_000);
});

describe('nesting deeper than the parser goes', () => {
  it('is reported as such, at the line and column where the parser stopped', async () => {
    let deep: unknown = { type: 'string' };
    for (let i = 0; i < 200; i++) {
      deep = { type: 'object', properties: { inner: deep } };
    }
    const { file } = await spec('deep', { Thing: deep });
    const error = await specError(loadSpec(file));
    expect(error.problems).toEqual([
      expect.objectContaining({
        line: expect.any(Number),
        column: expect.any(Number),
        message: expect.stringMatching(/^nested more than 100 levels deep: the spec parser stops/),
      }),
    ]);
  });
});
