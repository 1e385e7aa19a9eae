import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRepresentable } from '../src/check-representable.js';
import { openSpec } from '../src/load-spec.js';
import { SpecError } from '../src/spec-error.js';
import { miniSpec, removeDir } from './helpers.js';

/**
 * `openSpec` leaves the checks of a spec in one file to `check()`, which generation runs
 * while its emitters work (the pipeline reports their errors first: bad-spec.test.ts holds
 * that through the CLI); a spec of several files is checked before it is bundled, so that
 * its problems are reported in the files as written.
 */
const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeDir));
});

async function spec(schemas: Record<string, unknown>, files: Record<string, string> = {}) {
  const made = await miniSpec('spec-checks', schemas);
  roots.push(made.root);
  for (const [name, text] of Object.entries(files)) {
    await writeFile(path.join(path.dirname(made.file), name), text);
  }
  return made.file;
}

const rejection = async (promise: Promise<unknown>): Promise<SpecError> => {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
};

describe('openSpec', () => {
  it('gives a spec in one file before its checks, and check() refuses it, located', async () => {
    const file = await spec({ Thing: { type: 'objekt' } });
    const opened = await openSpec(file);
    expect(opened.spec.document).toMatchObject({ components: { schemas: { Thing: {} } } });
    const error = await rejection(opened.check());
    expect(error.message).toMatch(
      /openapi\.yaml:\d+:\d+ \(at #\/components\/schemas\/Thing\/type\)/,
    );
  });

  it('checks what the generators can represent in check(), after the validity rules', async () => {
    const file = await spec({ Thing: { type: 'object', not: { required: ['id'] } } });
    const opened = await openSpec(file);
    const error = await rejection(opened.check());
    expect(error.message).toMatch(
      /#\/components\/schemas\/Thing\/not\): schema keyword "not" is not supported/,
    );
  });

  it('reads a spec with an array of 500,000 items (no spread of it on the way)', async () => {
    const file = await spec({ Thing: { type: 'object', 'x-many': new Array(500_000).fill(0) } });
    const opened = await openSpec(file);
    await expect(opened.check()).resolves.toBeUndefined();
  }, 60_000);

  it("gives a spec in one file as parsed (its own bundle); check() reports a $ref to nothing, in Redocly's words", async () => {
    const file = await spec({ Thing: { $ref: '#/components/schemas/Nothing' } });
    const opened = await openSpec(file);
    expect(opened.spec.document).toMatchObject({
      components: { schemas: { Thing: { $ref: '#/components/schemas/Nothing' } } },
    });
    const error = await rejection(opened.check());
    expect(error.message).toMatch(/Can't resolve \$ref "#\/components\/schemas\/Nothing"/);
  });

  it('checks a spec of several files before it returns, in the file the problem is in', async () => {
    const file = await spec(
      { Thing: { $ref: './Thing.yaml' } },
      { 'Thing.yaml': 'type: object\nproperties:\n  size:\n    type: integr\n' },
    );
    const error = await rejection(openSpec(file));
    expect(error.message).toMatch(/Thing\.yaml:4:\d+ \(at #\/properties\/size\/type\)/);
  });

  it('bundles a valid spec of several files, whose check() then has nothing left to do', async () => {
    const file = await spec(
      { Thing: { $ref: './Thing.yaml' } },
      { 'Thing.yaml': 'type: object\nproperties:\n  size:\n    type: integer\n' },
    );
    const opened = await openSpec(file);
    await expect(opened.check()).resolves.toBeUndefined();
    expect(opened.spec.document).toMatchObject({
      components: { schemas: { Thing: { properties: { size: { type: 'integer' } } } } },
    });
    expect(opened.spec.sources?.map((s) => path.basename(s.file))).toEqual([
      'openapi.yaml',
      'Thing.yaml',
    ]);
  });
});

describe('checkRepresentable: numbers JSON cannot carry', () => {
  it('finds one at any depth or index, without recursion, and names its pointer', () => {
    let deep: Record<string, unknown> = { last: Number.NEGATIVE_INFINITY };
    for (let i = 0; i < 50_000; i++) {
      deep = { n: deep };
    }
    const long = Array.from({ length: 500_000 }, (_, i) => i);
    long[499_999] = Number.NaN;
    const problems = checkRepresentable({
      openapi: '3.0.3',
      'x-deep': deep,
      'x-long': long,
      'x-fine': [0, -0, 1.5, Number.MAX_VALUE],
    });
    expect(problems.map((p) => p.pointer)).toEqual([
      `/x-deep${'/n'.repeat(50_000)}/last`,
      '/x-long/499999',
    ]);
    expect(problems[0]?.message).toMatch(/^-Infinity \(YAML -\.inf\) is not a number JSON/);
  });
});
