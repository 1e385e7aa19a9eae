import { describe, expect, it } from 'vitest';
import { dropCallContext } from '../src/emitters/validators/drop-call-context.js';
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

describe('dropCallContext', () => {
  const signature =
    'function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){';
  const call =
    'validate2(data.a, {instancePath:instancePath+"/a",parentData:data,parentDataProperty:"a",rootData})';

  it('drops the call context nothing reads, and passes the instance path as a plain argument', () => {
    expect(dropCallContext(`${signature}${call}}`)).toBe(
      'function validate1(data, instancePath=""){validate2(data.a, instancePath!==false&&instancePath+"/a")}',
    );
    // An array item's path, and an error object (which keeps its members).
    const item =
      'validate2(data[i0], {instancePath:instancePath+"/list/" + i0,parentData:data,parentDataProperty:i0,rootData})';
    const error = 'const err0 = {instancePath:instancePath+"/x",schemaPath:"#/type"};';
    expect(dropCallContext(`${signature}${item};${error}}`)).toBe(
      `function validate1(data, instancePath=""){validate2(data[i0], instancePath!==false&&instancePath+"/list/" + i0);${error}}`,
    );
  });

  it('builds no path when called with false: the verdict alone, the same', () => {
    const code = dropCallContext(
      `${signature}return validate2(data.a, {instancePath:instancePath+"/a",parentData:data,parentDataProperty:"a",rootData})}`,
    );
    const seen: unknown[] = [];
    const validate1 = new Function('validate2', `${code}; return validate1;`)(
      (_data: unknown, path: unknown) => {
        seen.push(path);
        return true;
      },
    ) as (data: unknown, path?: string | false) => boolean;
    expect(validate1({ a: 1 }, false)).toBe(true);
    expect(validate1({ a: 1 })).toBe(true);
    expect(validate1({ a: 1 }, '/items/3')).toBe(true);
    expect(seen).toEqual([false, '/a', '/items/3/a']);
  });

  it('keeps the options object when a call passes anything besides the path', () => {
    const other = 'validate3(data.b, {instancePath:instancePath+"/b",dynamicAnchors})';
    expect(dropCallContext(`${signature}${call};${other}}`)).toBe(
      `${signature}validate2(data.a, {instancePath:instancePath+"/a"});${other}}`,
    );
  });

  it('leaves the code as is when something reads it', () => {
    const code = `${signature}${call};parentData[parentDataProperty] = 1;}`;
    expect(dropCallContext(code)).toBe(code);
  });
});
