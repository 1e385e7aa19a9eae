import { validateRequest, validateResponse } from '@workflows-api/validators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFor } from '../src/arbitrary.js';
import { mutationsOf } from '../src/mutations.js';
import { type BodyTarget, compileSpecAtRuntime } from '../src/runtime-ajv.js';

const RUNS = 500;
const runtime = compileSpecAtRuntime();

// One target per distinct body schema: the archive operations share theirs, most errors share ProblemDetails.
const targets = new Map<string, BodyTarget>();
for (const body of runtime.bodies) {
  const key = JSON.stringify(body.schema);
  if (!targets.has(key)) targets.set(key, body);
}

type Operation = Parameters<typeof validateRequest>[0];

function generated(target: BodyTarget, data: unknown) {
  const op = target.operationId as Operation;
  return target.where === 'request'
    ? validateRequest(op, data)
    : validateResponse(op, target.where, data);
}

/** Runs a property with a seed that is printed when it fails, so the failure can be replayed. */
function assertWithSeed(
  property: fc.IProperty<[unknown]> | fc.IPropertyWithHooks<[unknown]>,
  label: string,
) {
  const seed = process.env.FC_SEED
    ? Number(process.env.FC_SEED)
    : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  try {
    fc.assert(property as fc.IRawProperty<[unknown]>, { numRuns: RUNS, seed });
  } catch (err) {
    console.error(`${label}: property failed with seed ${seed}; replay with FC_SEED=${seed}`);
    throw err;
  }
}

describe.each([...targets.values()].map((t) => [t.label, t] as const))('%s', (_label, target) => {
  const documents = arbitraryFor(target.schema, { schemas: runtime.schemas });

  it(`accepts ${RUNS} generated valid documents (generated and runtime validators)`, () => {
    assertWithSeed(
      fc.property(documents, (doc) => {
        const result = generated(target, doc);
        if (!result.valid)
          throw new Error(
            `generated validator rejected ${JSON.stringify(doc)}: ${JSON.stringify(result.errors)}`,
          );
        if (!target.validate(doc))
          throw new Error(
            `runtime AJV rejected ${JSON.stringify(doc)}: ${JSON.stringify(target.validate.errors)}`,
          );
      }),
      `${target.label} valid`,
    );
  });

  it(`rejects ${RUNS} mutated documents at the mutated place`, () => {
    const mutated = fc
      .tuple(documents, fc.nat())
      .map(([doc, pick]) => {
        const mutations = mutationsOf(doc, target.schema, runtime.schemas);
        const mutation = mutations[pick % Math.max(1, mutations.length)];
        return { doc, mutation };
      })
      .filter((m) => m.mutation !== undefined);
    assertWithSeed(
      fc.property(mutated, ({ doc, mutation }) => {
        if (!mutation) return;
        const broken = mutation.apply(doc);
        const what = `${mutation.kind} at ${mutation.path || '(root)'} of ${JSON.stringify(broken)}`;
        const result = generated(target, broken);
        if (result.valid) throw new Error(`generated validator accepted ${what}`);
        if (!result.errors.some((e) => e.path === mutation.path)) {
          throw new Error(
            `generated validator reported no issue at ${mutation.path} for ${what}: ${JSON.stringify(result.errors)}`,
          );
        }
        if (target.validate(broken)) throw new Error(`runtime AJV accepted ${what}`);
        // The original must be untouched by the mutation and by validation.
        expect(generated(target, doc).valid).toBe(true);
      }) as unknown as fc.IProperty<[unknown]>,
      `${target.label} mutations`,
    );
  });
});

it('covers every request and response body schema of the spec', () => {
  const labels = [...targets.values()].map((t) => t.label);
  // 13 component request bodies, the archive id list, and the distinct response bodies.
  expect(labels.length).toBeGreaterThanOrEqual(20);
  for (const body of runtime.bodies) expect(targets.has(JSON.stringify(body.schema))).toBe(true);
});
