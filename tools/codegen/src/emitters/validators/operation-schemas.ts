import { canonicalJson } from '../../canonical-json.js';
import type { SpecModel } from '../../model.js';
import { escapePointerToken } from '../../spec-location.js';
import {
  COMPONENT_REF_PREFIX,
  type JsonSchema,
  normaliseSchema,
  SchemaNormaliseError,
} from './normalise.js';

/** What the run-time needs to validate one operation's bodies. */
export interface OperationPlan {
  operationId: string;
  method: string;
  path: string;
  /** `null` when the operation declares no request body. */
  request: { required: boolean; validator: string } | null;
  /** Status (as written in the spec: `200`, `5XX`, `default`) → validator, `null` for no body. */
  responses: { status: string; validator: string | null }[];
}

export interface OperationSchemas {
  operations: OperationPlan[];
  /** Validators for schemas written inline in operations, by name; each has its `$id`. */
  inline: Record<string, JsonSchema>;
}

/**
 * Maps every request and response body to a validator: the component's own
 * for a plain `$ref`, otherwise a validator for the inline schema, shared by
 * every body with the same schema.
 */
export function planOperations(model: SpecModel): OperationSchemas {
  const components = new Set(model.schemaNames);
  const inline: Record<string, JsonSchema> = {};
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
    if (existing) return existing;
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
    byShape.set(shape, name);
    return name;
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
      if (!r.schema) return { status: r.status, validator: null };
      const pointer = `${base}/responses/${escapePointerToken(r.status)}/content/${escapePointerToken(r.contentType ?? '')}/schema`;
      return {
        status: r.status,
        validator: validatorFor(r.schema, `${op.operationId}_${r.status}`, pointer),
      };
    });
    return { operationId: op.operationId, method: op.method, path: op.path, request, responses };
  });
  return { operations, inline };
}
