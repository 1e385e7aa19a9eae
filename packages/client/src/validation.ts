import { invalidRequest, invalidResponse } from './error-factory.js';
import { type ValidationIssue, WorkflowsError } from './errors.js';
import type { Log } from './log.js';
import type { ValidateMode } from './types.js';

type Result = { valid: true; value: unknown } | { valid: false; errors: ValidationIssue[] };

interface Validators {
  validateRequest(operationId: string, body: unknown): Result;
  validateResponse(operationId: string, status: number, body: unknown): Result;
}

let validators: Promise<Validators> | undefined;

// This module, and through it @workflows-api/validators (most of the SDK's weight), is
// imported only once a client validates something, so other clients never load either.
function load(): Promise<Validators> {
  validators ??= import('@workflows-api/validators').catch((cause: unknown) => {
    validators = undefined;
    throw new WorkflowsError('validation needs the @workflows-api/validators package', { cause });
  });
  return validators;
}

function settle(
  log: Log,
  mode: ValidateMode,
  result: Result,
  fail: (i: ValidationIssue[]) => Error,
) {
  if (result.valid) return;
  const error = fail(result.errors);
  if (mode === 'strict') throw error;
  log('warn', `${error.message} (validate: 'warn', kept)`);
}

export async function checkRequest(
  log: Log,
  mode: ValidateMode,
  operationId: string,
  body: unknown,
): Promise<void> {
  const result = (await load()).validateRequest(operationId, body);
  settle(log, mode, result, (issues) => invalidRequest(issues, operationId));
}

export async function checkResponse(
  log: Log,
  mode: ValidateMode,
  operationId: string,
  status: number,
  data: unknown,
  text: string | undefined,
): Promise<void> {
  const result = (await load()).validateResponse(operationId, status, data);
  settle(log, mode, result, (issues) => invalidResponse(issues, text, operationId));
}
