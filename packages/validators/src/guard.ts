import { type CompiledValidator, check, verdict } from './compiled-validator.js';
import { toIssues, ValidationError } from './errors.js';

/** `isX`: the validator's verdict as a type guard. */
export function guard<T>(validator: CompiledValidator): (data: unknown) => data is T {
  return (data: unknown): data is T => verdict(validator, data);
}

/** `assertX`: throws a `ValidationError` naming the schema and listing every issue. */
export function asserter<T>(
  schemaName: string,
  validator: CompiledValidator,
): (data: unknown) => asserts data is T {
  return (data: unknown): asserts data is T => {
    if (!check(validator, data)) {
      throw new ValidationError(schemaName, toIssues(validator.errors ?? []));
    }
  };
}
