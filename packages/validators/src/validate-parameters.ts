import type { OperationId, OperationParameters } from '@workflows-api/types';
import type { ValidationIssue } from './errors.js';
import type { ParameterValidation } from './operation-validation.js';
import { runValidator, type ValidationResult } from './validate.js';
import { operation, validatorNamed } from './validate-operation.js';

/** Path and query values as they arrive: strings, or a list of them for a repeated query parameter. */
export interface ParameterInput {
  readonly path?: { readonly [name: string]: unknown };
  readonly query?: { readonly [name: string]: unknown };
}

/** The values once read as their schemas' types (`'42'` → `42`, `'true'` → `true`). */
export interface ParameterValues<K extends OperationId> {
  path: OperationParameters<K>['path'];
  query: OperationParameters<K>['query'];
}

const INTEGER = /^-?(?:0|[1-9]\d*)$/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Reads one string as `type` the way OpenAPI's simple (path) and form (query) styles write
 * scalars. A string that is not such a value stays a string, so the validator reports it
 * (`must be integer`) instead of the reading guessing. Values that are not strings (already
 * read by the caller) are left alone.
 */
function readScalar(value: unknown, type: string): unknown {
  if (typeof value !== 'string') {
    return value;
  }
  switch (type) {
    case 'integer':
      return INTEGER.test(value) ? Number(value) : value;
    case 'number':
      return NUMBER.test(value) ? Number(value) : value;
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    default:
      return value;
  }
}

/** `x[]`: a repeated query parameter (form, explode); one value is a list of one. */
function readValue(value: unknown, coercion: string): unknown {
  if (!coercion.endsWith('[]')) {
    return readScalar(value, coercion);
  }
  const itemType = coercion.slice(0, -2);
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => readScalar(item, itemType));
}

function readLocation(
  given: { readonly [name: string]: unknown } | undefined,
  plan: ParameterValidation | null,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(given ?? {})) {
    // Absent, so that a required parameter left undefined is reported missing.
    if (value === undefined) {
      continue;
    }
    const coercion = plan && Object.hasOwn(plan.coerce, name) ? plan.coerce[name] : undefined;
    out[name] = coercion === undefined ? value : readValue(value, coercion);
  }
  return out;
}

/**
 * Validates an operation's path and query parameters against the spec's parameter schemas.
 * Values arrive as strings on the wire: each is first read as its schema's scalar type
 * (integers and numbers in JSON notation, booleans as `true`/`false`; a repeated query
 * parameter as a list), then validated. Issues are those of the body validators, their
 * `path` naming the parameter (`/query/forceArchive`, `/path/id`). Parameters the spec does
 * not declare are passed through unchecked (servers ignore unknown query parameters);
 * header parameters are not checked here. Throws `UnknownSchemaError` for an unknown id.
 */
export function validateParameters<K extends OperationId>(
  operationId: K,
  input: ParameterInput,
): ValidationResult<ParameterValues<K>> {
  const { parameters } = operation(operationId);
  const path = readLocation(input.path, parameters.path);
  const query = readLocation(input.query, parameters.query);
  const errors: ValidationIssue[] = [];
  for (const [location, values] of [
    ['path', path],
    ['query', query],
  ] as const) {
    const plan = parameters[location];
    if (plan === null) {
      continue;
    }
    const result = runValidator(validatorNamed(plan.validator), values);
    if (!result.valid) {
      for (const issue of result.errors) {
        errors.push({ ...issue, path: `/${location}${issue.path}` });
      }
    }
  }
  if (errors.length > 0) {
    return { valid: false, errors };
  }
  return { valid: true, value: { path, query } as ParameterValues<K> };
}
