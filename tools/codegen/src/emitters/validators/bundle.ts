import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recursiveSchemas, refGraph } from '../../ref-chains.js';
import { type StandaloneInput, validatorBinding } from './compile-parts.js';
import { dropCallContext } from './drop-call-context.js';
import { pruneSchemaConstants } from './prune-schema-constants.js';

/** The name the generated code reads the formats by (AJV's `code.formats`). */
export const FORMATS_BINDING = '__formats';
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

/** The module of `compilePart`'s code of every part: exports bound, bundled with the runtime. */
export async function bundleStandalone(parts: string[], input: StandaloneInput): Promise<string> {
  // Only a schema that reaches a cycle of $refs recurses as deep as its data goes.
  const recursive = recursiveSchemas(
    refGraph(Object.fromEntries(input.schemas.map((s) => [String(s.$id), s])), (ref) => ref),
  );
  const exported = Object.entries(input.exports).map(([name, id]) => {
    const binding = validatorBinding(id);
    return `export const ${name} = ${recursive.has(id) ? `${LIMIT_DEPTH_BINDING}(${binding})` : binding};`;
  });
  const limited = Object.values(input.exports).some((id) => recursive.has(id));
  const raw = `${parts.join('\n')}\n${exported.join('\n')}`;
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
  // esbuild reads the module from a file: given as `stdin`, the same text crosses its
  // protocol 0.6 s slower at 50 times our spec (17 MB).
  const dir = await mkdtemp(path.join(tmpdir(), 'workflows-api-validators-'));
  let output: string | undefined;
  try {
    const entry = path.join(dir, 'standalone.js');
    await writeFile(entry, `${imports.join('\n')}\n${code}`);
    const bundled = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      write: false,
      logLevel: 'silent',
    });
    output = bundled.outputFiles[0]?.text;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
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
