import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * How one module names another: a static import or re-export that stays in the emitted
 * JavaScript (`import { type A }` does too: under verbatimModuleSyntax it becomes `import {}`,
 * which still loads the module), one erased with the types (`import type`, `export type`), or
 * an `import()` that loads it on demand.
 */
export type EdgeKind = 'static' | 'type' | 'dynamic';

export interface Edge {
  to: string;
  kind: EdgeKind;
}

/** Module → the modules it names. Files of `src` by their path relative to it (`client.ts`). */
export type ModuleGraph = Map<string, Edge[]>;

/** The edges of one source file, in the order they appear. */
function edgesOf(file: ts.SourceFile): { specifier: string; kind: EdgeKind }[] {
  const edges: { specifier: string; kind: EdgeKind }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      edges.push({
        specifier: node.moduleSpecifier.text,
        kind: node.importClause?.isTypeOnly ? 'type' : 'static',
      });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      edges.push({
        specifier: node.moduleSpecifier.text,
        kind: node.isTypeOnly ? 'type' : 'static',
      });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      edges.push({ specifier: node.arguments[0].text, kind: 'dynamic' });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) {
        edges.push({ specifier: literal.text, kind: 'type' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edges;
}

/** Every `.ts` file under `dir`, relative to it, with `/` separators. */
function sourceFiles(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const relative = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      return sourceFiles(dir, relative);
    }
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

/**
 * The import graph of the modules under `srcDir`. A relative specifier (`./errors.js`) is
 * the module's source file (`errors.ts`); a package keeps its name (`openapi-fetch`).
 */
export function readModuleGraph(srcDir: string): ModuleGraph {
  const graph: ModuleGraph = new Map();
  for (const name of sourceFiles(srcDir)) {
    const text = readFileSync(path.join(srcDir, name), 'utf8');
    const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    graph.set(
      name,
      edgesOf(file).map(({ specifier, kind }) => ({
        to: specifier.startsWith('.')
          ? path.posix.join(path.posix.dirname(name), specifier).replace(/\.js$/, '.ts')
          : specifier,
        kind,
      })),
    );
  }
  return graph;
}

/**
 * An import circle, as the modules along it (the first one again at the end), or undefined
 * when there is none. Every kind of edge counts: a circle through `import type` or `import()`
 * still ties the modules on it together.
 */
export function findCircle(graph: ModuleGraph): string[] | undefined {
  const done = new Set<string>();
  const trail: string[] = [];
  const visit = (module: string): string[] | undefined => {
    const at = trail.indexOf(module);
    if (at >= 0) {
      return [...trail.slice(at), module];
    }
    if (done.has(module)) {
      return undefined;
    }
    trail.push(module);
    for (const { to } of graph.get(module) ?? []) {
      const circle = visit(to);
      if (circle) {
        return circle;
      }
    }
    trail.pop();
    done.add(module);
    return undefined;
  };
  for (const module of graph.keys()) {
    const circle = visit(module);
    if (circle) {
      return circle;
    }
  }
  return undefined;
}

/** The modules reachable from `entry` through edges of the given kinds, `entry` included. */
export function reachable(
  graph: ModuleGraph,
  entry: string,
  kinds: readonly EdgeKind[],
): Set<string> {
  const seen = new Set<string>();
  const visit = (module: string): void => {
    if (seen.has(module)) {
      return;
    }
    seen.add(module);
    for (const { to, kind } of graph.get(module) ?? []) {
      if (kinds.includes(kind)) {
        visit(to);
      }
    }
  };
  visit(entry);
  return seen;
}
