import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { NormalizedProblem } from '@redocly/openapi-core';
import { canonicalJson } from './canonical-json.js';
import { checkRepresentable } from './check-representable.js';
import { asObject, type JsonObject } from './json.js';
import { redocly } from './redocly.js';
import { isStackOverflow, stackOverflowProblem } from './ref-chains.js';
import { SpecError, type SpecProblem, SpecSyntaxError } from './spec-error.js';
import { makeLocator, valueAt } from './spec-location.js';
import { displayPath } from './spec-problem.js';
import type { SpecRefusal } from './spec-refusal.js';
import { isRemoteRef, REMOTE_REF_REFUSED, SpecResolver } from './spec-resolver.js';
import { aliasExpansionProblem } from './yaml-aliases.js';
import { parseProblems } from './yaml-problems.js';

export type { JsonObject } from './json.js';

/** The spec, read once, validated, with every `$ref` resolved into one document. */
export interface LoadedSpec {
  /** Absolute path of the root file. */
  file: string;
  /** The bundled document: external files inlined, internal `$ref`s kept. */
  document: JsonObject;
  /** sha256 of the canonical JSON of `document`: same meaning, same hash. */
  hash: string;
  /**
   * Every file the document was read from (the root file first, then each file a `$ref`
   * read), absolute, with the sha256 of the text that was read; null when a remote `$ref` was
   * read, so that the files alone do not determine the document.
   */
  sources: { file: string; sha256: string }[] | null;
}

export interface LoadSpecOptions {
  /**
   * Fetch `$ref`s to `http:`/`https:` URLs instead of refusing them. Off by
   * default: generation reads local files only, so it is reproducible offline.
   */
  allowRemoteRefs?: boolean | undefined;
  /**
   * Check the document with the validity rules and for what the generators can represent.
   * On by default; off, the spec is only read, parsed and bundled: for tools that must read
   * documents generation would refuse (the docs of a draft, spec-diff's older versions).
   */
  check?: boolean | undefined;
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

/** The `$ref` string at the place a redocly problem names in the root document, if any. */
function refAt(root: unknown, p: NormalizedProblem): string | undefined {
  const pointer = p.location[0]?.pointer?.replace(/^#/, '') ?? '';
  const ref = (valueAt(root, pointer) as { $ref?: unknown } | undefined)?.$ref;
  return typeof ref === 'string' ? ref : undefined;
}

function redoclyProblem(p: NormalizedProblem, root: unknown): SpecProblem {
  const loc = p.location[0];
  const file = loc ? displayPath(loc.source.absoluteRef) : '<spec>';
  let line: number | undefined;
  let column: number | undefined;
  if (loc) {
    try {
      const lc = redocly.getLineColLocation(loc);
      line = lc.start.line;
      column = lc.start.col;
    } catch {
      // Location in a document redocly could not map; the pointer still says where.
    }
  }
  const pointer = loc?.pointer?.replace(/^#/, '');
  let message = p.message;
  // Redocly says only "Can't resolve $ref"; say which one.
  const ref = refAt(root, p);
  if (p.ruleId === 'no-unresolved-refs' && ref !== undefined) {
    message = message.replace(/^Can't resolve \$ref/, `Can't resolve $ref ${JSON.stringify(ref)}`);
  }
  return { file, pointer, line, column, message };
}

/**
 * Redocly's errors as ours. A refused remote `$ref` also fails every internal
 * `$ref` that leads to it: when the remote one is reported, those are dropped.
 */
function redoclyProblems(list: readonly NormalizedProblem[], root: unknown): SpecProblem[] {
  const refused = (p: NormalizedProblem) => p.message.includes(REMOTE_REF_REFUSED);
  const remoteRefused = list.some((p) => refused(p) && isRemoteRef(refAt(root, p) ?? ''));
  return list
    .filter((p) => !(remoteRefused && refused(p) && refAt(root, p)?.startsWith('#')))
    .map((p) => redoclyProblem(p, root));
}

/** A spec read, parsed and bundled, whose checks may still be running (`openSpec`). */
export interface OpenedSpec {
  spec: LoadedSpec;
  /**
   * Runs the checks `openSpec` left for later, if any: resolves when the document passes
   * them, rejects with the `SpecError` of the first that fails (Redocly's validity rules,
   * then what the generators can represent). Call it once.
   */
  check(): Promise<void>;
  /**
   * The `SpecError` of an emitter's `SpecRefusal`: the problem at its pointer, with the line
   * and column of that place in the root file (for a part bundled in from another file, of
   * its nearest ancestor there).
   */
  refused(refusal: SpecRefusal): SpecError;
}

/** Whether the document has a `$ref` to another file (or URL): one not starting with `#`. */
function refersOutside(value: unknown): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') {
      continue;
    }
    if (Array.isArray(node)) {
      // Item by item: a spread of a long array would run out of stack.
      for (const item of node) {
        stack.push(item);
      }
      continue;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === '$ref' && typeof child === 'string' && !child.startsWith('#')) {
        return true;
      }
      stack.push(child);
    }
  }
  return false;
}

/** Reads, validates and bundles the spec: `openSpec` with its checks run before it returns. */
export async function loadSpec(
  specFile: string,
  options: LoadSpecOptions = {},
): Promise<LoadedSpec> {
  const opened = await openSpec(specFile, options);
  await opened.check();
  return opened.spec;
}

/**
 * Reads, parses and bundles the spec. A spec in one file (no `$ref` leaves it) is its own
 * bundle, and its checks are left to `check()`: generation starts its emitters on the
 * document and runs the checks on the main thread while the emitters' threads work, then
 * reports the checks' errors before any of the emitters'. A spec of several files is checked
 * first, as Redocly reports problems in the files as written, before bundling moves their
 * parts into the root document.
 */
export async function openSpec(
  specFile: string,
  options: LoadSpecOptions = {},
): Promise<OpenedSpec> {
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

  // Before any parser builds the tree: every later step walks it with aliases expanded.
  const aliases = aliasExpansionProblem(text, shown);
  if (aliases) {
    throw new SpecError([aliases]);
  }

  // The fast parser (redocly's) first; the `yaml` parser, slower but with
  // exact positions, only to explain a failure.
  let document: ReturnType<typeof redocly.makeDocumentFromString>;
  try {
    document = redocly.makeDocumentFromString(text, file);
  } catch (err) {
    throw new SpecSyntaxError(parseProblems(text, shown, err));
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

  const config = await redocly.createConfig({ rules: VALIDITY_RULES });
  // One resolver for linting and bundling, so each referenced file is read and parsed once.
  const externalRefResolver = new SpecResolver(config.resolve, options.allowRemoteRefs === true);
  // Redocly follows each $ref by recursion: a long chain of them runs out of stack.
  const outOfStack = (what: string) => (err: unknown) => {
    if (!isStackOverflow(err)) {
      throw err;
    }
    const { pointer, message } = stackOverflowProblem(
      asObject(asObject((raw as JsonObject).components).schemas),
      what,
    );
    throw new SpecError([pointer === undefined ? { file: shown, message } : at(pointer, message)]);
  };
  const lint = async () => {
    const problems = (
      await redocly
        .lintDocument({ document, config: config.styleguide, externalRefResolver })
        .catch(outOfStack('checking the spec (redocly lint)'))
    ).filter((p) => p.severity === 'error');
    if (problems.length > 0) {
      throw new SpecError(redoclyProblems(problems, raw));
    }
  };
  const checks = options.check !== false;
  const oneFile = !refersOutside(raw);
  const checkLater = checks && oneFile;
  if (checks && !checkLater) {
    await lint();
  }
  // Bundling a document that no `$ref` leaves gives back the same object, unchanged: in one
  // file, the document is its own bundle (Redocly's bundle took 40 ms of a run on our spec,
  // 0.7 s at 50 times it, before any emitter could start). A `$ref` to nothing there is the
  // lint's to report, in `check()`.
  const bundledDocument = oneFile ? (raw as JsonObject) : await bundleFiles();
  async function bundleFiles(): Promise<JsonObject> {
    const bundled = await redocly
      .bundle({
        doc: document,
        config,
        externalRefResolver,
        dereference: false,
      })
      .catch(outOfStack('bundling the spec (redocly bundle)'));
    const bundleErrors = bundled.problems.filter((p) => p.severity === 'error');
    if (bundleErrors.length > 0) {
      throw new SpecError(redoclyProblems(bundleErrors, raw));
    }
    return bundled.bundle.parsed as JsonObject;
  }

  const representable = () => {
    const unrepresentable = checkRepresentable(bundledDocument);
    if (unrepresentable.length > 0) {
      throw new SpecError(unrepresentable.map((u) => at(u.pointer, u.message)));
    }
  };
  if (checks && !checkLater) {
    representable();
  }

  const hash = createHash('sha256').update(canonicalJson(bundledDocument)).digest('hex');
  const sources = externalRefResolver.readRemote
    ? null
    : [
        { file, sha256: createHash('sha256').update(text).digest('hex') },
        ...[...externalRefResolver.localFiles]
          .filter(([f]) => f !== file)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([f, sha256]) => ({ file: f, sha256 })),
      ];
  return {
    spec: { file, document: bundledDocument, hash, sources },
    check: checkLater
      ? async () => {
          await lint();
          representable();
        }
      : async () => undefined,
    refused: (refusal) =>
      new SpecError([
        refusal.pointer === undefined
          ? { file: shown, message: refusal.message }
          : at(refusal.pointer, refusal.message),
      ]),
  };
}
