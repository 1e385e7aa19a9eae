import { generatedHeader } from '../header.js';
import type { JsonObject } from '../json.js';
import type { SpecModel } from '../model.js';
import { OneShotWorker } from '../one-shot-worker.js';
import type { Emitter } from '../pipeline.js';
import { operationPointer, SpecRefusal, schemaPointer } from '../spec-refusal.js';
import type { GeneratedFile } from '../write-files.js';
import { emitOperationTable } from './operation-table.js';
import { workerEmitter } from './worker-emitter.js';

export const TYPES_OUT_DIR = 'packages/types/src/generated';

export const pascalCase = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1);

/** Names of the per-operation helper types; one place so emitters and checks agree. */
export const operationTypeNames = (operationId: string) => {
  const base = pascalCase(operationId);
  return {
    body: `${base}RequestBody`,
    parameters: `${base}Parameters`,
    response: `${base}Response`,
    error: `${base}ErrorResponse`,
  };
};

/** The object of an enum's values by name: `WorkflowStatus` -> `WorkflowStatusValues`. */
export const valuesName = (enumName: string) => `${enumName}Values`;

const isStringEnum = (values: readonly (string | number)[]) =>
  values.every((v) => typeof v === 'string');

function emitSchemas(model: SpecModel): string {
  const enumNames = new Set(model.enums.map((e) => e.name));
  const exported = new Set([...model.schemaNames, ...model.schemaAliases.map((a) => a.name)]);
  const lines = [
    generatedHeader(model),
    "import type { components } from './openapi.js';",
    '',
    '// One named type per component schema.',
  ];
  for (const name of model.schemaNames) {
    if (enumNames.has(name)) {
      continue;
    }
    lines.push(`export type ${name} = components['schemas']['${name}'];`);
  }
  lines.push('', '// Enums: the type, and the same values as a readonly array for run-time use.');
  for (const { name, values } of model.enums) {
    lines.push(
      `export type ${name} = components['schemas']['${name}'];`,
      `export const ${name} = ${JSON.stringify(values)} as const satisfies readonly ${name}[];`,
      // Fails to compile if the array ever misses a member of the union.
      `const _${name}Complete: [Exclude<${name}, (typeof ${name})[number]>] extends [never] ? true : false = true;`,
      `void _${name}Complete;`,
    );
    if (isStringEnum(values)) {
      if (exported.has(valuesName(name))) {
        throw new SpecRefusal(
          `types emitter: ${valuesName(name)}, the values of enum ${name}, clashes with a schema of that name; rename the schema`,
          schemaPointer(valuesName(name)),
        );
      }
      // Each value by its own name, so code names a value without writing the API's string.
      const byName = JSON.stringify(Object.fromEntries(values.map((v) => [v, v])));
      lines.push(
        `/** The values of \`${name}\` by name: \`${valuesName(name)}.${values[0]}\`. */`,
        `export const ${valuesName(name)} = ${byName} as const satisfies { readonly [V in ${name}]: V };`,
      );
    }
  }
  lines.push('', `export const schemaNames = ${JSON.stringify(model.schemaNames)} as const;`);
  lines.push('export type SchemaName = (typeof schemaNames)[number];', '');
  lines.push(...emitSchemaAliases(model));
  return lines.join('\n');
}

/** The former names of renamed schemas (`x-former-names`): deprecated, same wire rules. */
function emitSchemaAliases(model: SpecModel): string[] {
  const lines = [
    '// Former names of renamed schemas: the same type under the name code was written against.',
  ];
  for (const { name, target, isEnum } of model.schemaAliases) {
    const deprecated = `/** @deprecated Renamed \`${target}\` by the API (same wire rules); use that name. */`;
    lines.push(deprecated, `export type ${name} = ${target};`);
    if (isEnum) {
      lines.push(deprecated, `export const ${name} = ${target};`);
      const values = model.enums.find((e) => e.name === target)?.values ?? [];
      if (isStringEnum(values)) {
        lines.push(deprecated, `export const ${valuesName(name)} = ${valuesName(target)};`);
      }
    }
  }
  const map = Object.fromEntries(model.schemaAliases.map((a) => [a.name, a.target]));
  lines.push(
    '',
    '/** Each former schema name and the name the schema has now. */',
    `export const schemaAliases = ${JSON.stringify(map)} as const;`,
    'export type SchemaAlias = keyof typeof schemaAliases;',
    '/** The type of a schema, by its name or a former name. */',
    'export type SchemaByName<N extends SchemaName | SchemaAlias> = N extends SchemaAlias',
    "  ? components['schemas'][(typeof schemaAliases)[N]]",
    '  : N extends SchemaName',
    "    ? components['schemas'][N]",
    '    : never;',
    '',
  );
  return lines;
}

function emitOperations(model: SpecModel): string {
  const taken = new Set([...model.schemaNames, ...model.schemaAliases.map((a) => a.name)]);
  const lines = [
    generatedHeader(model),
    "import type { OperationBody, OperationErrorResponse, OperationParameters, OperationSuccessResponse } from '../helpers.js';",
    '',
    `export const operationIds = ${JSON.stringify(model.operations.map((o) => o.operationId))} as const;`,
    '',
  ];
  for (const op of model.operations) {
    const names = operationTypeNames(op.operationId);
    for (const n of Object.values(names)) {
      if (taken.has(n)) {
        throw new SpecRefusal(
          `types emitter: helper type ${n} of operation ${op.operationId} clashes with another export; rename the operationId or the schema`,
          `${operationPointer(op)}/operationId`,
        );
      }
      taken.add(n);
    }
    const id = JSON.stringify(op.operationId).replace(/"/g, "'");
    lines.push(
      `/** ${op.method} ${op.path}${op.summary ? ` — ${op.summary}` : ''} */`,
      `export type ${names.body} = OperationBody<${id}>;`,
      `export type ${names.parameters} = OperationParameters<${id}>;`,
      `export type ${names.response} = OperationSuccessResponse<${id}>;`,
      `export type ${names.error} = OperationErrorResponse<${id}>;`,
      '',
    );
  }
  return lines.join('\n');
}

/**
 * openapi-typescript on a worker thread, started before the spec loads: the thread loads
 * openapi-typescript and the TypeScript compiler (the largest single load of a run) while
 * the main thread loads Redocly and the spec.
 */
const startOpenapiTypes = () =>
  new OneShotWorker<JsonObject, string>(
    new URL('./openapi-ts-worker.js', import.meta.url),
    async () => (await import('./openapi-ts.js')).renderOpenapiTypes,
  );

async function emitTypes(
  model: SpecModel,
  worker: OneShotWorker<JsonObject, string>,
): Promise<GeneratedFile[]> {
  // The small files first: one that throws must not leave the thread's answer unawaited.
  const rest = [
    { path: `${TYPES_OUT_DIR}/schemas.ts`, contents: emitSchemas(model) },
    { path: `${TYPES_OUT_DIR}/operations.ts`, contents: emitOperations(model) },
    { path: `${TYPES_OUT_DIR}/operation-table.ts`, contents: emitOperationTable(model) },
  ];
  const contents = `${generatedHeader(model)}\n${await worker.run(model.spec.document)}`;
  return [{ path: `${TYPES_OUT_DIR}/openapi.ts`, contents }, ...rest];
}

export const typesEmitter: Emitter = workerEmitter({
  name: 'types',
  outDir: TYPES_OUT_DIR,
  start: startOpenapiTypes,
  emit: emitTypes,
});
