import { describe, expect, it } from 'vitest';
import {
  operationValidation,
  UnknownSchemaError,
  validateRequest,
  validateResponse,
} from '../src/index.js';

describe('validateRequest', () => {
  it('validates the request body schema of the operation', () => {
    expect(validateRequest('submitThirdPartyDataJob', { partnerId: 'p' }).valid).toBe(true);
    const bad = validateRequest('submitThirdPartyDataJob', { partnerId: '' });
    expect(bad.valid ? [] : bad.errors.map((e) => e.path)).toEqual(['/partnerId']);
  });

  it('validates the inline id list of the archive operations', () => {
    expect(validateRequest('archiveAdGroups', ['a', 'b']).valid).toBe(true);
    expect(validateRequest('archiveCampaigns', []).valid).toBe(true);
    const bad = validateRequest('archiveAdGroups', ['a', 2]);
    expect(bad.valid ? [] : bad.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      '/1: must be string',
    ]);
    expect(validateRequest('archiveCampaigns', { ids: ['a'] }).valid).toBe(false);
  });

  it('an absent body is fine when the body is optional; a body where none is taken is not', () => {
    expect(validateRequest('createAdGroup', undefined)).toEqual({ valid: true, value: undefined });
    expect(validateRequest('getBulkJobStatus', undefined).valid).toBe(true);
    const bad = validateRequest('getBulkJobStatus', { id: 1 });
    expect(bad.valid ? '' : bad.errors[0]?.message).toBe(
      'operation getBulkJobStatus takes no request body',
    );
  });

  it('throws for an unknown operation', () => {
    expect(() => validateRequest('nope' as never, {})).toThrow(UnknownSchemaError);
    expect(() => validateRequest('nope' as never, {})).toThrow(/Unknown operation "nope"/);
  });
});

describe('validateResponse', () => {
  const job = { id: 7, createdAtUtc: '2025-01-01T00:00:00Z', status: 'Success' };

  it('picks the schema of the status, given as a number or a string', () => {
    expect(validateResponse('getBulkJobStatus', 200, job).valid).toBe(true);
    expect(validateResponse('getBulkJobStatus', '200', job).valid).toBe(true);
    expect(validateResponse('getBulkJobStatus', 200, { ...job, id: '7' }).valid).toBe(false);
    expect(
      validateResponse('getBulkJobStatus', 404, { title: 'Not Found', traceId: 'abc' }).valid,
    ).toBe(true);
    // A ProblemDetails may carry extension members of any type.
    expect(validateResponse('getBulkJobStatus', '404', { id: 7, createdAtUtc: 1 }).valid).toBe(
      true,
    );
    expect(validateResponse('getBulkJobStatus', 404, { status: 'x' }).valid).toBe(false);
    expect(validateResponse('archiveCampaigns', 200, ['c-1']).valid).toBe(true);
    expect(validateResponse('postGraphQLRequest', 200, { data: { a: 1 } }).valid).toBe(true);
    expect(validateResponse('postGraphQLRequest', 200, [1]).valid).toBe(false);
  });

  it('a status documented without a body accepts only an empty body', () => {
    for (const empty of [undefined, null, '']) {
      expect(validateResponse('getBulkJobStatus', 503, empty).valid).toBe(true);
    }
    expect(validateResponse('createAdGroup', 200, undefined).valid).toBe(true);
    const bad = validateResponse('getBulkJobStatus', 500, { title: 'oops' });
    expect(bad.valid ? '' : bad.errors[0]?.message).toBe(
      'status 500 of operation getBulkJobStatus has no body, but one was given',
    );
  });

  it('a status the spec does not document is an invalid result that says so', () => {
    const result = validateResponse('getCampaignVersion', 418, {});
    expect(result).toEqual({
      valid: false,
      errors: [
        {
          path: '',
          keyword: 'status',
          message:
            'status 418 is not documented for operation getCampaignVersion (documented: 200, 400, 401, 403, 404, 500)',
          schemaPath: '#/responses',
        },
      ],
    });
    expect(validateResponse('getCampaignVersion', 'abc', {}).valid).toBe(false);
  });

  it('has an entry for every operation of the spec', () => {
    expect(Object.keys(operationValidation)).toHaveLength(16);
  });
});
