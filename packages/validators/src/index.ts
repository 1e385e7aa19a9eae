export type { CompiledValidator, RawValidationError } from './compiled-validator.js';
export {
  formatIssues,
  UnknownSchemaError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
export * from './generated/guards.js';
export { operationValidation } from './generated/operations.js';
export { operationSchemas, schemaNames, schemas } from './generated/schemas.js';
export type { JsonSchema } from './json-schema.js';
export type { OperationValidation, ParameterValidation } from './operation-validation.js';
export { type ValidationResult, validate } from './validate.js';
export { validateRequest, validateResponse } from './validate-operation.js';
export {
  type ParameterInput,
  type ParameterValues,
  validateParameters,
} from './validate-parameters.js';
