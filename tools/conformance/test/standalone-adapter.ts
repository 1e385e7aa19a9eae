import { validate } from '@workflows-api/validators';
import type { SchemaValidator } from '../src/check-fixtures.js';

/** The generated validators (the published package) as a fixture validator. */
export const generatedValidator: SchemaValidator = (schemaName, data) => {
  const result = validate(schemaName as Parameters<typeof validate>[0], data);
  return result.valid
    ? { valid: true }
    : { valid: false, reasons: result.errors.map((e) => `${e.path || '(root)'}: ${e.message}`) };
};
