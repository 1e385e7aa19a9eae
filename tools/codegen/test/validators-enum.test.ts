import { describe, expect, it } from 'vitest';
import { compilePart } from '../src/emitters/validators/compile.js';
import type { JsonSchema } from '../src/emitters/validators/normalise.js';
import { expectAgreementWithAjv } from './ajv-agreement.js';

/**
 * A long enum of strings, numbers, booleans and nulls is checked with a Set instead of AJV's
 * loop of deep-equal calls: same verdicts and errors as AJV's own enum, on members, near
 * misses, other types and the names every object inherits.
 */
const strings = Array.from({ length: 12 }, (_, i) => `Value${i}`);
const schemas: JsonSchema[] = [
  { $id: 'Long', type: 'string', enum: strings },
  { $id: 'Mixed', enum: [0, 1, 2.5, '1', 'two', true, null, 'three', 'four'] },
  { $id: 'Short', type: 'string', enum: ['a', 'b', 'c'] },
  { $id: 'Objects', enum: [{ a: 1 }, [1, 2], 'x', 'y', 'z', 'w', 'v', 'u', 't'] },
  {
    $id: 'Holder',
    type: 'object',
    properties: {
      long: { $ref: 'Long' },
      inline: { enum: ['p', 'q', 'r', 's', 't', 'u', 'v', 'w'] },
    },
  },
];

const samples: unknown[] = [
  ...strings,
  'Value12',
  'value0',
  '',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  0,
  -0,
  1,
  '0',
  2.5,
  true,
  false,
  null,
  undefined,
  'two',
  'p',
  'w',
  { a: 1 },
  { a: 2 },
  [1, 2],
  [1],
  {},
  [],
  { long: 'Value3', inline: 'q' },
  { long: 'Value99', inline: 'z' },
  { long: 1 },
];

describe('validators: long enums of primitives', () => {
  it('are checked with a Set, not a loop of deep-equal calls; other enums stay as AJV writes them', () => {
    const code = compilePart({ schemas: schemas.slice(0, 3), nameOffset: 0 });
    expect(code).toContain('new Set(');
    // No deep equality left: the module needs no `equal` from AJV's runtime.
    expect(code).not.toContain('ajv/dist/runtime/equal');
    expect(compilePart({ schemas: [schemas[3] as JsonSchema], nameOffset: 0 })).toContain(
      'ajv/dist/runtime/equal',
    );
  });

  it("give AJV's own verdicts and errors, with and without instance paths", async () => {
    await expectAgreementWithAjv(schemas, samples);
  });
});
