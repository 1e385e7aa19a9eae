import { describe, expect, it } from 'vitest';
import {
  normaliseComponents,
  normaliseSchema,
  SchemaNormaliseError,
} from '../src/emitters/validators/normalise.js';

describe('normaliseSchema (OpenAPI 3.0 → JSON Schema draft-07)', () => {
  it('nullable with a type adds null to the type', () => {
    expect(normaliseSchema({ type: 'string', nullable: true }, '#')).toEqual({
      type: ['string', 'null'],
    });
    expect(normaliseSchema({ type: 'string', nullable: false }, '#')).toEqual({ type: 'string' });
  });

  it('nullable enum gets null among its values', () => {
    expect(normaliseSchema({ type: 'string', enum: ['A', 'B'], nullable: true }, '#')).toEqual({
      type: ['string', 'null'],
      enum: ['A', 'B', null],
    });
    expect(normaliseSchema({ enum: ['A'], nullable: true }, '#')).toEqual({ enum: ['A', null] });
  });

  it('nullable next to $ref or allOf becomes an anyOf with null', () => {
    expect(normaliseSchema({ $ref: '#/components/schemas/Budget', nullable: true }, '#')).toEqual({
      anyOf: [{ $ref: 'Budget' }, { type: 'null' }],
    });
    expect(
      normaliseSchema(
        { allOf: [{ $ref: '#/components/schemas/Budget' }], nullable: true, description: 'd' },
        '#',
      ),
    ).toEqual({ description: 'd', anyOf: [{ allOf: [{ $ref: 'Budget' }] }, { type: 'null' }] });
  });

  it('keeps the meaning of keywords next to $ref by moving the ref into allOf', () => {
    expect(normaliseSchema({ $ref: '#/components/schemas/Name', minLength: 2 }, '#')).toEqual({
      minLength: 2,
      allOf: [{ $ref: 'Name' }],
    });
  });

  it('turns OpenAPI 3.0 boolean exclusive bounds into draft-07 numbers', () => {
    expect(
      normaliseSchema(
        { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 5, exclusiveMaximum: false },
        '#',
      ),
    ).toEqual({
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 5,
    });
  });

  it('drops OpenAPI-only keywords and extensions, keeps additionalProperties as written', () => {
    expect(
      normaliseSchema(
        {
          type: 'object',
          example: { a: 1 },
          'x-internal': true,
          additionalProperties: {},
          properties: { nullable: { type: 'boolean' } },
        },
        '#',
      ),
    ).toEqual({
      type: 'object',
      additionalProperties: {},
      properties: { nullable: { type: 'boolean' } },
    });
  });

  it('refuses formats it cannot check, naming where', () => {
    expect(() =>
      normaliseSchema(
        { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } },
        '#/components/schemas/X',
      ),
    ).toThrow(
      '#/components/schemas/X/properties/id/format: format "uuid" is not supported by the validators',
    );
  });

  it('refuses $refs that do not name a whole component schema', () => {
    expect(() => normaliseSchema({ $ref: 'other.yaml#/Foo' }, '#/a')).toThrow(SchemaNormaliseError);
    expect(() => normaliseSchema({ $ref: '#/components/schemas/A/properties/b' }, '#/a')).toThrow(
      /points inside/,
    );
  });

  it('does not change its input', () => {
    const input = {
      type: 'object',
      nullable: true,
      properties: { a: { type: 'string', nullable: true, enum: ['x'] } },
    };
    const copy = structuredClone(input);
    normaliseSchema(input, '#');
    expect(input).toEqual(copy);
  });
});

describe('normaliseComponents', () => {
  it('gives each component its $id, in name order', () => {
    const out = normaliseComponents({
      components: { schemas: { B: { type: 'string' }, A: { $ref: '#/components/schemas/B' } } },
    });
    expect(Object.keys(out)).toEqual(['A', 'B']);
    expect(out.A).toEqual({ $id: 'A', $ref: 'B' });
  });
});
