import { describe, expect, it } from 'vitest';
import { summarize } from '../src/measure.js';
import { addFlatSchemas, editOneSchema, replicateSpec } from '../src/replicate-spec.js';

type JsonLike = Record<string, unknown>;

const spec = {
  openapi: '3.0.3',
  paths: {
    '/a': {
      get: {
        operationId: 'getA',
        'x-speakeasy-group': 'as',
        responses: {
          200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
      B: { type: 'string' },
    },
  },
};

describe('replicateSpec', () => {
  it('gives each copy of a renamed schema its own former names', () => {
    const renamed = {
      ...spec,
      components: {
        schemas: { ...spec.components.schemas, C: { type: 'string', 'x-former-names': ['Old'] } },
      },
    };
    const out = replicateSpec(renamed, 2).components as { schemas: Record<string, JsonLike> };
    expect(out.schemas.C?.['x-former-names']).toEqual(['Old']);
    expect(out.schemas.CCopy1?.['x-former-names']).toEqual(['OldCopy1']);
  });

  it('copies schemas and operations under new names, refs pointing at their own copy', () => {
    const out = replicateSpec(spec, 3) as typeof spec & { paths: Record<string, unknown> };
    expect(Object.keys(out.components.schemas)).toEqual([
      'A',
      'B',
      'ACopy1',
      'BCopy1',
      'ACopy2',
      'BCopy2',
    ]);
    expect(Object.keys(out.paths)).toEqual(['/a', '/copy1/a', '/copy2/a']);
    const copy = out.components.schemas as unknown as Record<
      string,
      { properties: { b: { $ref: string } } }
    >;
    expect(copy.ACopy2?.properties.b.$ref).toBe('#/components/schemas/BCopy2');
    const op = (
      out.paths['/copy1/a'] as { get: { operationId: string; 'x-speakeasy-group': string } }
    ).get;
    expect(op.operationId).toBe('getACopy1');
    expect(op['x-speakeasy-group']).toBe('asCopy1');
    expect(spec.components.schemas.A.properties.b.$ref).toBe('#/components/schemas/B');
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => replicateSpec(spec, 0)).toThrow(/positive integer/);
  });
});

describe('summarize', () => {
  it('gives median, min and max', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
    expect(() => summarize([])).toThrow();
  });
});

describe('addFlatSchemas', () => {
  it('adds the schemas, each $ref resolving, in short chains', () => {
    const out = addFlatSchemas(spec, 45);
    const schemas = (out.components as JsonLike).schemas as Record<string, JsonLike>;
    expect(Object.keys(schemas)).toHaveLength(2 + 45 + 45);
    const refs = JSON.stringify(schemas).match(/#\/components\/schemas\/[\w]+/g) ?? [];
    for (const ref of refs) {
      expect(schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
    }
    expect(schemas.Flat20?.properties).not.toHaveProperty('previous');
    expect(schemas.Flat21?.properties).toHaveProperty('previous', {
      $ref: '#/components/schemas/Flat20',
    });
    // The input is left as it was.
    expect(Object.keys(spec.components.schemas)).toEqual(['A', 'B']);
  });
});

describe('editOneSchema', () => {
  it('version 1 adds one property to one schema; version 0 is the document as is', () => {
    expect(editOneSchema(spec, 0)).toBe(spec);
    const edited = editOneSchema(spec, 1);
    const schemas = (edited.components as JsonLike).schemas as Record<string, JsonLike>;
    expect(Object.keys(schemas.A?.properties ?? {})).toEqual(['b', 'benchEdit']);
    expect(schemas.B).toBe(spec.components.schemas.B);
    expect(Object.keys(spec.components.schemas.A.properties)).toEqual(['b']);
  });
});
