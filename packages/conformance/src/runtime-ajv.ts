import { readFileSync } from 'node:fs';
import { asObject as obj } from '@workflows-api/codegen/json';
import { formats } from '@workflows-api/codegen/validators/formats';
import {
  AJV_VALIDATION_OPTIONS,
  type JsonSchema,
  normaliseComponents,
  normaliseSchema,
} from '@workflows-api/codegen/validators/normalise';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import type { SchemaValidator } from './check-fixtures.js';
import { SPEC_FILE } from './paths.js';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** A request or response body of an operation, as the spec writes it. */
export interface BodyTarget {
  /** `createAdGroup request`, `getBulkJobStatus 200`. */
  label: string;
  operationId: string;
  /** `request`, or the response status. */
  where: 'request' | string;
  /** Normalised schema (a `$ref` by component name, or the inline schema). */
  schema: JsonSchema;
  validate: ValidateFunction;
}

export interface RuntimeCompile {
  /** The normalised component schemas, by name. */
  schemas: Record<string, JsonSchema>;
  validators: Record<string, ValidateFunction>;
  /** Each former name of a renamed schema (`x-former-names`) and the schema's current name. */
  aliases: ReadonlyMap<string, string>;
  /** Every body schema of every operation, compiled. */
  bodies: BodyTarget[];
  /** Adapter for `checkFixtures`; takes a current or a former schema name. */
  validate: SchemaValidator;
}

/**
 * Former names read straight from the spec document, not from the generated
 * `schemaAliases`, so the fixtures check the generator's alias table too.
 */
function formerNames(document: JsonSchema): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [name, schema] of Object.entries(obj(obj(document.components).schemas))) {
    const former = obj(schema)['x-former-names'];
    if (!Array.isArray(former)) continue;
    for (const alias of former) if (typeof alias === 'string') aliases.set(alias, name);
  }
  return aliases;
}

/**
 * A fresh AJV compile of the spec at run time, independent of the generated
 * code: read the YAML, normalise, compile with the same options and formats.
 */
export function compileSpecAtRuntime(specFile = SPEC_FILE): RuntimeCompile {
  const document = parse(readFileSync(specFile, 'utf8')) as JsonSchema;
  const schemas = normaliseComponents(document);
  const ajv = new Ajv({ ...AJV_VALIDATION_OPTIONS, formats });
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  const validators: Record<string, ValidateFunction> = {};
  for (const name of Object.keys(schemas)) {
    const v = ajv.getSchema(name);
    if (!v) throw new Error(`runtime AJV: schema ${name} did not compile`);
    validators[name] = v;
  }

  const bodies: BodyTarget[] = [];
  for (const [route, item] of Object.entries(obj(document.paths))) {
    for (const method of HTTP_METHODS) {
      const op = obj(obj(item)[method]);
      if (typeof op.operationId !== 'string') continue;
      const operationId = op.operationId;
      const add = (where: string, media: unknown, pointer: string) => {
        const raw = obj(media).schema;
        if (raw === undefined) return;
        const normalised = normaliseSchema(raw, pointer);
        if (typeof normalised === 'boolean') throw new Error(`${pointer}: boolean schema`);
        const schema = { $id: `${operationId}.${where}`, ...normalised };
        // A plain component $ref needs no schema of its own: compile it as written.
        bodies.push({
          label: `${operationId} ${where}`,
          operationId,
          where,
          schema: normalised,
          validate: ajv.compile(schema),
        });
      };
      const base = `#/paths/${route.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`;
      const request = obj(obj(op.requestBody).content);
      const firstRequest = Object.entries(request)[0];
      if (firstRequest) add('request', firstRequest[1], `${base}/requestBody`);
      for (const [status, response] of Object.entries(obj(op.responses))) {
        const first = Object.entries(obj(obj(response).content))[0];
        if (first) add(status, first[1], `${base}/responses/${status}`);
      }
    }
  }

  const aliases = formerNames(document);
  const validate: SchemaValidator = (schemaName, data) => {
    const v = validators[aliases.get(schemaName) ?? schemaName];
    if (!v) throw new Error(`runtime AJV: no schema named ${schemaName}`);
    if (v(data)) return { valid: true };
    return {
      valid: false,
      reasons: (v.errors ?? []).map(
        (e) => `${e.instancePath || '(root)'}: ${e.message ?? e.keyword}`,
      ),
    };
  };
  return { schemas, validators, aliases, bodies, validate };
}

/** The component a normalised body schema is, when it is a plain `$ref`. */
export function componentOf(schema: JsonSchema): string | undefined {
  const keys = Object.keys(schema);
  return keys.length === 1 && typeof schema.$ref === 'string' ? schema.$ref : undefined;
}
