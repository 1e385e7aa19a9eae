import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type KeywordCxt, Name, type Options } from 'ajv';
import { callRef } from 'ajv/dist/vocabularies/core/ref.js';
import { recursiveSchemas, refGraph } from '../../ref-chains.js';
import { dropCallContext } from './drop-call-context.js';
import { formats } from './formats.js';
import { AJV_VALIDATION_OPTIONS, type JsonSchema } from './normalise.js';
import { pruneSchemaConstants } from './prune-schema-constants.js';
import { standaloneModule } from './standalone-code.js';

const FORMATS_BINDING = '__formats';
/**
 * What a `$ref` becomes in the copy AJV compiles: a call of the referenced schema's
 * validator by its module-level name (`validatorBinding`), made the way AJV calls a
 * referenced validator (its `callRef`), instead of AJV following the reference.
 */
const CALL_KEYWORD = 'x-validator-call';
/** The module-level name of a schema's validator; ids are checked to be identifiers. */
const validatorBinding = (id: string) => `v$${id}`;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Wraps the validator of a recursive schema: see `limitDepth` in standalone-runtime.ts. */
const LIMIT_DEPTH_BINDING = '__limitDepth';

/**
 * AJV runtime modules that standalone code may `require`, and the binding of
 * our own bundled replacement. Anything else makes generation fail.
 */
const RUNTIME_REPLACEMENTS: Record<string, { binding: string; exportName: string }> = {
  'ajv/dist/runtime/ucs2length': { binding: '__ucs2length', exportName: 'ucs2length' },
  'ajv/dist/runtime/equal': { binding: '__equal', exportName: 'equal' },
};

// The TypeScript sources are bundled into the generated module; they sit at the
// same depth below the package root whether this file runs from src/ or dist/.
const moduleFile = (name: string) =>
  fileURLToPath(new URL(`../../../src/emitters/validators/${name}`, import.meta.url));
const FORMATS_SOURCE = moduleFile('formats.ts');
const RUNTIME_SOURCE = moduleFile('standalone-runtime.ts');
const DEPTH_LIMIT_SOURCE = moduleFile('depth-limit.ts');

/** Constructs that would make the generated module evaluate code at run time or need CommonJS. */
const FORBIDDEN: { pattern: RegExp; what: string }[] = [
  { pattern: /\brequire\s*\(/, what: 'require(' },
  { pattern: /\bnew\s+Function\b/, what: 'new Function' },
  { pattern: /\bFunction\s*\(/, what: 'Function(' },
  { pattern: /\beval\s*\(/, what: 'eval(' },
];

export function findForbidden(code: string): string[] {
  return FORBIDDEN.filter((f) => f.pattern.test(code)).map((f) => f.what);
}

export function standaloneAjvOptions(): Options {
  return {
    ...AJV_VALIDATION_OPTIONS,
    // Messages are written by the package's runtime from keyword and params:
    // leaving them out of the generated code keeps it small.
    messages: false,
    // Each component becomes one function, referenced by its users: shared
    // sub-schemas are emitted once instead of inlined into every user.
    inlineRefs: false,
    // Long `required` lists and enums are checked in a loop over the schema's
    // array instead of one comparison per value: same verdicts, less code.
    // Up to 4 required members stay unrolled: a loop costs ~40% on small models.
    loopRequired: 4,
    loopEnum: 8,
    code: { esm: true, source: true, lines: false, formats: new Name(FORMATS_BINDING) },
    formats,
  };
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

/**
 * The copy of a schema AJV compiles: without annotations (they change no verdict, and left
 * out the code is smaller), and with each `$ref` a call of the referenced schema's validator.
 */
function compiledCopy(value: unknown, inProperties = false): unknown {
  if (Array.isArray(value)) {
    return value.map((v) => compiledCopy(v));
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(value)) {
    if (!inProperties && (key === 'description' || key === 'title' || key === 'examples')) {
      continue;
    }
    if (!inProperties && (key === 'enum' || key === 'const' || key === 'default')) {
      out[key] = sub;
      continue;
    }
    if (!inProperties && key === '$ref') {
      out[CALL_KEYWORD] = sub;
      continue;
    }
    out[key] = compiledCopy(sub, !inProperties && SCHEMA_MAPS.has(key));
  }
  return out;
}

function replaceRuntimeRequires(code: string): { code: string; used: Set<string> } {
  const used = new Set<string>();
  const replaced = code.replace(/require\(\s*"([^"]+)"\s*\)\.default/g, (_whole, mod: string) => {
    const replacement = RUNTIME_REPLACEMENTS[mod];
    if (!replacement) {
      throw new Error(
        `validators emitter: AJV standalone code requires ${JSON.stringify(mod)}, which has no bundled replacement; add one to RUNTIME_REPLACEMENTS`,
      );
    }
    used.add(mod);
    return replacement.binding;
  });
  return { code: replaced, used };
}

export interface StandaloneInput {
  /** Schemas to add to AJV; each carries its `$id`. */
  schemas: JsonSchema[];
  /** Export name → `$id` of the schema it validates. */
  exports: Record<string, string>;
}

/**
 * Compiles the schemas with AJV at generation time and returns one ESM module
 * with a validate function per export, with no `require`, `eval` or
 * `new Function` left in it.
 *
 * AJV follows no `$ref`: each one is a call of the referenced schema's validator by its
 * module-level name (`v$<id>`, bound to it in the module), so each schema compiles on its
 * own, however long a chain of `$ref`s is; the module is AJV's standalone code otherwise.
 */
export async function compileStandalone(input: StandaloneInput): Promise<string> {
  const ajv = new Ajv(standaloneAjvOptions());
  ajv.addKeyword({
    keyword: CALL_KEYWORD,
    schemaType: 'string',
    code: (cxt: KeywordCxt) => callRef(cxt, new Name(validatorBinding(cxt.schema as string))),
  });
  const ids = input.schemas.map((s) => String(s.$id));
  for (const id of [...ids, ...Object.keys(input.exports)]) {
    if (!IDENTIFIER.test(id)) {
      throw new Error(`validators emitter: ${JSON.stringify(id)} is not a JavaScript identifier`);
    }
  }
  for (const schema of input.schemas) {
    try {
      ajv.addSchema(compiledCopy(schema) as JsonSchema);
    } catch (err) {
      throw new Error(
        `validators emitter: AJV rejected schema ${String(schema.$id)}: ${(err as Error).message}`,
      );
    }
  }
  // Only a schema that reaches a cycle of $refs recurses as deep as its data goes.
  const recursive = recursiveSchemas(
    refGraph(Object.fromEntries(input.schemas.map((s) => [String(s.$id), s])), (ref) => ref),
  );
  let validators: string;
  try {
    validators = standaloneModule(
      ajv,
      Object.fromEntries(ids.map((id) => [validatorBinding(id), id])),
      (binding, validateName) => `const ${binding} = ${validateName};`,
    );
  } catch (err) {
    throw new Error(
      `validators emitter: AJV could not compile the schemas: ${(err as Error).message}`,
    );
  }
  const exported = Object.entries(input.exports).map(([name, id]) => {
    const binding = validatorBinding(id);
    return `export const ${name} = ${recursive.has(id) ? `${LIMIT_DEPTH_BINDING}(${binding})` : binding};`;
  });
  const limited = Object.values(input.exports).some((id) => recursive.has(id));
  const raw = `${validators}\n${exported.join('\n')}`;
  const { code, used } = replaceRuntimeRequires(dropCallContext(pruneSchemaConstants(raw)));
  const imports = [
    `import { formats as ${FORMATS_BINDING} } from ${JSON.stringify(FORMATS_SOURCE)};`,
  ];
  if (limited) {
    imports.push(
      `import { limitDepth as ${LIMIT_DEPTH_BINDING} } from ${JSON.stringify(DEPTH_LIMIT_SOURCE)};`,
    );
  }
  for (const mod of [...used].sort()) {
    const r = RUNTIME_REPLACEMENTS[mod] as { binding: string; exportName: string };
    imports.push(
      `import { ${r.exportName} as ${r.binding} } from ${JSON.stringify(RUNTIME_SOURCE)};`,
    );
  }
  const left = findForbidden(code);
  if (left.length > 0) {
    throw new Error(`validators emitter: AJV standalone code still contains ${left.join(', ')}`);
  }

  // Loaded on use: a spec that fails before bundling never starts esbuild.
  const { build } = await import('esbuild');
  const bundled = await build({
    stdin: {
      contents: `${imports.join('\n')}\n${code}`,
      loader: 'js',
      sourcefile: 'standalone.js',
      resolveDir: path.dirname(FORMATS_SOURCE),
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const output = bundled.outputFiles[0]?.text;
  if (output === undefined) {
    throw new Error('validators emitter: esbuild produced no output');
  }
  const remaining = findForbidden(output);
  if (remaining.length > 0) {
    throw new Error(
      `validators emitter: the bundled validators still contain ${remaining.join(', ')}; the module would not be CSP-safe ESM`,
    );
  }
  return output;
}
