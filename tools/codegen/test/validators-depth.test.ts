import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DATA_DEPTH } from '../src/emitters/validators/depth-limit.js';
import { VALIDATORS_OUT_DIR, validatorsEmitter } from '../src/emitters/validators.js';
import { runPipeline } from '../src/pipeline.js';
import { miniSpec, removeDir } from './helpers.js';

/**
 * The validator of a recursive schema recurses once (or more) per level of
 * the data: data nested past `MAX_DATA_DEPTH` levels of arrays and objects is
 * an issue at its pointer, never a `RangeError`.
 */
interface Validator {
  (data: unknown): boolean;
  errors?: { instancePath: string; keyword: string; params: unknown; message: string }[] | null;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const dirs: string[] = [];
let mod: Record<string, Validator>;
let source: string;

/** Generates the validators of `schemas` and imports them. */
async function generate(schemas: Record<string, unknown>) {
  const { root, file } = await miniSpec('depth', schemas);
  dirs.push(root);
  await runPipeline({ specFile: file, rootDir: root, emitters: [validatorsEmitter] });
  const standalone = path.join(root, VALIDATORS_OUT_DIR, 'standalone.ts');
  return {
    mod: (await import(pathToFileURL(standalone).href)) as Record<string, Validator>,
    source: await readFile(standalone, 'utf8'),
  };
}

/** A tree of `nodes` nodes, each the only child of the one before: 2 levels per node. */
function tree(nodes: number, leafChildren?: unknown[]): unknown {
  let node: Record<string, unknown> = { name: `n${nodes}` };
  if (leafChildren) {
    node.children = leafChildren;
  }
  for (let i = nodes - 1; i >= 1; i--) {
    node = { name: `n${i}`, children: [node] };
  }
  return node;
}

beforeAll(async () => {
  // Slow → Hop0 → … → Hop98 → Slow: a cycle of 100 $refs per object of the data.
  const hops: Record<string, unknown> = {};
  for (let i = 0; i < 99; i++) {
    hops[`Hop${i}`] = { allOf: [ref(i === 98 ? 'Slow' : `Hop${i + 1}`)] };
  }
  ({ mod, source } = await generate({
    Thing: { type: 'object', properties: { tree: ref('Tree'), id: { type: 'integer' } } },
    Flat: { type: 'object', additionalProperties: {} },
    Tree: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' }, children: { type: 'array', items: ref('Tree') } },
    },
    Slow: {
      type: 'object',
      properties: { children: { type: 'array', items: ref('Hop0') } },
    },
    ...hops,
  }));
}, 120_000);

afterAll(() => Promise.all(dirs.map(removeDir)));

describe('the validators of recursive schemas', () => {
  it(`accept data nested ${MAX_DATA_DEPTH} levels deep and check it all`, () => {
    expect(MAX_DATA_DEPTH).toBe(1000);
    const Tree = mod.Tree as Validator;
    // 500 nodes and the last one's empty list: 1,000 levels.
    expect(Tree(tree(500, []))).toBe(true);
    expect(Tree(tree(499, [{ name: 7 }]))).toBe(false);
    expect(Tree.errors).toMatchObject([
      { instancePath: `${'/children/0'.repeat(499)}/name`, keyword: 'type' },
    ]);
  });

  it('report deeper data as one maxDepth issue at the first value past the limit', () => {
    const Tree = mod.Tree as Validator;
    const Thing = mod.Thing as Validator;
    for (const nodes of [501, 2_500, 50_000]) {
      expect(Tree(tree(nodes))).toBe(false);
      expect(Tree.errors).toEqual([
        {
          instancePath: '/children/0'.repeat(500),
          schemaPath: '#',
          keyword: 'maxDepth',
          params: { limit: 1000 },
          message:
            'is nested deeper than 1000 levels of arrays and objects, the most the validators check',
        },
      ]);
    }
    // A schema that reaches a recursive one is bounded too.
    expect(Thing({ tree: tree(50_000) })).toBe(false);
    expect(Thing.errors?.[0]).toMatchObject({
      instancePath: `/tree${'/children/0'.repeat(499)}/children`,
      keyword: 'maxDepth',
    });
    expect(Thing({ id: 1, tree: tree(3) })).toBe(true);
  });

  it('report a stack exhausted within the limit (100 $refs per object) at the root, not as a throw', () => {
    const Slow = mod.Slow as Validator;
    let data: unknown = {};
    for (let i = 0; i < 499; i++) {
      data = { children: [data] };
    }
    expect(Slow(data)).toBe(false);
    expect(Slow.errors).toEqual([
      expect.objectContaining({ instancePath: '', keyword: 'maxDepth' }),
    ]);
    expect(Slow({ children: [{ children: [] }] })).toBe(true);
  });

  it('leave the validators of other schemas as AJV wrote them', async () => {
    const Flat = mod.Flat as Validator;
    expect(Flat(JSON.parse(`${'['.repeat(5_000)}${']'.repeat(5_000)}`))).toBe(false);
    expect(Flat({ deep: JSON.parse(`${'['.repeat(5_000)}${']'.repeat(5_000)}`) })).toBe(true);
    expect(source).toContain('the most the validators check');
    const plain = await generate({
      Thing: { type: 'object', properties: { id: { type: 'integer' } } },
    });
    expect(plain.source).not.toContain('the most the validators check');
  }, 60_000);
});
