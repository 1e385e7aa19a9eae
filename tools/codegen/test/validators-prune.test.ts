import { describe, expect, it } from 'vitest';
import { pruneSchemaConstants } from '../src/emitters/validators/prune-schema-constants.js';

describe('pruneSchemaConstants', () => {
  it('keeps only the parts of a schema constant that the code reads', () => {
    const code = [
      'const schema1 = {"$id":"A","type":"object","properties":{"a":{"type":["string","null"]},"b":{"type":"integer"},"c;d":{"enum":["x"]}}};',
      'function v(d){ if(!func2.call(schema1.properties, k)){} const p = {type: schema1.properties.a.type}; const e = schema1.properties["c;d"].enum; }',
    ].join('\n');
    const out = pruneSchemaConstants(code);
    const literal = /const schema1 = (.*);\n/.exec(out)?.[1];
    expect(JSON.parse(literal ?? 'null')).toEqual({
      properties: { a: { type: ['string', 'null'] }, b: 0, 'c;d': { enum: ['x'] } },
    });
    expect(out.endsWith(code.split('\n')[1] as string)).toBe(true);
  });

  it('leaves a constant whole when the code uses it as a value', () => {
    const code =
      'const schema2 = {"$id":"B","type":"string"};\nfunction v(){ return {schema: schema2}; }';
    expect(pruneSchemaConstants(code)).toBe(code);
  });
});
