import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  BaseResolver,
  bundle,
  createConfig,
  getLineColLocation,
  lintDocument,
  makeDocumentFromString,
  type NormalizedProblem,
} from '@redocly/openapi-core';
import { LineCounter, parseDocument } from 'yaml';
import { canonicalJson } from './canonical-json.js';
import { checkRepresentable } from './check-representable.js';
import { SpecError, type SpecProblem } from './spec-error.js';
import { makeLocator, valueAt } from './spec-location.js';

export type JsonObject = { [key: string]: unknown };

/** The spec, read once, validated, with every `$ref` resolved into one document. */
export interface LoadedSpec {
  /** Absolute path of the root file. */
  file: string;
  /** The bundled document: external files inlined, internal `$ref`s kept. */
  document: JsonObject;
  /** sha256 of the canonical JSON of `document`: same meaning, same hash. */
  hash: string;
}

/** Redocly rules that make a document unusable for us; style rules stay off. */
const VALIDITY_RULES = {
  struct: 'error',
  'no-unresolved-refs': 'error',
  'operation-operationId-unique': 'error',
  'path-parameters-defined': 'error',
  'no-identical-paths': 'error',
  'no-ambiguous-paths': 'error',
  'path-declaration-must-exist': 'error',
  'no-path-trailing-slash': 'error',
  'operation-2xx-response': 'error',
  'no-enum-type-mismatch': 'error',
  'no-server-variables-empty-enum': 'error',
  'security-defined': 'error',
} as const;

export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

function redoclyProblem(p: NormalizedProblem, root: unknown): SpecProblem {
  const loc = p.location[0];
  const file = loc ? displayPath(loc.source.absoluteRef) : '<spec>';
  let line: number | undefined;
  let column: number | undefined;
  if (loc) {
    try {
      const lc = getLineColLocation(loc);
      line = lc.start.line;
      column = lc.start.col;
    } catch {
      // Location in a document redocly could not map; the pointer still says where.
    }
  }
  const pointer = loc?.pointer?.replace(/^#/, '');
  let message = p.message;
  // Redocly says only "Can't resolve $ref"; say which one.
  const ref = (valueAt(root, pointer ?? '') as { $ref?: unknown } | undefined)?.$ref;
  if (p.ruleId === 'no-unresolved-refs' && typeof ref === 'string')
    message += ` ${JSON.stringify(ref)}`;
  return { file, pointer, line, column, message };
}

function yamlProblems(text: string, shown: string): SpecProblem[] {
  const lineCounter = new LineCounter();
  const parsed = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems = parsed.errors.map((e) => {
    const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
    return {
      file: shown,
      line: pos.line,
      column: pos.col,
      message: `malformed YAML/JSON: ${e.message.split('\n')[0]}`,
    };
  });
  return problems.length > 0 ? problems : [{ file: shown, message: 'malformed YAML/JSON' }];
}

export async function loadSpec(specFile: string): Promise<LoadedSpec> {
  const file = path.resolve(specFile);
  const shown = displayPath(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new SpecError([
      { file: shown, message: `cannot read the spec: ${(err as Error).message}` },
    ]);
  }

  // The fast parser (redocly's) first; the `yaml` parser, slower but with
  // exact positions, only to explain a failure.
  let document: ReturnType<typeof makeDocumentFromString>;
  try {
    document = makeDocumentFromString(text, file);
  } catch {
    throw new SpecError(yamlProblems(text, shown));
  }
  const raw = document.parsed;
  const at = (pointer: string, message: string): SpecProblem => ({
    file: shown,
    pointer,
    ...makeLocator(text)(pointer),
    message,
  });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SpecError([
      { file: shown, line: 1, message: 'not an OpenAPI document: the top level must be a mapping' },
    ]);
  }
  const version = (raw as JsonObject).openapi;
  if (typeof version !== 'string' || !/^3\.[01]\.\d+$/.test(version)) {
    throw new SpecError([
      at(
        '/openapi',
        `not an OpenAPI 3.0/3.1 document: "openapi" is ${JSON.stringify(version)} (expected "3.0.x" or "3.1.x")`,
      ),
    ]);
  }

  const config = await createConfig({ rules: VALIDITY_RULES });
  // One resolver for linting and bundling, so each referenced file is read and parsed once.
  const externalRefResolver = new BaseResolver(config.resolve);
  const problems = (
    await lintDocument({ document, config: config.styleguide, externalRefResolver })
  ).filter((p) => p.severity === 'error');
  if (problems.length > 0) throw new SpecError(problems.map((p) => redoclyProblem(p, raw)));

  const bundled = await bundle({ doc: document, config, externalRefResolver, dereference: false });
  const bundleErrors = bundled.problems.filter((p) => p.severity === 'error');
  if (bundleErrors.length > 0) throw new SpecError(bundleErrors.map((p) => redoclyProblem(p, raw)));
  const bundledDocument = bundled.bundle.parsed as JsonObject;

  const unrepresentable = checkRepresentable(bundledDocument);
  if (unrepresentable.length > 0) {
    throw new SpecError(unrepresentable.map((u) => at(u.pointer, u.message)));
  }

  const hash = createHash('sha256').update(canonicalJson(bundledDocument)).digest('hex');
  return { file, document: bundledDocument, hash };
}
