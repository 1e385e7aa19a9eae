import { isDeepStrictEqual } from 'node:util';
import { isScalar, parseDocument } from 'yaml';

type Scalar = string | number | boolean | null;
type Path = (string | number)[];

const isScalarValue = (v: unknown): v is Scalar => v === null || typeof v !== 'object';

/**
 * Collects the leaves whose value changed between two parses of one JSON
 * file. False when more than values changed (a key or item added or removed,
 * a value that changed its kind): such a change has no place in the old text.
 */
function changedValues(before: unknown, after: unknown, at: Path, out: [Path, Scalar][]): boolean {
  if (isScalarValue(before) || isScalarValue(after)) {
    if (!isScalarValue(before) || !isScalarValue(after)) {
      return false;
    }
    if (before !== after) {
      out.push([at, after]);
    }
    return true;
  }
  if (Array.isArray(before) !== Array.isArray(after)) {
    return false;
  }
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = Object.keys(a);
  if (!isDeepStrictEqual(keys.slice().sort(), Object.keys(b).sort())) {
    return false;
  }
  return keys.every((k) =>
    changedValues(a[k], b[k], [...at, Array.isArray(before) ? Number(k) : k], out),
  );
}

/**
 * `rewritten` (a JSON file another tool parsed and printed in its own style)
 * as an edit of `original`: each changed value is written in place, so the
 * file keeps its formatting and the diff shows only the values. Undefined when
 * that is not possible (the structure changed, or the text is not plain JSON).
 */
export function keepFormatting(original: string, rewritten: string): string | undefined {
  let before: unknown;
  let after: unknown;
  try {
    before = JSON.parse(original);
    after = JSON.parse(rewritten);
  } catch {
    return undefined;
  }
  const edits: [Path, Scalar][] = [];
  if (!changedValues(before, after, [], edits)) {
    return undefined;
  }
  if (edits.length === 0) {
    return original;
  }
  // JSON is YAML, and the YAML parser keeps each value's place in the text.
  const doc = parseDocument(original);
  if (doc.errors.length > 0) {
    return undefined;
  }
  const spans: { start: number; end: number; text: string }[] = [];
  for (const [at, value] of edits) {
    const node = doc.getIn(at, true);
    if (!isScalar(node) || !node.range) {
      return undefined;
    }
    spans.push({ start: node.range[0], end: node.range[1], text: JSON.stringify(value) });
  }
  let out = original;
  for (const span of spans.sort((x, y) => y.start - x.start)) {
    out = out.slice(0, span.start) + span.text + out.slice(span.end);
  }
  // The edit must mean exactly what the other tool wrote, or it is not used.
  try {
    return isDeepStrictEqual(JSON.parse(out), after) ? out : undefined;
  } catch {
    return undefined;
  }
}
