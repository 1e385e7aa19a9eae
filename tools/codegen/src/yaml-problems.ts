import type { SpecProblem } from './spec-error.js';
import { yaml } from './yaml-package.js';

/**
 * A YAML error offset can sit on the indentation before the offending token
 * (the `yaml` parser's BAD_INDENT does): the token itself is the first
 * non-blank character after it on the same line.
 */
function offendingOffset(text: string, offset: number): number {
  let at = offset;
  while (text[at] === ' ' || text[at] === '\t') {
    at++;
  }
  return at === text.length || text[at] === '\n' || text[at] === '\r' ? offset : at;
}

/** The `yaml` parser's own failures are no explanation of the text. */
const INTERNAL = /Maximum call stack size exceeded/;

/**
 * Why `text` is not YAML, with exact positions, from the `yaml` parser: slower
 * than redocly's, so it only explains a failure. Empty when it finds nothing
 * wrong (redocly's parser refused something the `yaml` parser accepts).
 */
export function yamlProblems(text: string, shown: string): SpecProblem[] {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  let errors: ReturnType<typeof parseDocument>['errors'];
  try {
    errors = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false }).errors;
  } catch {
    return [];
  }
  return errors
    .filter((e) => !INTERNAL.test(e.message))
    .map((e) => {
      const pos = lineCounter.linePos(offendingOffset(text, e.pos[0]));
      return {
        file: shown,
        line: pos.line,
        column: pos.col,
        message: `malformed YAML/JSON: ${e.message.split('\n')[0]}`,
      };
    });
}

/** What redocly's parser (js-yaml) reports: its reason, and 1-based line and column. */
interface ParserFailure {
  line?: number;
  col?: number;
  originalError?: { reason?: unknown; message?: unknown };
  message?: unknown;
}

const NESTING = /^nesting exceeded maxDepth \((\d+)\)$/;

/**
 * Explains why redocly's parser refused `text`: the `yaml` parser's account
 * when it has one, else redocly's own reason (e.g. its nesting limit, which
 * bounds how deep every later step recurses).
 */
export function parseProblems(text: string, shown: string, failure: unknown): SpecProblem[] {
  const found = yamlProblems(text, shown);
  if (found.length > 0) {
    return found;
  }
  const f = (failure ?? {}) as ParserFailure;
  const reason = String(f.originalError?.reason ?? f.message ?? '');
  const depth = NESTING.exec(reason)?.[1];
  const message = depth
    ? `nested more than ${depth} levels deep: the spec parser stops there (move inner schemas into components and $ref them)`
    : `malformed YAML/JSON${reason ? `: ${reason}` : ''}`;
  const line = Number.isInteger(f.line) ? f.line : undefined;
  const column = Number.isInteger(f.col) ? f.col : undefined;
  return [{ file: shown, line, column, message }];
}
