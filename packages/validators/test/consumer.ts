// Code written against the June 2025 names still compiles (with deprecation
// warnings) and gets the current types. `pnpm typecheck` compiles this file, and
// former-names.test.ts reads the built package's declarations through it.
import type { RestApiMethodType, StandardJobStatusResponse } from '@workflows-api/types';
import {
  assertBulkJobStatusResponse,
  isCallPubApiWorkflowInput,
  isPubApiMethodType,
  validate,
} from '@workflows-api/validators';

export function statusOf(data: unknown): StandardJobStatusResponse['status'] {
  assertBulkJobStatusResponse(data);
  return data.status;
}

export function endpointOf(data: unknown): string | null | undefined {
  return isCallPubApiWorkflowInput(data) ? data.endpoint : undefined;
}

export function methodOf(data: unknown): RestApiMethodType | undefined {
  return isPubApiMethodType(data) ? data : undefined;
}

export function parsed(data: unknown): StandardJobStatusResponse | undefined {
  const result = validate('BulkJobStatusResponse', data);
  return result.valid ? result.value : undefined;
}

export const misspelled = (data: unknown) =>
  // @ts-expect-error only the spec's names and former names are accepted
  validate('BulkJobStatus_Response', data);
