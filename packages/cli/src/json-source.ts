import { findNodeAtLocation, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';

/** A position in a JSON text, both counted from 1 (as editors and compilers print them). */
export interface TextPosition {
  line: number;
  column: number;
}

/** JSON that does not parse: the message names where (`items.json:3:14`). */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly origin: string,
    readonly position: TextPosition | undefined,
  ) {
    super(`${origin}${position ? `:${position.line}:${position.column}` : ''}: ${message}`);
  }
}

/** A parsed JSON text that can say where each value of it was written. */
export interface JsonSource {
  value: unknown;
  /** Where the text came from: a file name, `<stdin>`, `--data`. */
  origin: string;
  /** Where the value at JSON pointer `pointer` starts; undefined for a pointer into nothing. */
  locate(pointer: string): TextPosition | undefined;
  /** The value at `pointer` as written (`9007199254740993`, digit for digit); undefined if none. */
  rawAt(pointer: string): string | undefined;
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const unescapeToken = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/** `/input/0/name` -> `['input', 0, 'name']`, numbers where they index an array. */
function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeToken);
}

// Strict JSON: no comments, no trailing commas (jsonc-parser is lenient unless told).
const STRICT = { disallowComments: true, allowTrailingComma: false } as const;

/**
 * Parses `text` as strict JSON. `JSON.parse` gives the value (so a file reads exactly as
 * any JSON reader would read it); jsonc-parser, which keeps offsets, gives the position
 * of a syntax error and of any value a validation error points at.
 */
export function parseJsonSource(text: string, origin: string): JsonSource {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const errors: ParseError[] = [];
    parseTree(body, errors, STRICT);
    const first = errors[0];
    throw new JsonSyntaxError(
      first
        ? `invalid JSON: ${describeParseError(printParseErrorCode(first.error))}`
        : `invalid JSON: ${(error as Error).message}`,
      origin,
      first ? positionAt(body, first.offset) : undefined,
    );
  }
  let tree: ReturnType<typeof parseTree> | null = null;
  const nodeAt = (path: string[]) => {
    tree ??= parseTree(body, [], STRICT) ?? undefined;
    return tree
      ? findNodeAtLocation(
          tree,
          path.map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s)),
        )
      : undefined;
  };
  return {
    value,
    origin,
    rawAt(pointer) {
      const node = nodeAt(segments(pointer));
      return node ? body.slice(node.offset, node.offset + node.length) : undefined;
    },
    locate(pointer) {
      const path = segments(pointer);
      // A pointer can reach one level past what is there (a missing required member):
      // the object it is missing from is the place to look.
      for (let depth = path.length; depth >= 0; depth -= 1) {
        const node = nodeAt(path.slice(0, depth));
        if (node) {
          // A member's place is its key, where an editor's eye goes.
          const start = node.parent?.type === 'property' ? node.parent.offset : node.offset;
          return positionAt(body, start);
        }
      }
      return undefined;
    },
  };
}

const WORDS: Record<string, string> = {
  InvalidSymbol: 'a character that cannot start a value here',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name (in double quotes) was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'nothing may follow the value',
  InvalidCommentToken: 'comments are not JSON',
  UnexpectedEndOfComment: 'comments are not JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'an invalid escape in a string',
  InvalidCharacter: 'a control character inside a string',
};

const describeParseError = (code: string) => WORDS[code] ?? code;
