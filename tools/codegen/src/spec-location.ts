import type { LineCounter, Node, parseDocument } from 'yaml';
import { yaml } from './yaml-package.js';

/** JSON pointers and their places in a YAML/JSON source: shared by every spec tool. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${escapePointerToken(String(t))}`).join('');
}

/** Tokens of a JSON pointer, with or without the leading `#`. */
export function parsePointer(pointer: string): string[] {
  const bare = pointer.replace(/^#/, '');
  if (bare === '') {
    return [];
  }
  return bare
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export type Locate = (pointer: string) => { line: number; column: number } | undefined;

/**
 * Finds the line and column of a JSON pointer in YAML or JSON text: the key
 * of a mapping entry, or the item of a sequence. Parses only when first asked,
 * since only error paths need it.
 */
export function makeLocator(text: string): Locate {
  let parsed: { doc: ReturnType<typeof parseDocument>; lineCounter: LineCounter } | undefined;
  return (pointer) => {
    const { isMap, isSeq, LineCounter: Counter, parseDocument: parse } = yaml();
    if (!parsed) {
      const lineCounter = new Counter();
      parsed = { doc: parse(text, { lineCounter }), lineCounter };
    }
    let node: Node | null | undefined = parsed.doc.contents as Node | null;
    let keyNode: Node | undefined;
    for (const token of parsePointer(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((p) => {
          const k = p.key as { value?: unknown } | null;
          return k !== null && typeof k === 'object' && String(k.value) === token;
        });
        if (!pair) {
          break;
        }
        keyNode = pair.key as Node;
        node = pair.value as Node | null;
      } else if (isSeq(node)) {
        const item = node.items[Number(token)] as Node | undefined;
        if (!item) {
          break;
        }
        keyNode = undefined;
        node = item;
      } else {
        break;
      }
    }
    const at = keyNode?.range?.[0] ?? node?.range?.[0];
    if (at === undefined) {
      return undefined;
    }
    const pos = parsed.lineCounter.linePos(at);
    return { line: pos.line, column: pos.col };
  };
}

/** The value a JSON pointer (or an internal `#/...` ref) names in a document; undefined if none. */
export function valueAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(node)) {
      node = node[Number(token)];
    } else if (node !== null && typeof node === 'object') {
      node = (node as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return node;
}
