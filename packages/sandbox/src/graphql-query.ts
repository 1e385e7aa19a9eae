import { badRequest } from './problem.js';
import { hashHex } from './random.js';

/**
 * The sandbox's small GraphQL reader: operation, aliases, arguments and nested
 * selections, no fragments. Any well-formed query is answered with data of the
 * shape it asks for: every leaf gets a value derived from its path, the
 * arguments and a salt (the variables), so the same request always gets the
 * same answer and different ones differ.
 */
export interface Selection {
  alias: string;
  field: string;
  args: string;
  children: Selection[] | undefined;
}

export interface ParsedOperation {
  kind: 'query' | 'mutation';
  selections: Selection[];
}

class GraphQLSyntaxError extends Error {}

function parseSelectionSet(text: string, start: number): { set: Selection[]; end: number } {
  // `start` is just after a `{`.
  const set: Selection[] = [];
  let i = start;
  const skip = () => {
    while (i < text.length && /[\s,]/.test(text[i] as string)) {
      i++;
    }
  };
  const name = () => {
    const m = /^[_A-Za-z][_0-9A-Za-z]*/.exec(text.slice(i));
    if (!m) {
      throw new GraphQLSyntaxError(`expected a field name at offset ${i}`);
    }
    i += m[0].length;
    return m[0];
  };
  for (;;) {
    skip();
    if (i >= text.length) {
      throw new GraphQLSyntaxError('unclosed selection set: missing "}"');
    }
    if (text[i] === '}') {
      return { set, end: i + 1 };
    }
    if (text.startsWith('...', i)) {
      throw new GraphQLSyntaxError('fragments are not supported by the sandbox');
    }
    const alias = name();
    let field = alias;
    skip();
    if (text[i] === ':') {
      i++;
      skip();
      field = name();
      skip();
    }
    let args = '';
    if (text[i] === '(') {
      const close = text.indexOf(')', i);
      if (close < 0) {
        throw new GraphQLSyntaxError(`unclosed argument list of ${field}`);
      }
      args = text.slice(i + 1, close).trim();
      i = close + 1;
      skip();
    }
    let children: Selection[] | undefined;
    if (text[i] === '{') {
      const inner = parseSelectionSet(text, i + 1);
      children = inner.set;
      i = inner.end;
    }
    set.push({ alias, field, args, children });
  }
}

function parseOperation(request: string): ParsedOperation {
  const text = request.trim();
  const open = text.indexOf('{');
  if (open < 0) {
    throw new GraphQLSyntaxError('no selection set: a query needs "{ ... }"');
  }
  const head = text.slice(0, open).trim();
  if (head !== '' && !/^(query|mutation)\b/.test(head)) {
    throw new GraphQLSyntaxError(
      `expected "query", "mutation" or "{", got ${JSON.stringify(head.split(/\s/)[0])}`,
    );
  }
  const { set, end } = parseSelectionSet(text, open + 1);
  if (text.slice(end).trim() !== '') {
    throw new GraphQLSyntaxError(`unexpected text after offset ${end}`);
  }
  if (set.length === 0) {
    throw new GraphQLSyntaxError('empty selection set');
  }
  return { kind: head.startsWith('mutation') ? 'mutation' : 'query', selections: set };
}

/** Parses a GraphQL document; one that does not parse is a 400 naming `pointer`. */
export function parseGraphQL(document: string, pointer: string): ParsedOperation {
  try {
    return parseOperation(document);
  } catch (error) {
    if (error instanceof GraphQLSyntaxError) {
      throw badRequest('The GraphQL document does not parse.', [
        { pointer, message: error.message },
      ]);
    }
    throw error;
  }
}

const typeNameOf = (field: string) => field.charAt(0).toUpperCase() + field.slice(1);

/** The value of one selection under `path`: an object of its children, or a leaf. */
export function resolveSelection(
  s: Selection,
  path: string,
  salt: string,
  parentType: string,
): unknown {
  const here = `${path}.${s.field}(${s.args})`;
  if (s.field === '__typename') {
    return parentType;
  }
  if (s.children) {
    return resolveSelections(s.children, here, salt, typeNameOf(s.field));
  }
  if (s.field === 'id' || s.field.endsWith('Id')) {
    return hashHex(here + salt);
  }
  return `${s.field}-${hashHex(here + salt)}`;
}

export function resolveSelections(
  set: Selection[],
  path: string,
  salt: string,
  typename: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of set) {
    out[s.alias] = resolveSelection(s, path, salt, typename);
  }
  return out;
}
