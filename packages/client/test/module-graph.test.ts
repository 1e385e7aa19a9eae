import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findCircle,
  type ModuleGraph,
  reachable,
  readModuleGraph,
} from './helpers/module-graph.js';

const srcDir = fileURLToPath(new URL('../src', import.meta.url));

describe('the import graph of src', () => {
  it('has no import circle, counting type-only imports and import()', () => {
    expect(findCircle(readModuleGraph(srcDir))).toBeUndefined();
  });

  it('finds a circle when there is one', () => {
    const graph: ModuleGraph = new Map([
      ['a.ts', [{ to: 'b.ts', kind: 'static' }]],
      [
        'b.ts',
        [
          { to: 'c.ts', kind: 'dynamic' },
          { to: 'openapi-fetch', kind: 'static' },
        ],
      ],
      ['c.ts', [{ to: 'b.ts', kind: 'type' }]],
    ]);
    expect(findCircle(graph)).toEqual(['b.ts', 'c.ts', 'b.ts']);
    graph.set('c.ts', []);
    expect(findCircle(graph)).toBeUndefined();
  });

  it('reads every kind of edge', () => {
    const graph = readModuleGraph(srcDir);
    const edges = (from: string) => graph.get(from)?.map(({ to, kind }) => `${kind} ${to}`);
    expect(edges('call-operation.ts')).toEqual(
      expect.arrayContaining([
        'type call.ts',
        'static errors.ts',
        'dynamic failed-attempt.ts',
        'type validation.ts',
      ]),
    );
    expect(edges('index.ts')).toEqual(expect.arrayContaining(['type generated/resources.ts']));
    expect(reachable(graph, 'index.ts', ['static']).has('errors.ts')).toBe(true);
  });
});

/** The modules table of src/README.md: module → when it loads. */
function documentedLoading(): Map<string, string> {
  const readme = readFileSync(new URL('../src/README.md', import.meta.url), 'utf8');
  const rows = readme.matchAll(
    /^\| `([^`]+)` +\| (up front|on demand|bulk entry|types only) +\|/gm,
  );
  return new Map([...rows].map(([, module, loads]) => [module as string, loads as string]));
}

describe('what the entry loads up front (src/README.md)', () => {
  const graph = readModuleGraph(srcDir);
  const upFront = reachable(graph, 'index.ts', ['static']);
  const atRunTime = reachable(graph, 'index.ts', ['static', 'dynamic']);
  // `@workflows-api/client/bulk`: its own entry, never loaded by the client's.
  const bulkEntry = reachable(graph, 'bulk.ts', ['static', 'dynamic']);
  const loading = (module: string) =>
    upFront.has(module)
      ? 'up front'
      : atRunTime.has(module)
        ? 'on demand'
        : bulkEntry.has(module)
          ? 'bulk entry'
          : 'types only';

  it('loads up front exactly the modules the README lists so', () => {
    const documented = [...documentedLoading()]
      .filter(([, loads]) => loads === 'up front')
      .map(([module]) => module);
    expect([...upFront].sort()).toEqual(documented.sort());
  });

  it('loads every other module of the README as it says, and the README lists every module', () => {
    const documented = documentedLoading();
    const modules = new Set([...graph.keys(), ...[...graph.values()].flat().map((e) => e.to)]);
    expect(Object.fromEntries([...modules].sort().map((m) => [m, loading(m)]))).toEqual(
      Object.fromEntries([...documented].sort()),
    );
  });

  it('keeps the failure path, polling, validation and openapi-fetch out of the first load', () => {
    for (const module of [
      'failed-attempt.ts',
      'retry-decision.ts',
      'error-factory.ts',
      'bulk-jobs.ts',
      'validation.ts',
      'openapi-fetch',
      '@workflows-api/validators',
    ]) {
      expect(loading(module)).toBe('on demand');
    }
  });
});
