import type { OperationId } from '@workflows-api/types';
import { validateRequest } from '@workflows-api/validators';
import type { FieldProblem } from './problem.js';

export type BodyCheck = { ok: true; value: unknown } | { ok: false; fields: FieldProblem[] };

/**
 * The one place the sandbox checks a request body against the spec, through
 * the generated validators, so the sandbox accepts exactly what the spec does.
 */
export function checkRequestBody(operationId: OperationId, body: unknown): BodyCheck {
  const result = validateRequest(operationId, body);
  if (result.valid) return { ok: true, value: result.value };
  return {
    ok: false,
    fields: result.errors.map((e) => ({ pointer: e.path, message: e.message })),
  };
}
