import { COMPONENT_REF_PREFIX } from './emitters/validators/normalise.js';
import type { JsonObject } from './json.js';
import { escapePointerToken } from './spec-location.js';

/**
 * The libraries that read a spec (redocly's linter and bundler, AJV's
 * compiler) follow each `$ref` by recursion: a long enough chain of schemas
 * that `$ref` one another exhausts the call stack, whatever the number of
 * schemas. Nesting inside one document is bounded by the parser (100 levels);
 * a chain of `$ref`s is not, so when one of them runs out of stack, this names
 * the longest chain, where it starts, as the likely cause.
 */

export function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /Maximum call stack size exceeded/.test(err.message);
}

/** Each schema's name → the names of the schemas its `$ref`s name. */
export type RefGraph = Map<string, string[]>;

/**
 * The `$ref`s of each schema of `schemas`, found with an explicit stack;
 * `targetOf` turns a `$ref` into a name of `schemas`, or undefined for any
 * other reference.
 */
export function refGraph(
  schemas: Record<string, unknown>,
  targetOf: (ref: string) => string | undefined,
): RefGraph {
  const graph: RefGraph = new Map();
  for (const [name, schema] of Object.entries(schemas)) {
    const targets = new Set<string>();
    const stack: unknown[] = [schema];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null || typeof node !== 'object') {
        continue;
      }
      const ref = (node as JsonObject).$ref;
      const target = typeof ref === 'string' ? targetOf(ref) : undefined;
      if (target !== undefined && Object.hasOwn(schemas, target)) {
        targets.add(target);
      }
      // One push per value: a spread of a long list would itself run out of stack.
      for (const value of Object.values(node)) {
        stack.push(value);
      }
    }
    graph.set(name, [...targets]);
  }
  return graph;
}

/**
 * Walks `graph` depth first with an explicit stack, from each of `roots`:
 * `leave` runs once per schema, after every schema it reaches (except those
 * still on the walk, which close a cycle) has been left.
 */
function walkGraph(
  graph: RefGraph,
  roots: Iterable<string>,
  leave: (name: string, closesCycle: boolean) => void,
): void {
  const left = new Set<string>();
  const open = new Set<string>();
  for (const root of roots) {
    if (left.has(root) || !graph.has(root)) {
      continue;
    }
    const stack = [{ name: root, edge: 0, closesCycle: false }];
    open.add(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const next = (graph.get(top.name) ?? [])[top.edge++];
      if (next === undefined) {
        leave(top.name, top.closesCycle);
        open.delete(top.name);
        left.add(top.name);
        stack.pop();
      } else if (open.has(next)) {
        top.closesCycle = true;
      } else if (!left.has(next)) {
        open.add(next);
        stack.push({ name: next, edge: 0, closesCycle: false });
      }
    }
  }
}

/**
 * The schemas from which a chain of `$ref`s reaches a cycle: their validators
 * recurse once per level of the data, as deep as the data goes.
 */
export function recursiveSchemas(graph: RefGraph): Set<string> {
  const recursive = new Set<string>();
  walkGraph(graph, graph.keys(), (name, closesCycle) => {
    if (closesCycle || (graph.get(name) ?? []).some((t) => recursive.has(t))) {
      recursive.add(name);
    }
  });
  return recursive;
}

/**
 * The longest chain of component schemas of `document`, each `$ref`ing the
 * next and none twice, from `start` (or from whichever schema starts the
 * longest). A depth-first walk with an explicit stack; a `$ref` back to a
 * schema still on the walk closes a cycle, which a compiler follows once.
 */
export function longestRefChain(document: JsonObject, start?: string): string[] {
  const components = document.components as JsonObject | undefined;
  return longestSchemaRefChain((components?.schemas ?? {}) as JsonObject, start);
}

/** `longestRefChain` over the component schemas themselves, by name. */
function longestSchemaRefChain(schemas: JsonObject, start?: string): string[] {
  const graph = refGraph(schemas, (ref) =>
    ref.startsWith(COMPONENT_REF_PREFIX) ? ref.slice(COMPONENT_REF_PREFIX.length) : undefined,
  );
  const best = new Map<string, { length: number; next: string | undefined }>();
  const roots = start !== undefined ? [start] : [...graph.keys()];
  walkGraph(graph, roots, (name) => {
    let longest: { length: number; next: string | undefined } = { length: 1, next: undefined };
    for (const target of graph.get(name) ?? []) {
      const chain = best.get(target);
      if (chain && chain.length + 1 > longest.length) {
        longest = { length: chain.length + 1, next: target };
      }
    }
    best.set(name, longest);
  });
  let first: string | undefined;
  for (const root of roots) {
    if (first === undefined || (best.get(root)?.length ?? 0) > (best.get(first)?.length ?? 0)) {
      first = root;
    }
  }
  const chain: string[] = [];
  for (let at = first; at !== undefined && best.has(at); at = best.get(at)?.next) {
    chain.push(at);
  }
  return chain;
}

/** `A → B → C → … → Y → Z` */
function showChain(chain: readonly string[]): string {
  const shown = chain.length <= 6 ? chain : [...chain.slice(0, 3), '…', ...chain.slice(-2)];
  return shown.join(' → ');
}

/**
 * The problem to report when `what` ran out of stack: located at the component schema (of `schemas`)
 * that starts the longest `$ref` chain (from `start` when given).
 */
export function stackOverflowProblem(
  schemas: JsonObject,
  what: string,
  start?: string,
): { pointer: string | undefined; message: string } {
  const chain = longestSchemaRefChain(schemas, start);
  const head = chain[0];
  if (head === undefined || chain.length < 2) {
    return {
      pointer: undefined,
      message: `${what} ran out of stack (Maximum call stack size exceeded)`,
    };
  }
  return {
    pointer: `/components/schemas/${escapePointerToken(head)}`,
    message: `${what} ran out of stack (Maximum call stack size exceeded) following $refs: ${chain.length} schemas $ref one another in a chain that starts here (${showChain(chain)}); shorten the chain, e.g. by merging or inlining some of its schemas`,
  };
}
