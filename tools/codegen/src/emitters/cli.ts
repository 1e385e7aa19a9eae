import { generatedHeader } from '../header.js';
import { isObject, type JsonObject } from '../json.js';
import type { OperationModel, SpecModel } from '../model.js';
import type { Emitter } from '../pipeline.js';
import { operationPointer, SpecRefusal } from '../spec-refusal.js';
import type { GeneratedFile } from '../write-files.js';

export const CLI_OUT_DIR = 'packages/cli/src/generated';

/** Command groups the CLI writes by hand (`workflows job wait`…): no resource may take them. */
export const HAND_WRITTEN_COMMANDS = new Set(['job', 'graphql-job', 'bulk', 'help']);
/** Options every operation command has: no parameter may take their flag. */
export const COMMON_FLAGS = new Set([
  'server',
  'json',
  'data',
  'dry-run',
  'wait',
  'help',
  'interval',
  'timeout',
  'progress',
  'retries',
]);

/**
 * A client name as a command word: `adGroups` -> `ad-groups`, `bulkCreate` -> `bulk-create`.
 * `graphQl` is one word on the command line (`graphql`), as the `graphql-job` commands write it.
 */
export const commandWord = (name: string): string =>
  name
    .replace(/GraphQl|GraphQL/g, 'Graphql')
    .replace(/^graphQl|^graphQL/, 'graphql')
    .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Whitespace collapsed, so a description is one line of help. */
const oneLine = (text: unknown): string | null =>
  typeof text === 'string' && text.trim() !== '' ? text.trim().replace(/\s+/g, ' ') : null;

const refName = (ref: unknown): string | undefined =>
  typeof ref === 'string' && ref.startsWith('#/components/schemas/')
    ? ref.slice('#/components/schemas/'.length)
    : undefined;

/** Enums of up to this many values are spelled out in help; longer ones are named. */
const MAX_SHOWN_ENUM = 8;

/** A schema in a few words for help: `string (date-time) or null`, `array of AdGroupInput`. */
export function schemaText(model: SpecModel, schema: unknown): string {
  if (!isObject(schema)) {
    return 'any';
  }
  const nullable = schema.nullable === true ? ' or null' : '';
  const named = refName(schema.$ref);
  if (named !== undefined) {
    const target = model.schemas[named];
    const values = Array.isArray(target?.enum) ? target.enum : undefined;
    return values && values.length <= MAX_SHOWN_ENUM
      ? `${named} (${values.map((v) => JSON.stringify(v)).join(' | ')})${nullable}`
      : `${named}${nullable}`;
  }
  for (const combiner of ['allOf', 'oneOf', 'anyOf'] as const) {
    const parts = schema[combiner];
    if (Array.isArray(parts) && parts.length > 0) {
      const texts = parts.map((part) => schemaText(model, part));
      return `${texts.join(combiner === 'allOf' ? ' and ' : ' or ')}${nullable}`;
    }
  }
  if (Array.isArray(schema.enum)) {
    return `${schema.enum.map((v) => JSON.stringify(v)).join(' | ')}${nullable}`;
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const texts = types.map((type) => {
    switch (type) {
      case 'array':
        return `array of ${schemaText(model, schema.items)}`;
      case undefined:
        return 'any';
      default:
        return typeof schema.format === 'string' ? `${type} (${schema.format})` : String(type);
    }
  });
  return `${texts.join(' or ')}${nullable}`;
}

/** The object schema `schema` stands for, following a `$ref` or a one-member `allOf`. */
function objectSchema(model: SpecModel, schema: unknown): JsonObject | undefined {
  if (!isObject(schema)) {
    return undefined;
  }
  const named = refName(schema.$ref);
  if (named !== undefined) {
    return objectSchema(model, model.schemas[named]);
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1) {
    return objectSchema(model, schema.allOf[0]);
  }
  return isObject(schema.properties) ? schema : undefined;
}

export interface BodyFieldText {
  name: string;
  type: string;
  required: boolean;
  description: string | null;
  /** The required fields of the field's own object (or of its items'), one level down. */
  requires: string[];
}

function fieldsOf(model: SpecModel, schema: JsonObject | undefined): BodyFieldText[] {
  if (!schema) {
    return [];
  }
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(schema.properties as JsonObject).map(([name, property]) => {
    const prop = isObject(property) ? property : {};
    const inner =
      objectSchema(model, prop) ??
      (prop.type === 'array' ? objectSchema(model, prop.items) : undefined);
    return {
      name,
      type: schemaText(model, prop),
      required: required.has(name),
      description: oneLine(prop.description) ?? oneLine(objectSchema(model, prop)?.description),
      requires: Array.isArray(inner?.required) ? inner.required.map(String) : [],
    };
  });
}

function command(model: SpecModel, op: OperationModel) {
  const fail = (why: string): never => {
    throw new SpecRefusal(
      `cli emitter: operation ${op.operationId} (${op.method} ${op.path}): ${why}`,
      operationPointer(op),
    );
  };
  const resource = commandWord(op.group);
  if (HAND_WRITTEN_COMMANDS.has(resource)) {
    fail(`group "${op.group}" would take the hand-written command "workflows ${resource}"`);
  }
  const flags = op.parameters
    .filter((p) => p.in === 'path' || p.in === 'query')
    .map((p) => {
      const flag = commandWord(p.name);
      if (COMMON_FLAGS.has(flag)) {
        fail(`parameter "${p.name}" would take the common option --${flag}`);
      }
      return {
        flag,
        param: p.name,
        in: p.in,
        required: p.required || p.in === 'path',
        type: schemaText(model, p.schema),
        description: oneLine(p.description),
      };
    });
  const bodySchema = op.requestBody?.schema;
  const body = op.requestBody
    ? {
        required: op.requestBody.required,
        type: schemaText(model, bodySchema),
        fields: fieldsOf(
          model,
          objectSchema(model, bodySchema) ??
            (isObject(bodySchema) && bodySchema.type === 'array'
              ? objectSchema(model, bodySchema.items)
              : undefined),
        ),
      }
    : null;
  return {
    resource,
    command: commandWord(op.name),
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    summary: oneLine(op.summary) ?? `${op.method} ${op.path}`,
    description: oneLine(op.description),
    flags,
    body,
  };
}

/** `packages/cli/src/generated/commands.ts`: one `workflows <resource> <command>` per operation. */
export function emitCommands(model: SpecModel): string {
  const commands = model.operations
    .map((op) => command(model, op))
    .sort((a, b) =>
      `${a.resource} ${a.command}` < `${b.resource} ${b.command}`
        ? -1
        : `${a.resource} ${a.command}` > `${b.resource} ${b.command}`
          ? 1
          : 0,
    );
  const seen = new Map<string, string>();
  for (const c of commands) {
    const words = `${c.resource} ${c.command}`;
    const other = seen.get(words);
    if (other !== undefined) {
      throw new SpecRefusal(
        `cli emitter: operations ${other} and ${c.operationId} both become "workflows ${words}"`,
        operationPointer(c),
      );
    }
    seen.set(words, c.operationId);
  }
  return [
    generatedHeader(model),
    "import type { OperationCommand } from '../operation-command.js';",
    '',
    '/** Every operation as `workflows <resource> <command>`, sorted by those words. */',
    `export const operationCommands: readonly OperationCommand[] = ${JSON.stringify(commands, null, 2)};`,
    '',
  ].join('\n');
}

export const cliEmitter: Emitter = {
  name: 'cli',
  outDir: CLI_OUT_DIR,
  emit(model): GeneratedFile[] {
    return [{ path: `${CLI_OUT_DIR}/commands.ts`, contents: emitCommands(model) }];
  },
};
