/**
 * AJV's standalone code embeds a copy of every compiled schema
 * (`const schema6 = {...}`) although the validate functions read only a few
 * parts of it: a union `type` for an error's params, an `enum` or `required`
 * list to loop over, the keys of `properties` for an `additionalProperties`
 * check. This keeps exactly the parts the code reads, which is most of the
 * difference between fitting the size budget and not.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Parses the JSON value that starts at `start` of `code`; returns it with its end. */
function readJsonAt(code: string, start: number): { value: Json; end: number } {
  // AJV writes the constants as JSON followed by `;`. A string inside may hold
  // a `;` too, so try each `;` in turn until the text before it parses.
  let end = code.indexOf(';', start);
  while (end !== -1) {
    try {
      return { value: JSON.parse(code.slice(start, end)) as Json, end };
    } catch {
      end = code.indexOf(';', end + 1);
    }
  }
  throw new Error(`validators emitter: cannot read the schema constant at offset ${start}`);
}

/** Parses `.a.b["c"]` into tokens; undefined when the access is not a plain chain. */
function parseChain(chain: string): string[] | undefined {
  const tokens: string[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < chain.length) {
    re.lastIndex = at;
    const m = re.exec(chain);
    if (!m) {
      return undefined;
    }
    tokens.push(m[1] ?? (JSON.parse(m[2] as string) as string));
    at = re.lastIndex;
  }
  return tokens;
}

function getPath(value: Json, tokens: readonly string[]): Json | undefined {
  let node: Json | undefined = value;
  for (const t of tokens) {
    if (
      node === null ||
      typeof node !== 'object' ||
      Array.isArray(node) ||
      !Object.hasOwn(node, t)
    ) {
      return undefined;
    }
    node = node[t];
  }
  return node;
}

function setPath(target: { [key: string]: Json }, tokens: readonly string[], leaf: Json): void {
  let node = target;
  tokens.forEach((t, i) => {
    if (i === tokens.length - 1) {
      node[t] = leaf;
      return;
    }
    const next = node[t];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) {
      node[t] = {};
    }
    node = node[t] as { [key: string]: Json };
  });
}

const USE = /(\.call\()?\b(schema\d+)\b((?:\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])*)/g;

interface Use {
  index: number;
  viaCall: boolean;
  chain: string;
}

// One pass over the code for every constant's uses, and one to rebuild it:
// the code grows with the spec, so a scan per constant would be quadratic.
export function pruneSchemaConstants(code: string): string {
  const uses = new Map<string, Use[]>();
  for (const u of code.matchAll(USE)) {
    const name = u[2] as string;
    const at = (u.index ?? 0) + (u[1]?.length ?? 0);
    let list = uses.get(name);
    if (!list) {
      list = [];
      uses.set(name, list);
    }
    list.push({ index: at, viaCall: u[1] !== undefined, chain: u[3] ?? '' });
  }

  const definition = /\bconst (schema\d+) = /g;
  const replacements: { start: number; end: number; text: string }[] = [];
  for (const m of code.matchAll(definition)) {
    const name = m[1] as string;
    const nameAt = (m.index ?? 0) + m[0].indexOf(name);
    const valueStart = (m.index ?? 0) + m[0].length;
    const { value, end } = readJsonAt(code, valueStart);
    const pruned: { [key: string]: Json } = {};
    let keepWhole = false;
    for (const use of uses.get(name) ?? []) {
      if (use.index === nameAt) {
        continue;
      }
      const tokens = parseChain(use.chain);
      const leaf = tokens && tokens.length > 0 ? getPath(value, tokens) : undefined;
      if (!tokens || tokens.length === 0 || leaf === undefined) {
        keepWhole = true;
        break;
      }
      // `Object.prototype.hasOwnProperty.call(schema.properties, key)` reads the keys only.
      const keysOnly =
        use.viaCall &&
        tokens[tokens.length - 1] === 'properties' &&
        leaf !== null &&
        typeof leaf === 'object' &&
        !Array.isArray(leaf);
      if (!keysOnly) {
        setPath(pruned, tokens, leaf);
        continue;
      }
      const existing = getPath(pruned, tokens);
      const keys =
        existing !== null && typeof existing === 'object' && !Array.isArray(existing)
          ? existing
          : {};
      for (const k of Object.keys(leaf)) {
        if (!Object.hasOwn(keys, k)) {
          keys[k] = 0;
        }
      }
      setPath(pruned, tokens, keys);
    }
    if (keepWhole) {
      continue;
    }
    replacements.push({ start: valueStart, end, text: JSON.stringify(pruned) });
  }
  const parts: string[] = [];
  let at = 0;
  for (const r of replacements) {
    parts.push(code.slice(at, r.start), r.text);
    at = r.end;
  }
  parts.push(code.slice(at));
  return parts.join('');
}
