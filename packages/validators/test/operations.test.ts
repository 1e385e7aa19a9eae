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
    expect(Object.keys(operationValidation)).toHaveLength(18);
  });
});

describe('operations of the 2026-04 API', () => {
  const graphQlJob = {
    id: 9_007_199_254_740_991,
    createdAt: '2025-10-10T09:00:00Z',
    status: 'Queued',
    runtimeErrors: null,
  };

  it('GraphQL bulk query jobs: the submission, its answer and the status answer', () => {
    expect(validateRequest('submitGraphQlBulkQueryJob', { query: '{ me { id } }' }).valid).toBe(
      true,
    );
    const bad = validateRequest('submitGraphQlBulkQueryJob', { request: '{ me { id } }' });
    expect(bad.valid ? [] : bad.errors.map((e) => `${e.path}: ${e.keyword}`)).toEqual([
      '/query: required',
      '/request: additionalProperties',
    ]);
    expect(
      validateResponse('submitGraphQlBulkQueryJob', 200, { payload: { data: graphQlJob } }).valid,
    ).toBe(true);
    expect(validateResponse('getGraphQlBulkJobStatus', 200, { job: graphQlJob }).valid).toBe(true);
    expect(
      validateResponse('getGraphQlBulkJobStatus', 200, {
        job: { ...graphQlJob, status: 'Cancelled' },
      }).valid,
    ).toBe(true);
    // ResultsExpired is a standard job state; GraphQL bulk jobs do not have it.
    expect(
      validateResponse('getGraphQlBulkJobStatus', 200, {
        job: { ...graphQlJob, status: 'ResultsExpired' },
      }).valid,
    ).toBe(false);
  });

  it('standard job status knows ResultsExpired and not Queued', () => {
    const job = { id: 7, createdAtUtc: '2025-01-01T00:00:00Z' };
    expect(
      validateResponse('getBulkJobStatus', 200, { ...job, status: 'ResultsExpired' }).valid,
    ).toBe(true);
    expect(validateResponse('getBulkJobStatus', 200, { ...job, status: 'Queued' }).valid).toBe(
      false,
    );
  });

  it('campaign create and bulk update may answer 200 with a CampaignPayload', () => {
    const payload = { campaign: { id: 'camp-1' }, adGroups: [] };
    expect(validateResponse('createCampaign', 200, payload).valid).toBe(true);
    expect(validateResponse('bulkUpdateCampaigns', 200, payload).valid).toBe(true);
    expect(validateResponse('bulkUpdateCampaigns', 202, { id: 5 }).valid).toBe(true);
    expect(validateResponse('bulkUpdateCampaigns', 200, { id: 5 }).valid).toBe(false);
  });

  it('the narrowed campaign update rejects what it no longer takes', () => {
    expect(
      validateRequest('updateCampaign', {
        id: 'c',
        primaryInput: { budget: { pacingMode: 'PaceAhead' } },
      }).valid,
    ).toBe(true);
    const flights = validateRequest('updateCampaign', { id: 'c', advancedInput: { flights: [] } });
    expect(flights.valid ? [] : flights.errors.map((e) => e.path)).toEqual([
      '/advancedInput/flights',
    ]);
    const amount = validateRequest('updateCampaign', {
      id: 'c',
      primaryInput: { budget: { pacingMode: 'PaceAhead', budgetInAdvertiserCurrency: 1 } },
    });
    expect(amount.valid ? [] : amount.errors.map((e) => e.path)).toEqual([
      '/primaryInput/budget/budgetInAdvertiserCurrency',
    ]);
  });
});
