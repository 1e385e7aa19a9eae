import { generatedHeader } from '../../header.js';
import type { SpecModel } from '../../model.js';
import type { JsonSchema } from './normalise.js';
import type { OperationPlan } from './operation-schemas.js';

const q = (s: string) => JSON.stringify(s);

export function renderStandalone(model: SpecModel, code: string): string {
  // The AJV output is checked by the emitter, not by tsc: its types are inferred from minified code.
  return `${generatedHeader(model)}// @ts-nocheck\n${code}`;
}

/** One entry per line: diffs stay readable, the module stays small to parse. */
function oneLinePerEntry(record: Record<string, unknown>): string {
  const entries = Object.entries(record).map(([k, v]) => `  ${q(k)}: ${JSON.stringify(v)},`);
  return entries.length === 0 ? '{}' : `{\n${entries.join('\n')}\n}`;
}

export function renderSchemas(
  model: SpecModel,
  components: Record<string, JsonSchema>,
  inline: Record<string, JsonSchema>,
): string {
  const names = Object.keys(components);
  return [
    generatedHeader(model),
    "import type { SchemaName } from '@workflows-api/types';",
    "import type { JsonSchema } from '../json-schema.js';",
    '',
    '/** Every component schema name, in the same order as `@workflows-api/types`. */',
    `export const schemaNames = ${JSON.stringify(names)} as const satisfies readonly SchemaName[];`,
    // Fails to compile when the types package has a schema the validators lack.
    'const _complete: [Exclude<SchemaName, (typeof schemaNames)[number]>] extends [never] ? true : false = true;',
    'void _complete;',
    '',
    '/** The component schemas as JSON Schema draft-07 (OpenAPI `nullable` and formats normalised); `$ref`s name other entries. */',
    `export const schemas: { readonly [K in SchemaName]: JsonSchema } = ${oneLinePerEntry(components)};`,
    '',
    "/** Schemas written inline in operations (e.g. the archive operations' id lists), by validator name. */",
    `export const operationSchemas: { readonly [name: string]: JsonSchema } = ${oneLinePerEntry(inline)};`,
    '',
  ].join('\n');
}

export function renderValidators(model: SpecModel, names: string[], inlineNames: string[]): string {
  const lines = [
    generatedHeader(model),
    "import type { SchemaAlias, SchemaName } from '@workflows-api/types';",
    "import type { CompiledValidator } from '../compiled-validator.js';",
    "import * as standalone from './standalone.js';",
    '',
    '/** The precompiled validate function of every component schema, and of each former name (deprecated). */',
    'export const schemaValidators: { readonly [K in SchemaName | SchemaAlias]: CompiledValidator } = {',
    ...names.map((n) => `  ${n}: standalone.${n} as CompiledValidator,`),
    ...model.schemaAliases.map((a) => `  ${a.name}: standalone.${a.target} as CompiledValidator,`),
    '};',
    '',
    '/** Validators of the schemas written inline in operations. */',
    'export const inlineValidators: { readonly [name: string]: CompiledValidator } = {',
    ...inlineNames.map((n) => `  ${n}: standalone.${n} as CompiledValidator,`),
    '};',
    '',
  ];
  return lines.join('\n');
}

export function renderGuards(model: SpecModel, names: string[]): string {
  const typeNames = [...names, ...model.schemaAliases.map((a) => a.name)].sort();
  const lines = [
    generatedHeader(model),
    `import type { ${typeNames.join(', ')} } from '@workflows-api/types';`,
    "import type { CompiledValidator } from '../compiled-validator.js';",
    "import { asserter, guard } from '../guard.js';",
    "import * as standalone from './standalone.js';",
    '',
    // Guards are built by pure calls so a bundler drops the ones an app does not import.
  ];
  for (const n of names) {
    lines.push(
      `/** Whether \`data\` is a valid \`${n}\`. */`,
      `export const is${n}: (data: unknown) => data is ${n} = /* @__PURE__ */ guard(standalone.${n} as CompiledValidator);`,
      `/** Throws a \`ValidationError\` listing every issue unless \`data\` is a valid \`${n}\`. */`,
      `export const assert${n}: (data: unknown) => asserts data is ${n} = /* @__PURE__ */ asserter(${q(n)}, standalone.${n} as CompiledValidator);`,
      '',
    );
  }
  for (const { name, target } of model.schemaAliases) {
    const deprecated = (fn: string) =>
      `/** @deprecated \`${name}\` was renamed \`${target}\` by the API (same wire rules); use \`${fn}${target}\`. */`;
    lines.push(
      deprecated('is'),
      `export const is${name}: (data: unknown) => data is ${name} = /* @__PURE__ */ guard(standalone.${target} as CompiledValidator);`,
      deprecated('assert'),
      `export const assert${name}: (data: unknown) => asserts data is ${name} = /* @__PURE__ */ asserter(${q(name)}, standalone.${target} as CompiledValidator);`,
      '',
    );
  }
  return lines.join('\n');
}

export function renderOperations(model: SpecModel, operations: OperationPlan[]): string {
  const table: Record<string, unknown> = {};
  for (const op of operations) {
    table[op.operationId] = {
      method: op.method,
      path: op.path,
      request: op.request,
      responses: Object.fromEntries(op.responses.map((r) => [r.status, r.validator])),
      parameters: op.parameters,
    };
  }
  return [
    generatedHeader(model),
    "import type { OperationId } from '@workflows-api/types';",
    "import type { OperationValidation } from '../operation-validation.js';",
    '',
    '/**',
    ' * Per operation: the validator of its request body (`null`: it takes none),',
    ' * of each documented response status (`null`: that status has no body), and of',
    ' * its path and query parameters with how each string is read (`null`: none there).',
    ' * Validator names are component schema names or keys of `inlineValidators`.',
    ' */',
    `export const operationValidation: { readonly [K in OperationId]: OperationValidation } = ${JSON.stringify(table, null, 2)};`,
    '',
  ].join('\n');
}
