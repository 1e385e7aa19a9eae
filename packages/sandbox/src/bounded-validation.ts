import type { OperationId } from '@workflows-api/types';
import { type JsonSchema, type ValidationIssue, validateRequest } from '@workflows-api/validators';
import { childSchema, deref } from './schema-at.js';

/**
 * Arrays longer than this are validated this many items at a time. The
 * validators report every error, and gather the errors of each `$ref`'d value
 * by concatenating them onto all the errors before it: one call costs about the
 * square of its errors once they run to thousands (8 000 bad bulk items, 32 000
 * errors, took 5 s). In slices, the cost of a body grows with its size only,
 * and other requests are answered between slices.
 */
export const SLICE_ITEMS = 64;

/** Slices validated between two turns given to the other requests. */
const SLICES_PER_TURN = 32;

/** Long arrays inside the items of long arrays, deeper than this, are validated whole. */
const MAX_NESTING = 8;

/**
 * Keywords that judge a value as a whole, not property by property or item by
 * item: an array with one is validated whole, and none is looked for under one.
 */
const WHOLE_VALUE_KEYWORDS = [
  'minItems',
  'maxItems',
  'uniqueItems',
  'contains',
  'minContains',
  'maxContains',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'unevaluatedProperties',
  'patternProperties',
  'dependentSchemas',
  'enum',
  'const',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
];

export interface FoundIssues {
  /** The first `maxListed` issues found. */
  listed: ValidationIssue[];
  /** How many issues there are in all. */
  total: number;
}

/** Segments of a pointer, linked to the parent's so a deep walk does not copy them at each step. */
interface Path {
  parent: Path | undefined;
  token: string;
}

interface LongArray {
  tokens: string[];
  items: readonly unknown[];
  /** Whether each segment crossed an array on the way (its token is an index). */
  throughArrays: boolean[];
}

const judgesParts = (schema: JsonSchema) => !WHOLE_VALUE_KEYWORDS.some((k) => k in schema);
const escapeToken = (t: string) => t.replace(/~/g, '~0').replace(/\//g, '~1');
const pointerOf = (tokens: readonly string[]) => tokens.map((t) => `/${escapeToken(t)}`).join('');
const tokensOf = (path: Path | undefined): string[] => {
  const tokens: string[] = [];
  for (let p = path; p; p = p.parent) {
    tokens.push(p.token);
  }
  return tokens.reverse();
};
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Walks `value` along its schema (each node once, without recursion), and
 * finds the arrays longer than a slice whose schema judges them item by item;
 * it does not look into them (a slice of one is looked into when it is validated).
 */
function longArraysIn(value: unknown, root: JsonSchema | undefined): LongArray[] {
  const found: LongArray[] = [];
  const stack: { value: unknown; schema: JsonSchema | undefined; path: Path | undefined }[] = [
    { value, schema: deref(root), path: undefined },
  ];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const { value: here, schema, path } = node;
    if (!schema || here === null || typeof here !== 'object' || !judgesParts(schema)) {
      continue;
    }
    if (Array.isArray(here) && here.length > SLICE_ITEMS) {
      if (schema.items !== undefined && !Array.isArray(schema.items)) {
        const tokens = tokensOf(path);
        found.push({ tokens, items: here, throughArrays: arraysCrossed(value, tokens) });
      }
      continue;
    }
    // Only objects and arrays can hold arrays: scalars, most of a big body, are passed over.
    const push = (token: string, child: unknown) => {
      if (child === null || typeof child !== 'object') {
        return;
      }
      const schemaOfChild = childSchema(schema, token);
      if (schemaOfChild) {
        stack.push({ value: child, schema: schemaOfChild, path: { parent: path, token } });
      }
    };
    if (Array.isArray(here)) {
      for (const [i, child] of here.entries()) {
        push(String(i), child);
      }
    } else {
      for (const [token, child] of Object.entries(here)) {
        push(token, child);
      }
    }
  }
  return found;
}

function arraysCrossed(value: unknown, tokens: readonly string[]): boolean[] {
  let node = value;
  return tokens.map((token) => {
    const crossed = Array.isArray(node);
    node = (node as Record<string, unknown>)[token];
    return crossed;
  });
}

const setOwn = (holder: object, key: string, value: unknown) =>
  Object.defineProperty(holder, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });

/** A copy of `value` with the arrays at `paths` emptied, copying only what leads to them. */
function withEmptied(value: unknown, paths: readonly (readonly string[])[]): unknown {
  const copies = new WeakSet<object>();
  const root: Record<string, unknown> = { value };
  for (const tokens of paths) {
    const keys = ['value', ...tokens];
    let holder = root;
    for (const key of keys.slice(0, -1)) {
      const next = holder[key] as object;
      const owned = copies.has(next) ? next : Array.isArray(next) ? [...next] : { ...next };
      copies.add(owned);
      setOwn(holder, key, owned);
      holder = owned as Record<string, unknown>;
    }
    setOwn(holder, keys[keys.length - 1] as string, []);
  }
  return root.value;
}

/**
 * The least value that holds `slice` where the long array was: each object on
 * the way has only the one property, each array only one item (index 0). The
 * rest of the value is judged elsewhere; the issues this one adds about the
 * missing parts are not kept.
 */
function holderOf(long: LongArray, slice: unknown[]): { value: unknown; tokens: string[] } {
  const tokens = long.tokens.map((t, i) => (long.throughArrays[i] ? '0' : t));
  let value: unknown = slice;
  for (let i = tokens.length - 1; i >= 0; i--) {
    value = long.throughArrays[i] ? [value] : setOwn({}, tokens[i] as string, value);
  }
  return { value, tokens };
}

/** Maps an issue's path in the value validated to its path in the body, or undefined to drop it. */
type PathMap = (path: string) => string | undefined;

/**
 * Finds the issues `validateRequest` finds in a body, at a cost that grows
 * with the body's size only: each long array is emptied for the validation of
 * the rest, then validated a slice at a time, in the least value that holds it
 * where it was. An item is judged by the same schema either way; only the
 * order of the issues differs. Gives the other requests a turn now and then.
 */
export async function validateBounded(
  operationId: OperationId,
  body: unknown,
  rootSchema: JsonSchema | undefined,
  maxListed: number,
): Promise<FoundIssues> {
  const found: FoundIssues = { listed: [], total: 0 };
  let slices = 0;
  const check = (value: unknown, map: PathMap) => {
    const result = validateRequest(operationId, value);
    if (result.valid) {
      return;
    }
    for (const issue of result.errors) {
      const path = map(issue.path);
      if (path === undefined) {
        continue;
      }
      found.total += 1;
      if (found.listed.length < maxListed) {
        found.listed.push({ ...issue, path });
      }
    }
  };
  const visit = async (value: unknown, map: PathMap, nesting: number) => {
    const long = nesting < MAX_NESTING ? longArraysIn(value, rootSchema) : [];
    if (long.length === 0) {
      return check(value, map);
    }
    check(
      withEmptied(
        value,
        long.map((l) => l.tokens),
      ),
      map,
    );
    for (const array of long) {
      const realAt = pointerOf(array.tokens);
      for (let start = 0; start < array.items.length; start += SLICE_ITEMS) {
        const slice = array.items.slice(start, start + SLICE_ITEMS);
        const holder = holderOf(array, slice);
        const at = pointerOf(holder.tokens);
        const item = new RegExp(`^${at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(\\d+)(?=/|$)`);
        const inSlice: PathMap = (path) => {
          const m = item.exec(path);
          return m ? map(`${realAt}/${start + Number(m[1])}${path.slice(m[0].length)}`) : undefined;
        };
        await visit(holder.value, inSlice, nesting + 1);
        slices += 1;
        if (slices % SLICES_PER_TURN === 0) {
          await turn();
        }
      }
    }
  };
  await visit(body, (path) => path, 0);
  return found;
}
