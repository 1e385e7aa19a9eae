import path from 'node:path';
import { loadSpec } from '@workflows-api/codegen/load-spec';
import { buildModel, operationPointer } from '@workflows-api/codegen/model';
import { formats } from '@workflows-api/codegen/validators/formats';
import {
  AJV_VALIDATION_OPTIONS,
  type JsonSchema,
  normaliseSchema,
  normaliseSchemas,
} from '@workflows-api/codegen/validators/normalise';
import { Ajv, type ValidateFunction } from 'ajv';
import type { SchemaValidator } from './check-fixtures.js';
import { REPO_ROOT, SPEC_FILE } from './paths.js';

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
 * A fresh AJV compile of the spec at run time, independent of the generated
 * code: load the spec and its model as codegen does, normalise, compile with
 * the same options and formats.
 */
export async function compileSpecAtRuntime(specFile = SPEC_FILE): Promise<RuntimeCompile> {
  const model = buildModel(await loadSpec(specFile), path.relative(REPO_ROOT, specFile));
  const schemas = normaliseSchemas(model.schemas);
  const ajv = new Ajv({ ...AJV_VALIDATION_OPTIONS, formats });
  for (const schema of Object.values(schemas)) {
    ajv.addSchema(schema);
  }
  const validators: Record<string, ValidateFunction> = {};
  for (const name of Object.keys(schemas)) {
    const v = ajv.getSchema(name);
    if (!v) {
      throw new Error(`runtime AJV: schema ${name} did not compile`);
    }
    validators[name] = v;
  }

  const bodies: BodyTarget[] = [];
  for (const op of model.operations) {
    const { operationId } = op;
    const add = (where: string, raw: JsonSchema | undefined, pointer: string) => {
      if (raw === undefined) {
        return;
      }
      const normalised = normaliseSchema(raw, pointer);
      if (typeof normalised === 'boolean') {
        throw new Error(`${pointer}: boolean schema`);
      }
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
    const base = `#${operationPointer(op.path, op.method)}`;
    add('request', op.requestBody?.schema, `${base}/requestBody`);
    for (const response of op.responses) {
      add(response.status, response.schema, `${base}/responses/${response.status}`);
    }
  }

  // From the model, not from the generated `schemaAliases`, so the fixtures check that table too.
  const aliases = new Map(model.schemaAliases.map((a) => [a.name, a.target]));
  const validate: SchemaValidator = (schemaName, data) => {
    const v = validators[aliases.get(schemaName) ?? schemaName];
    if (!v) {
      throw new Error(`runtime AJV: no schema named ${schemaName}`);
    }
    if (v(data)) {
      return { valid: true };
    }
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
