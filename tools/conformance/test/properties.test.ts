import type { JsonSchema } from '@workflows-api/codegen/validators/normalise';
import {
  schemaNames,
  type ValidationResult,
  validate,
  validateRequest,
  validateResponse,
} from '@workflows-api/validators';
import type { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFor } from '../src/arbitrary.js';
import { mutationsOf } from '../src/mutations.js';
import { type BodyTarget, compileSpecAtRuntime } from '../src/runtime-ajv.js';

const RUNS = 500;
const runtime = await compileSpecAtRuntime();

/** A schema whose documents are generated and mutated, with the two validators that judge them. */
interface Target {
  label: string;
  schema: JsonSchema;
  generated(data: unknown): ValidationResult<unknown>;
  runtime: ValidateFunction;
}

type Operation = Parameters<typeof validateRequest>[0];
type Schema = Parameters<typeof validate>[0];

function bodyTarget(body: BodyTarget): Target {
  const op = body.operationId as Operation;
  return {
    label: body.label,
    schema: body.schema,
    generated: (data) =>
      body.where === 'request' ? validateRequest(op, data) : validateResponse(op, body.where, data),
    runtime: body.validate,
  };
}

// One target per distinct body schema (the archive operations share theirs, most
// errors share ProblemDetails), so each operation's wiring is checked...
const bodies = new Map<string, Target>();
for (const body of runtime.bodies) {
  const key = JSON.stringify(body.schema);
  if (!bodies.has(key)) {
    bodies.set(key, bodyTarget(body));
  }
}
// ...and one per component schema the spec has (read from the spec, never a
// list), so a schema added to the spec is generated and mutated at its root.
const components: Target[] = Object.keys(runtime.schemas).map((name) => ({
  label: `schema ${name}`,
  schema: { $ref: name },
  generated: (data) => validate(name as Schema, data),
  runtime: runtime.validators[name] as ValidateFunction,
}));
const targets = [...bodies.values(), ...components];

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

describe.each(targets.map((t) => [t.label, t] as const))('%s', (_label, target) => {
  const documents = arbitraryFor(target.schema, { schemas: runtime.schemas });

  it(`accepts ${RUNS} generated valid documents (generated and runtime validators)`, () => {
    assertWithSeed(
      fc.property(documents, (doc) => {
        const result = target.generated(doc);
        if (!result.valid) {
          throw new Error(
            `generated validator rejected ${JSON.stringify(doc)}: ${JSON.stringify(result.errors)}`,
          );
        }
        if (!target.runtime(doc)) {
          throw new Error(
            `runtime AJV rejected ${JSON.stringify(doc)}: ${JSON.stringify(target.runtime.errors)}`,
          );
        }
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
        if (!mutation) {
          return;
        }
        const broken = mutation.apply(doc);
        const what = `${mutation.kind} at ${mutation.path || '(root)'} of ${JSON.stringify(broken)}`;
        const result = target.generated(broken);
        if (result.valid) {
          throw new Error(`generated validator accepted ${what}`);
        }
        if (!result.errors.some((e) => e.path === mutation.path)) {
          throw new Error(
            `generated validator reported no issue at ${mutation.path} for ${what}: ${JSON.stringify(result.errors)}`,
          );
        }
        if (target.runtime(broken)) {
          throw new Error(`runtime AJV accepted ${what}`);
        }
        // The original must be untouched by the mutation and by validation.
        expect(target.generated(doc).valid).toBe(true);
      }) as unknown as fc.IProperty<[unknown]>,
      `${target.label} mutations`,
    );
  });
});

it('covers every request and response body and every component schema of the spec', () => {
  for (const body of runtime.bodies) {
    expect(bodies.has(JSON.stringify(body.schema))).toBe(true);
  }
  const covered = components.map((t) => t.label.replace(/^schema /, '')).sort();
  expect(covered).toEqual(Object.keys(runtime.schemas).sort());
  // The spec's list is the published one: nothing generated is left out.
  expect(covered).toEqual([...schemaNames].sort());
  for (const t of components) {
    expect(typeof t.runtime, t.label).toBe('function');
  }
});
