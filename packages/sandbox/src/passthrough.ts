import type { CallPubApiWorkflowInput, GraphQLRequestInput } from '@workflows-api/types';
import { badRequest, notFound } from './problem.js';
import { hashHex } from './random.js';

/**
 * The GraphQL passthrough answers any well-formed query with data of the
 * shape it asks for: every leaf gets a value derived from its path, the
 * arguments and the variables, so the same request always gets the same
 * answer and different ones differ.
 */
interface Selection {
  alias: string;
  field: string;
  args: string;
  children: Selection[] | undefined;
}

class GraphQLSyntaxError extends Error {}

function parseSelectionSet(text: string, start: number): { set: Selection[]; end: number } {
  // `start` is just after a `{`.
  const set: Selection[] = [];
  let i = start;
  const skip = () => {
    while (i < text.length && /[\s,]/.test(text[i] as string)) i++;
  };
  const name = () => {
    const m = /^[_A-Za-z][_0-9A-Za-z]*/.exec(text.slice(i));
    if (!m) throw new GraphQLSyntaxError(`expected a field name at offset ${i}`);
    i += m[0].length;
    return m[0];
  };
  for (;;) {
    skip();
    if (i >= text.length) throw new GraphQLSyntaxError('unclosed selection set: missing "}"');
    if (text[i] === '}') return { set, end: i + 1 };
    if (text.startsWith('...', i))
      throw new GraphQLSyntaxError('fragments are not supported by the sandbox');
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
      if (close < 0) throw new GraphQLSyntaxError(`unclosed argument list of ${field}`);
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

function parseOperation(request: string): Selection[] {
  const text = request.trim();
  const open = text.indexOf('{');
  if (open < 0) throw new GraphQLSyntaxError('no selection set: a query needs "{ ... }"');
  const head = text.slice(0, open).trim();
  if (head !== '' && !/^(query|mutation)\b/.test(head)) {
    throw new GraphQLSyntaxError(
      `expected "query", "mutation" or "{", got ${JSON.stringify(head.split(/\s/)[0])}`,
    );
  }
  const { set, end } = parseSelectionSet(text, open + 1);
  if (text.slice(end).trim() !== '')
    throw new GraphQLSyntaxError(`unexpected text after offset ${end}`);
  if (set.length === 0) throw new GraphQLSyntaxError('empty selection set');
  return set;
}

function resolve(
  set: Selection[],
  path: string,
  salt: string,
  typename: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of set) {
    const here = `${path}.${s.field}(${s.args})`;
    if (s.field === '__typename') out[s.alias] = typename;
    else if (s.children) {
      out[s.alias] = resolve(
        s.children,
        here,
        salt,
        s.field.charAt(0).toUpperCase() + s.field.slice(1),
      );
    } else if (s.field === 'id' || s.field.endsWith('Id')) out[s.alias] = hashHex(here + salt);
    else out[s.alias] = `${s.field}-${hashHex(here + salt)}`;
  }
  return out;
}

export function answerGraphQL(input: GraphQLRequestInput): Record<string, unknown> {
  let selections: Selection[];
  try {
    selections = parseOperation(input.request);
  } catch (error) {
    if (error instanceof GraphQLSyntaxError) {
      throw badRequest('The GraphQL request does not parse.', [
        { pointer: '/request', message: error.message },
      ]);
    }
    throw error;
  }
  const salt = JSON.stringify(input.variables ?? {});
  const kind = input.request.trim().startsWith('mutation') ? 'Mutation' : 'Query';
  return { data: resolve(selections, '', salt, kind) };
}

/** The sandbox knows the public API's v3 surface by its prefix only. */
const PUBAPI_PREFIX = '/v3/';

export function answerPubApi(input: CallPubApiWorkflowInput): Record<string, unknown> {
  const endpoint = input.endpoint?.trim() ?? '';
  if (endpoint === '') {
    throw badRequest('No endpoint given.', [
      {
        pointer: '/endpoint',
        message: 'must name a public API path such as /v3/campaign/query/advertiser',
      },
    ]);
  }
  if (/^[a-z]+:\/\//i.test(endpoint)) {
    throw badRequest('The endpoint must be a path of the public API.', [
      { pointer: '/endpoint', message: `must be a path, not a full URL: ${endpoint}` },
    ]);
  }
  const path = endpoint.startsWith('/') ? endpoint : `/${endpoint}`;
  const hasBody = input.methodType === 'POST' || input.methodType === 'PUT';
  let echo: unknown = null;
  if (input.dataBody != null && input.dataBody !== '') {
    if (!hasBody) {
      throw badRequest(`A ${input.methodType} call takes no body.`, [
        { pointer: '/dataBody', message: `must be empty for ${input.methodType}` },
      ]);
    }
    try {
      echo = JSON.parse(input.dataBody);
    } catch (error) {
      throw badRequest('The data body is not JSON.', [
        { pointer: '/dataBody', message: `must be a JSON document: ${(error as Error).message}` },
      ]);
    }
  }
  if (!path.startsWith(PUBAPI_PREFIX)) {
    throw notFound(
      `The public API has no endpoint ${path} (the sandbox serves ${PUBAPI_PREFIX}*).`,
    );
  }
  return {
    sandbox: true,
    method: input.methodType,
    endpoint: path,
    requestId: hashHex(`${input.methodType} ${path} ${input.dataBody ?? ''}`),
    echo,
  };
}
