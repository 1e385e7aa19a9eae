import { invalidRequest, invalidResponse } from './error-factory.js';
import { type ValidationIssue, WorkflowsError } from './errors.js';
import type { Log } from './log.js';
import type { ValidateMode } from './types.js';

type Result = { valid: true; value: unknown } | { valid: false; errors: ValidationIssue[] };

interface Validators {
  validateRequest(operationId: string, body: unknown): Result;
  validateResponse(operationId: string, status: number, body: unknown): Result;
}

/** Body checks against the spec; synchronous once loaded, so validating adds no await. */
export interface Checks {
  request(log: Log, mode: ValidateMode, operationId: string, body: unknown): void;
  response(
    log: Log,
    mode: ValidateMode,
    operationId: string,
    status: number,
    data: unknown,
    text: string | undefined,
  ): void;
}

function settle(
  log: Log,
  mode: ValidateMode,
  result: Result,
  fail: (i: ValidationIssue[]) => Error,
) {
  if (result.valid) {
    return;
  }
  const error = fail(result.errors);
  if (mode === 'strict') {
    throw error;
  }
  log('warn', `${error.message} (validate: 'warn', kept)`);
}

// This module, and through it @workflows-api/validators (most of the SDK's weight), is
// imported only once a client validates something, so other clients never load either.
export async function loadChecks(): Promise<Checks> {
  let validators: Validators;
  try {
    validators = await import('@workflows-api/validators');
  } catch (cause) {
    throw new WorkflowsError('validation needs the @workflows-api/validators package', { cause });
  }
  return {
    request(log, mode, operationId, body) {
      const result = validators.validateRequest(operationId, body);
      settle(log, mode, result, (issues) => invalidRequest(issues, operationId));
    },
    response(log, mode, operationId, status, data, text) {
      const result = validators.validateResponse(operationId, status, data);
      settle(log, mode, result, (issues) => invalidResponse(issues, text, operationId));
    },
  };
}
