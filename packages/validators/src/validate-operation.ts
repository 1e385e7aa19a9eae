import type {
  OperationBody,
  OperationErrorResponse,
  OperationId,
  OperationSuccessResponse,
} from '@workflows-api/types';
import { statusCodeCovers } from '@workflows-api/types/status-codes';
import type { CompiledValidator } from './compiled-validator.js';
import { UnknownSchemaError } from './errors.js';
import { operationValidation } from './generated/operations.js';
import { inlineValidators, schemaValidators } from './generated/validators.js';
import type { OperationValidation } from './operation-validation.js';
import { runValidator, type ValidationResult } from './validate.js';

const operationIds = Object.keys(operationValidation);

/** The generated entry of `operationId`; `UnknownSchemaError` for an id the spec lacks. */
export function operation(operationId: string): OperationValidation {
  if (typeof operationId !== 'string' || !Object.hasOwn(operationValidation, operationId)) {
    throw new UnknownSchemaError('operation', operationId, operationIds);
  }
  return operationValidation[operationId as OperationId];
}

/** A validator the generated operation table names. */
export function validatorNamed(name: string): CompiledValidator {
  const v =
    (schemaValidators as Record<string, CompiledValidator | undefined>)[name] ??
    inlineValidators[name];
  // The table and the validators come from one generation run; a miss means a hand-edited file.
  if (!v) {
    throw new Error(`generated operation table names a validator that does not exist: ${name}`);
  }
  return v;
}

const isEmptyBody = (body: unknown) => body === undefined || body === null || body === '';

function invalid(path: string, keyword: string, message: string, schemaPath: string) {
  return { valid: false as const, errors: [{ path, keyword, message, schemaPath }] };
}

/**
 * Validates a request body. `undefined` stands for "no body", which is valid
 * when the spec marks the body optional (all of this API's bodies are).
 */
export function validateRequest<K extends OperationId>(
  operationId: K,
  body: unknown,
): ValidationResult<OperationBody<K> | undefined> {
  const op = operation(operationId);
  if (op.request === null) {
    return body === undefined
      ? { valid: true, value: undefined }
      : invalid(
          '',
          'requestBody',
          `operation ${operationId} takes no request body`,
          '#/requestBody',
        );
  }
  if (body === undefined) {
    return op.request.required
      ? invalid(
          '',
          'required',
          `operation ${operationId} requires a request body`,
          '#/requestBody/required',
        )
      : { valid: true, value: undefined };
  }
  return runValidator(validatorNamed(op.request.validator), body);
}

/** The documented response that applies to `status`: exact code, then `4XX`-style range, then `default`. */
function responseFor(op: OperationValidation, status: string): string | null | undefined {
  if (Object.hasOwn(op.responses, status)) {
    return op.responses[status];
  }
  const covering = Object.keys(op.responses).find((code) => statusCodeCovers(code, status));
  const key = covering ?? 'default';
  return Object.hasOwn(op.responses, key) ? op.responses[key] : undefined;
}

/**
 * Validates a response body for `status` (a number or a string such as `'404'`).
 * A status the spec documents without a body accepts only an empty body
 * (`undefined`, `null` or `''`). A status the spec does not document at all is
 * not an exception but an invalid result whose one error says so.
 */
export function validateResponse<K extends OperationId>(
  operationId: K,
  status: number | string,
  body: unknown,
): ValidationResult<OperationSuccessResponse<K> | OperationErrorResponse<K>> {
  const op = operation(operationId);
  const code = String(status);
  if (!/^[1-5]\d\d$/.test(code)) {
    return invalid(
      '',
      'status',
      `${JSON.stringify(status)} is not an HTTP status code`,
      '#/responses',
    );
  }
  const validator = responseFor(op, code);
  if (validator === undefined) {
    return invalid(
      '',
      'status',
      `status ${code} is not documented for operation ${operationId} (documented: ${Object.keys(op.responses).join(', ')})`,
      '#/responses',
    );
  }
  if (validator === null) {
    return isEmptyBody(body)
      ? { valid: true, value: undefined as OperationSuccessResponse<K> | OperationErrorResponse<K> }
      : invalid(
          '',
          'body',
          `status ${code} of operation ${operationId} has no body, but one was given`,
          `#/responses/${code}`,
        );
  }
  return runValidator(validatorNamed(validator), body);
}
