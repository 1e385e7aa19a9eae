import { readFile } from 'node:fs/promises';
import { loadSpec } from '@workflows-api/codegen/load-spec';
import { SpecError } from '@workflows-api/codegen/spec-error';
import { makeLocator } from '@workflows-api/codegen/spec-location';
import { LineCounter, parseDocument } from 'yaml';
import { SpecDiffError } from './errors.js';
import { isObject, type JsonObject, refPointer, valueAt } from './json.js';

/** One side of a diff: a document and how messages name it. */
export interface DiffSpec {
  /** How the document is named in messages: a path, or `path@ref`. */
  label: string;
  document: JsonObject;
  /** "3.0" or "3.1": a few keywords mean different things in each. */
  version: '3.0' | '3.1';
}

/** Every `$ref` in the document with where it is. */
function collectRefs(node: unknown, pointer: string, out: { ref: string; at: string }[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      collectRefs(item, `${pointer}/${i}`, out);
    });
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      // Examples are free-form data; a "$ref" key there is not a reference.
      if (key === 'example' || key === 'examples' || key === 'enum' || key === 'const') {
        continue;
      }
      if (key === '$ref' && typeof value === 'string') {
        out.push({ ref: value, at });
      } else {
        collectRefs(value, at, out);
      }
    }
  }
}

export interface LoadOptions {
  /** Name used in messages instead of the path (e.g. `spec/openapi.yaml@v1.2.0`). */
  label?: string;
}

/**
 * Reads one OpenAPI 3.0/3.1 document (YAML or JSON), checking only what a diff
 * needs (any older version must still compare), each problem located for the
 * release manager. References to other files are bundled in by codegen's loader
 * so that the diff sees one document; internal ones stay, the diff follows them
 * itself to keep one report per component.
 */
export async function loadDiffSpec(file: string, options: LoadOptions = {}): Promise<DiffSpec> {
  const label = options.label ?? file;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new SpecDiffError(label, `cannot read the spec: ${reason}`);
  }

  const lineCounter = new LineCounter();
  const parsed = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const first = parsed.errors[0];
  if (first) {
    const pos = first.linePos?.[0] ?? lineCounter.linePos(first.pos[0]);
    const kind = /\.json$/i.test(file) ? 'JSON' : 'YAML';
    throw new SpecDiffError(
      label,
      `malformed ${kind}: ${first.message.split('\n')[0]}`,
      pos.line,
      pos.col,
    );
  }
  let raw: unknown;
  try {
    raw = parsed.toJS({ maxAliasCount: 10_000 });
  } catch (err) {
    throw new SpecDiffError(label, `cannot read the document: ${(err as Error).message}`);
  }
  const locate = makeLocator(text);
  const fail = (pointer: string, detail: string): never => {
    const pos = locate(pointer);
    throw new SpecDiffError(label, detail, pos?.line, pos?.column);
  };

  if (!isObject(raw)) {
    fail('', 'not an OpenAPI document: the top level must be a mapping');
  }
  const doc = raw as JsonObject;
  if ('swagger' in doc) {
    fail('/swagger', `not an OpenAPI 3.0/3.1 document: it is Swagger ${String(doc.swagger)}`);
  }
  const openapi = doc.openapi;
  const match = typeof openapi === 'string' ? /^3\.([01])\.\d+(-.+)?$/.exec(openapi) : null;
  if (!match) {
    fail(
      'openapi' in doc ? '/openapi' : '',
      `not an OpenAPI 3.0/3.1 document: "openapi" is ${JSON.stringify(openapi) ?? 'missing'} (expected "3.0.x" or "3.1.x")`,
    );
  }
  const version = match?.[1] === '1' ? '3.1' : '3.0';
  for (const key of ['info', 'paths', 'components', 'webhooks']) {
    if (key in doc && !isObject(doc[key])) {
      fail(`/${key}`, `"${key}" must be a mapping`);
    }
  }
  if (version === '3.0' && !('paths' in doc)) {
    fail('', 'not an OpenAPI 3.0 document: "paths" is missing');
  }
  if (version === '3.1' && !('paths' in doc || 'components' in doc || 'webhooks' in doc)) {
    fail('', 'not an OpenAPI 3.1 document: it needs "paths", "components" or "webhooks"');
  }

  const refs: { ref: string; at: string }[] = [];
  collectRefs(doc, '', refs);
  for (const { ref, at } of refs) {
    if (ref.startsWith('#') && valueAt(doc, refPointer(ref)) === undefined) {
      fail(at, `unresolved $ref ${JSON.stringify(ref)}: nothing at that pointer`);
    }
  }
  if (refs.some(({ ref }) => !ref.startsWith('#'))) {
    return { label, version, document: await bundleFiles(file, label) };
  }
  return { label, version, document: doc };
}

/** The document with other files' `$ref`s inlined: codegen's loader, unchecked, remote refs fetched. */
async function bundleFiles(file: string, label: string): Promise<JsonObject> {
  try {
    return (await loadSpec(file, { check: false, allowRemoteRefs: true })).document;
  } catch (err) {
    if (!(err instanceof SpecError)) {
      throw err;
    }
    const problem = err.problems[0];
    throw new SpecDiffError(label, problem?.message ?? err.message, problem?.line, problem?.column);
  }
}
