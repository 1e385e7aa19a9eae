import { describe, expect, it } from 'vitest';
import {
  compilePart,
  compileStandalone,
  FORMATS_IMPLIED_BY_TYPE,
} from '../src/emitters/validators/compile.js';
import type { JsonSchema } from '../src/emitters/validators/normalise.js';
import { expectAgreementWithAjv } from './ajv-agreement.js';

/**
 * `float` and `double` are left out of the code AJV compiles: AJV checks a number format
 * only on a finite number, and those formats ask no more. These tests fail if either stops
 * being true (a format that asks more, or AJV's number check loosened).
 */
const schemas: JsonSchema[] = [
  { $id: 'Double', type: 'number', format: 'double' },
  { $id: 'NullableFloat', type: ['number', 'null'], format: 'float', minimum: -1 },
  { $id: 'IntegerDouble', type: 'integer', format: 'double' },
  { $id: 'StringDouble', type: 'string', format: 'double' },
  // Data, not a schema: kept as written.
  { $id: 'Constant', const: { type: 'number', format: 'double' } },
  {
    $id: 'Holder',
    type: 'object',
    properties: {
      amount: { type: 'number', format: 'double' },
      // A property named `format` is a name, not the keyword.
      properties: { type: 'object', properties: { format: { type: 'string', enum: ['double'] } } },
    },
  },
];

const samples: unknown[] = [
  0,
  -0,
  1,
  -1.5,
  2.5,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  2 ** 53 + 2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '1.5',
  null,
  true,
  [],
  {},
  { amount: 1.25 },
  { amount: Number.NaN },
  { amount: Number.POSITIVE_INFINITY },
  { amount: '3' },
  { properties: { format: 'double' } },
  { properties: { format: 'float' } },
  { type: 'number', format: 'double' },
  { type: 'number' },
];

describe('validators: formats the number check already implies', () => {
  it('are not compiled into a format call; other formats are', () => {
    const code = compilePart({ schemas, nameOffset: 0 });
    expect(code).not.toMatch(/formats\d*\.validate/);
    expect(code).toContain('#/properties/properties/properties/format/enum');
    expect(code).toContain('"format":"double"');
    const int32 = compilePart({
      schemas: [{ $id: 'Int', type: 'integer', format: 'int32' }],
      nameOffset: 0,
    });
    expect(int32).toMatch(/formats\d*\.validate/);
    expect([...FORMATS_IMPLIED_BY_TYPE].sort()).toEqual(['double', 'float']);
  });

  it('are still refused without a type, as AJV refuses them (strictTypes)', async () => {
    await expect(
      compileStandalone({
        schemas: [{ $id: 'FormatOnly', format: 'double' }],
        exports: { FormatOnly: 'FormatOnly' },
      }),
    ).rejects.toThrow(/AJV refuses schema FormatOnly: .*missing type/);
  });

  it('give the verdicts and errors of AJV checking them, with and without paths', async () => {
    await expectAgreementWithAjv(schemas, samples);
  });
});
