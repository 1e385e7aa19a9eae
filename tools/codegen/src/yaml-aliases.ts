import type { SpecProblem } from './spec-error.js';
import { yaml } from './yaml-package.js';

/**
 * How many nodes YAML aliases may add to a spec once expanded. Every later
 * step (linting, bundling, the emitters) walks the expanded tree, so a 1 KB
 * "billion laughs" of nested aliases would otherwise take gigabytes; a real
 * spec repeats a few small nodes, and says `$ref` for the rest.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/**
 * An alias token (`*name`) starts a node: at the start of a line, after
 * blanks, or after a flow indicator. Only a text with one is parsed again,
 * so a spec without aliases costs a regular expression.
 */
const ALIAS_TOKEN = /(?:^|[\s[{,])\*[^\s,[\]{}]/m;

/**
 * The first alias at which expanding the aliases of `text` adds more than
 * `MAX_ALIAS_EXPANSION` nodes, as a problem located at that alias; undefined
 * when the expansion stays within it (or the text is not YAML: the parse step
 * reports that). Walks the unexpanded tree once, in document order, with an
 * explicit stack: its depth is the text's, not the expansion's.
 */
export function aliasExpansionProblem(
  text: string,
  shown: string,
  limit = MAX_ALIAS_EXPANSION,
): SpecProblem | undefined {
  if (!ALIAS_TOKEN.test(text)) {
    return undefined;
  }
  const { isAlias, isCollection, isNode, isPair, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    return undefined;
  }

  // An anchor names the latest node that carried it; a node's size is its
  // node count with every alias in it expanded.
  const anchors = new Map<string, unknown>();
  const sizes = new Map<unknown, number>();
  let added = 0;
  const stack: { node: unknown; leaving: boolean }[] = [{ node: doc.contents, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as { node: unknown; leaving: boolean };
    if (node === null || typeof node !== 'object') {
      continue;
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      // A target still open is an ancestor: the alias repeats itself without end.
      const size = target === undefined ? 1 : (sizes.get(target) ?? Number.POSITIVE_INFINITY);
      sizes.set(node, size);
      added += size - 1;
      if (added > limit) {
        const pos = lineCounter.linePos(node.range?.[0] ?? 0);
        const repeats = Number.isFinite(size) ? `${size.toLocaleString('en-US')} nodes` : 'itself';
        return {
          file: shown,
          line: pos.line,
          column: pos.col,
          message: `YAML aliases expand the spec by more than ${limit.toLocaleString('en-US')} nodes (an alias bomb?); this alias of &${node.source} repeats ${repeats}. Use $ref instead of YAML aliases`,
        };
      }
      continue;
    }
    const children = isCollection(node)
      ? node.items.flatMap((item) => (isPair(item) ? [item.key, item.value] : [item]))
      : [];
    if (leaving) {
      let size = 1;
      for (const child of children) {
        size += sizes.get(child) ?? 0;
      }
      sizes.set(node, size);
      continue;
    }
    if (isNode(node) && node.anchor) {
      anchors.set(node.anchor, node);
    }
    stack.push({ node, leaving: true });
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i], leaving: false });
    }
  }
  return undefined;
}
