import { describe, expect, it } from 'vitest';
import { typesEmitter } from '../src/emitters/types.js';
import { loadSpec } from '../src/load-spec.js';
import { buildModel } from '../src/model.js';
import { miniSpec, removeDir } from './helpers.js';

/** The types emitter's `XValues` objects: each string enum value by its own name. */
describe('enum values by name', () => {
  const thing = { type: 'object', properties: { color: { $ref: '#/components/schemas/Color' } } };

  async function schemasOf(schemas: Record<string, unknown>): Promise<string> {
    const spec = await miniSpec('enum-values', schemas);
    try {
      const model = buildModel(await loadSpec(spec.file), 'spec/openapi.yaml');
      const files = await typesEmitter.emit(model);
      return files.find((f) => f.path.endsWith('/schemas.ts'))?.contents ?? '';
    } finally {
      await removeDir(spec.root);
    }
  }

  it('names every value of a string enum, checked against the enum type', async () => {
    const out = await schemasOf({
      Thing: thing,
      Color: { type: 'string', enum: ['Red', 'DarkBlue'] },
    });
    expect(out).toContain(
      'export const ColorValues = {"Red":"Red","DarkBlue":"DarkBlue"} as const satisfies { readonly [V in Color]: V };',
    );
  });

  it('leaves out enums that are not all strings', async () => {
    const out = await schemasOf({ Thing: thing, Color: { type: 'integer', enum: [1, 2] } });
    expect(out).toContain('export const Color = [1,2]');
    expect(out).not.toContain('ColorValues');
  });

  it('refuses a schema whose name the values object would take', async () => {
    await expect(
      schemasOf({
        Thing: thing,
        Color: { type: 'string', enum: ['Red'] },
        ColorValues: { type: 'object' },
      }),
    ).rejects.toThrow('ColorValues, the values of enum Color, clashes with a schema of that name');
  });
});
