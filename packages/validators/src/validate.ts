import type { SchemaAlias, SchemaByName, SchemaName } from '@workflows-api/types';
import { type CompiledValidator, check } from './compiled-validator.js';
import { toIssues, UnknownSchemaError, type ValidationIssue } from './errors.js';
import { schemaValidators } from './generated/validators.js';

/** What `validate` and friends return: the data, typed, or every issue with it. */
export type ValidationResult<T> =
  | { valid: true; value: T }
  | { valid: false; errors: ValidationIssue[] };

/** Runs one compiled validator; never changes `data`. */
export function runValidator<T>(validator: CompiledValidator, data: unknown): ValidationResult<T> {
  if (check(validator, data)) {
    return { valid: true, value: data as T };
  }
  return { valid: false, errors: toIssues(validator.errors ?? []) };
}

const hasOwn = (o: object, k: string) => Object.hasOwn(o, k);

/**
 * Validates `data` against the component schema `schemaName` (or a former
 * name of a renamed schema, which has the same rules). Throws
 * `UnknownSchemaError` for a name the spec does not define.
 */
export function validate<N extends SchemaName | SchemaAlias>(
  schemaName: N,
  data: unknown,
): ValidationResult<SchemaByName<N>> {
  if (typeof schemaName !== 'string' || !hasOwn(schemaValidators, schemaName)) {
    throw new UnknownSchemaError('schema', schemaName, Object.keys(schemaValidators));
  }
  return runValidator(schemaValidators[schemaName], data);
}
