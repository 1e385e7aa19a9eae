import { describe, expect, it } from 'vitest';
import * as types from '../src/index.js';

describe('XValues of every string enum', () => {
  const enums = Object.entries(types).filter(
    ([name, value]) => Array.isArray(value) && name !== 'schemaNames' && name !== 'operationIds',
  ) as [string, readonly unknown[]][];

  it('exist for each enum and hold exactly its values, each under its own name', () => {
    expect(enums.length).toBeGreaterThan(20);
    for (const [name, values] of enums) {
      if (!values.every((v) => typeof v === 'string')) {
        continue;
      }
      const byName = (types as Record<string, unknown>)[`${name}Values`];
      expect(byName, name).toEqual(Object.fromEntries(values.map((v) => [v, v])));
    }
  });
});
