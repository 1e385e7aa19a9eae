import { canonicalJson } from '../../canonical-json.js';
import type { JsonObject } from '../../json.js';
import type { OperationModel, ParameterModel, SpecModel } from '../../model.js';
import { escapePointerToken } from '../../spec-location.js';
import {
  COMPONENT_REF_PREFIX,
  type JsonSchema,
  normaliseSchema,
  SchemaNormaliseError,
} from './normalise.js';

/**
 * How a parameter's value, a string on the wire, is read before it is validated: as the
 * scalar type its schema names (`integer`, `number`, `boolean`, `string`), and for an array
 * (a query parameter repeated, style form with explode) each item so, as `integer[]`.
 */
export type ParameterCoercion = string;

/** What the run-time needs to validate the path or the query parameters of one operation. */
export interface ParameterPlan {
  /** Validator of the object of every parameter in that location, by name. */
  validator: string;
  /** Parameter name → how its string is read (see `ParameterCoercion`). */
  coerce: Record<string, ParameterCoercion>;
}

/** What the run-time needs to validate one operation's bodies and parameters. */
export interface OperationPlan {
  operationId: string;
  method: string;
  path: string;
  /** `null` when the operation declares no request body. */
  request: { required: boolean; validator: string } | null;
  /** Status (as written in the spec: `200`, `5XX`, `default`) → validator, `null` for no body. */
  responses: { status: string; validator: string | null }[];
  /** `null` for a location where the operation declares no parameter. */
  parameters: { path: ParameterPlan | null; query: ParameterPlan | null };
}

const COERCIBLE = new Set(['integer', 'number', 'boolean']);

/** The scalar type a parameter's string is read as; a `$ref` to a component is followed. */
function scalarType(model: SpecModel, schema: JsonObject | undefined): string {
  const ref = schema?.$ref;
  const target =
    typeof ref === 'string' && ref.startsWith(COMPONENT_REF_PREFIX)
      ? model.schemas[ref.slice(COMPONENT_REF_PREFIX.length)]
      : schema;
  const type = target?.type;
  return typeof type === 'string' && COERCIBLE.has(type) ? type : 'string';
}

function coercionOf(model: SpecModel, p: ParameterModel): ParameterCoercion {
  if (p.schema.type !== 'array') {
    return scalarType(model, p.schema);
  }
  const items = p.schema.items;
  return `${scalarType(model, items !== null && typeof items === 'object' ? (items as JsonObject) : undefined)}[]`;
}

export interface OperationSchemas {
  operations: OperationPlan[];
  /** Validators for schemas written inline in operations, by name; each has its `$id`. */
  inline: Record<string, JsonSchema>;
  /** Where each inline schema sits in the spec (a JSON pointer), by name: for errors. */
  pointers: Record<string, string>;
}

/**
 * Maps every request and response body to a validator: the component's own
 * for a plain `$ref`, otherwise a validator for the inline schema, shared by
 * every body with the same schema.
 */
export function planOperations(model: SpecModel): OperationSchemas {
  const components = new Set(model.schemaNames);
  const inline: Record<string, JsonSchema> = {};
  const pointers: Record<string, string> = {};
  const byShape = new Map<string, string>();

  const validatorFor = (schema: JsonSchema, name: string, pointer: string): string => {
    const keys = Object.keys(schema);
    const ref = schema.$ref;
    if (keys.length === 1 && typeof ref === 'string') {
      const target = ref.startsWith(COMPONENT_REF_PREFIX)
        ? ref.slice(COMPONENT_REF_PREFIX.length)
        : '';
      if (!components.has(target)) {
        throw new SchemaNormaliseError(
          pointer,
          `$ref ${JSON.stringify(ref)} is not a component schema`,
        );
      }
      return target;
    }
    const normalised = normaliseSchema(schema, pointer);
    const shape = canonicalJson(normalised);
    const existing = byShape.get(shape);
    if (existing) {
      return existing;
    }
    if (components.has(name)) {
      throw new SchemaNormaliseError(
        pointer,
        `the validator name ${name} for this inline schema clashes with a component schema`,
      );
    }
    if (typeof normalised === 'boolean') {
      throw new SchemaNormaliseError(pointer, 'a boolean body schema is not supported');
    }
    inline[name] = { $id: name, ...normalised };
    pointers[name] = pointer.replace(/^#/, '');
    byShape.set(shape, name);
    return name;
  };

  /**
   * One object schema per location: each parameter a property, the required ones required,
   * others allowed (a server ignores query parameters it does not know).
   */
  const parametersIn = (
    op: OperationModel,
    location: 'path' | 'query',
    base: string,
  ): ParameterPlan | null => {
    const params = op.parameters.filter((p) => p.in === location);
    if (params.length === 0) {
      return null;
    }
    const properties: JsonSchema = {};
    const coerce: Record<string, ParameterCoercion> = {};
    for (const p of params) {
      // A parameter described by `content` has no schema of its own here: any value passes.
      properties[p.name] = p.hasContent ? {} : p.schema;
      coerce[p.name] = coercionOf(model, p);
    }
    const required = params.filter((p) => p.required).map((p) => p.name);
    const schema: JsonSchema = {
      type: 'object',
      properties,
      ...(required.length > 0 ? { required } : {}),
    };
    return {
      validator: validatorFor(schema, `${op.operationId}_${location}`, `${base}/parameters`),
      coerce,
    };
  };

  const operations = model.operations.map((op): OperationPlan => {
    const base = `#/paths/${escapePointerToken(op.path)}/${op.method.toLowerCase()}`;
    let request: OperationPlan['request'] = null;
    if (op.requestBody) {
      const mediaType = op.requestBody.contentTypes[0] ?? 'application/json';
      const pointer = `${base}/requestBody/content/${escapePointerToken(mediaType)}/schema`;
      if (!op.requestBody.schema) {
        throw new SchemaNormaliseError(
          pointer,
          `operation ${op.operationId}: the request body has no schema`,
        );
      }
      request = {
        required: op.requestBody.required,
        validator: validatorFor(op.requestBody.schema, `${op.operationId}_request`, pointer),
      };
    }
    const responses = op.responses.map((r) => {
      if (!r.schema) {
        return { status: r.status, validator: null };
      }
      const pointer = `${base}/responses/${escapePointerToken(r.status)}/content/${escapePointerToken(r.contentType ?? '')}/schema`;
      return {
        status: r.status,
        validator: validatorFor(r.schema, `${op.operationId}_${r.status}`, pointer),
      };
    });
    const parameters = {
      path: parametersIn(op, 'path', base),
      query: parametersIn(op, 'query', base),
    };
    return {
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      request,
      responses,
      parameters,
    };
  });
  return { operations, inline, pointers };
}
