/** An error as AJV's standalone code reports it (messages are added by this package). */
export interface RawValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * A validate function of the generated standalone code. Called with the data alone, it
 * leaves every error in `errors`, each at its instance path. Called with `false` as the
 * second argument, it gives the same verdict without building any path on the way (a
 * string per property or item checked, on valid data too); `errors` is then not meaningful.
 */
export interface CompiledValidator {
  (data: unknown, instancePath?: string | false): boolean;
  errors?: RawValidationError[] | null;
}

/** `validator`'s verdict, the fast way (no paths built). */
export const verdict = (validator: CompiledValidator, data: unknown): boolean =>
  validator(data, false);

/**
 * Whether `data` is valid; when not, `validator.errors` holds its errors with their paths.
 * Valid data, the common case, is checked once without paths; invalid data a second time.
 */
export function check(validator: CompiledValidator, data: unknown): boolean {
  if (validator(data, false)) {
    return true;
  }
  validator(data);
  return false;
}
