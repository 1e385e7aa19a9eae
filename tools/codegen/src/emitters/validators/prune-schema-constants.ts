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
    if (!m) return undefined;
    tokens.push(m[1] ?? (JSON.parse(m[2] as string) as string));
    at = re.lastIndex;
  }
  return tokens;
}

function getPath(value: Json, tokens: readonly string[]): Json | undefined {
  let node: Json | undefined = value;
  for (const t of tokens) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, t))
      return undefined;
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
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[t] = {};
    node = node[t] as { [key: string]: Json };
  });
}

export function pruneSchemaConstants(code: string): string {
  const definition = /\bconst (schema\d+) = /g;
  const replacements: { start: number; end: number; text: string }[] = [];
  for (const m of code.matchAll(definition)) {
    const name = m[1] as string;
    const valueStart = (m.index ?? 0) + m[0].length;
    const { value, end } = readJsonAt(code, valueStart);
    const uses = [
      ...code.matchAll(
        new RegExp(
          `(\\.call\\()?\\b${name}\\b((?:\\.[A-Za-z_$][\\w$]*|\\["(?:[^"\\\\]|\\\\.)*"\\])*)`,
          'g',
        ),
      ),
    ].filter((u) => u.index !== m.index + m[0].indexOf(name));
    const pruned: { [key: string]: Json } = {};
    let keepWhole = false;
    for (const use of uses) {
      const tokens = parseChain(use[2] ?? '');
      const leaf = tokens && tokens.length > 0 ? getPath(value, tokens) : undefined;
      if (!tokens || tokens.length === 0 || leaf === undefined) {
        keepWhole = true;
        break;
      }
      // `Object.prototype.hasOwnProperty.call(schema.properties, key)` reads the keys only.
      const keysOnly =
        use[1] !== undefined &&
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
      for (const k of Object.keys(leaf)) if (!Object.hasOwn(keys, k)) keys[k] = 0;
      setPath(pruned, tokens, keys);
    }
    if (keepWhole) continue;
    replacements.push({ start: valueStart, end, text: JSON.stringify(pruned) });
  }
  let out = code;
  for (const r of replacements.reverse()) out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}
