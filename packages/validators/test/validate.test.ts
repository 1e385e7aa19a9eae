import { describe, expect, it } from 'vitest';
import {
  assertAdGroupBulkCreateWorkflowInputWithValidation,
  assertStandardJobStatusResponse,
  isProblemDetails,
  isStandardJobStatusResponse,
  schemaNames,
  schemas,
  UnknownSchemaError,
  ValidationError,
  validate,
} from '../src/index.js';

const job = { id: 1, createdAtUtc: '2025-03-01T10:00:00Z', status: 'InProgress' };

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) {
      deepFreeze(v);
    }
    Object.freeze(value);
  }
  return value;
}

describe('validate', () => {
  it('returns the value when valid and every issue when not', () => {
    expect(validate('StandardJobStatusResponse', job)).toEqual({ valid: true, value: job });
    const result = validate('StandardJobStatusResponse', {
      id: '1',
      status: 'Cancelled',
      extra: true,
    });
    expect(result.valid).toBe(false);
    if (result.valid) {
      return;
    }
    expect(result.errors.map((e) => [e.path, e.keyword])).toEqual(
      expect.arrayContaining([
        ['/createdAtUtc', 'required'],
        ['/extra', 'additionalProperties'],
        ['/id', 'type'],
        ['/status', 'enum'],
      ]),
    );
    for (const e of result.errors) {
      expect(typeof e.message).toBe('string');
      expect(e.schemaPath.startsWith('#/')).toBe(true);
    }
  });

  it('throws a clear error for an unknown schema name', () => {
    expect(() => validate('NoSuchSchema' as never, {})).toThrow(UnknownSchemaError);
    expect(() => validate('NoSuchSchema' as never, {})).toThrow(
      /Unknown schema "NoSuchSchema": expected one of AdGroupAssociateBidList, /,
    );
    expect(() => validate('toString' as never, {})).toThrow(UnknownSchemaError);
    // Schemas the API split or dropped have no former-name alias.
    expect(() => validate('CampaignWorkflowBudgetInput' as never, {})).toThrow(UnknownSchemaError);
  });

  it('exports all 101 schema names and their normalised schemas', () => {
    expect(schemaNames).toHaveLength(101);
    expect(Object.keys(schemas).sort()).toEqual([...schemaNames].sort());
    expect(schemas.StandardJobStatusResponse.$id).toBe('StandardJobStatusResponse');
    expect(JSON.stringify(schemas)).not.toContain('nullable');
  });

  it('never changes the data (deep-frozen input, no defaults, no coercion, nothing removed)', () => {
    const valid = deepFreeze({
      input: [
        {
          campaignId: 'c',
          primaryInput: { name: 'n', channel: 'Display', funnelLocation: 'None' },
        },
      ],
    });
    const invalid = deepFreeze({
      input: [{ campaignId: 1, primaryInput: { name: 2, channel: 'X' } }],
      unknown: '1',
    });
    const before = [JSON.stringify(valid), JSON.stringify(invalid)];
    expect(validate('AdGroupBulkCreateWorkflowInputWithValidation', valid).valid).toBe(true);
    expect(validate('AdGroupBulkCreateWorkflowInputWithValidation', invalid).valid).toBe(false);
    expect([JSON.stringify(valid), JSON.stringify(invalid)]).toEqual(before);
    // "1" stays a string: no coercion to the number the schema asks for.
    expect(validate('StandardJobSubmitResponse', deepFreeze({ id: '1' })).valid).toBe(false);
  });
});

describe('nullable (OpenAPI 3.0)', () => {
  it('accepts null only where the spec says nullable', () => {
    expect(validate('StandardJobStatusResponse', { ...job, completedAtUtc: null }).valid).toBe(
      true,
    );
    expect(validate('StandardJobStatusResponse', { ...job, createdAtUtc: null }).valid).toBe(false);
    expect(
      validate('AdGroupFlight', {
        adGroupId: null,
        allocationType: 'Fixed',
        budgetInAdvertiserCurrency: 1,
        campaignFlightId: 1,
      }).valid,
    ).toBe(true);
    expect(
      validate('AdGroupFlight', {
        adGroupId: 'a',
        allocationType: null,
        budgetInAdvertiserCurrency: 1,
        campaignFlightId: 1,
      }).valid,
    ).toBe(false);
    expect(validate('GraphQLRequestInput', { request: 'q', variables: null }).valid).toBe(true);
    expect(validate('WorkflowStatus', null).valid).toBe(false);
  });

  it('a nullable required field must still be present', () => {
    expect(
      validate('AdGroupCreateWorkflowInput', {
        primaryInput: { name: null, channel: 'TV', funnelLocation: 'None' },
      }).valid,
    ).toBe(false);
    expect(
      validate('AdGroupCreateWorkflowInput', {
        campaignId: null,
        primaryInput: { name: null, channel: 'TV', funnelLocation: 'None' },
      }).valid,
    ).toBe(true);
  });
});

describe('additionalProperties', () => {
  it('models with additionalProperties: false reject unknown members', () => {
    const result = validate('StandardJobSubmitResponse', { id: 1, traceId: 'x' });
    expect(result.valid ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      '/traceId: is not allowed (unknown property)',
    ]);
  });

  it('ProblemDetails accepts extension members of any JSON type', () => {
    const problem = {
      title: 'Bad',
      status: 400,
      traceId: '00-abc-01',
      errors: { name: ['required'] },
      n: 1,
      flag: null,
    };
    expect(isProblemDetails(problem)).toBe(true);
    expect(isProblemDetails({ status: '400' })).toBe(false);
  });
});

describe('formats', () => {
  const at = (createdAtUtc: unknown) =>
    validate('StandardJobStatusResponse', { ...job, createdAtUtc }).valid;

  it('date-time is RFC 3339 with a calendar check', () => {
    expect(at('2024-02-29T00:00:00Z')).toBe(true);
    expect(at('2025-03-01T10:00:00.5+05:30')).toBe(true);
    expect(at('2016-12-31T23:59:60Z')).toBe(true);
    expect(at('2016-12-31T18:59:60-05:00')).toBe(true);
    expect(at('2025-02-30T00:00:00Z')).toBe(false);
    expect(at('2023-02-29T00:00:00Z')).toBe(false);
    expect(at('2000-02-29T00:00:00Z')).toBe(true);
    expect(at('2100-02-29T00:00:00Z')).toBe(false);
    expect(at('2025-03-01T10:00:60Z')).toBe(false);
    expect(at('2025-03-01T10:00:00')).toBe(false);
    expect(at('2025-03-01T10:00:00+24:00')).toBe(false);
    expect(at('2025-03-01T10:00:00Zjunk')).toBe(false);
    expect(at('２025-03-01T10:00:00Z')).toBe(false);
  });

  it('int64 rejects numbers beyond Number.MAX_SAFE_INTEGER', () => {
    expect(validate('StandardJobSubmitResponse', { id: Number.MAX_SAFE_INTEGER }).valid).toBe(true);
    expect(validate('StandardJobSubmitResponse', { id: -Number.MAX_SAFE_INTEGER }).valid).toBe(
      true,
    );
    const big = JSON.parse('{"id": 9007199254740993}') as unknown;
    const result = validate('StandardJobSubmitResponse', big);
    expect(result.valid).toBe(false);
    if (!result.valid) {
      expect(result.errors[0]).toMatchObject({ path: '/id', keyword: 'format' });
      expect(result.errors[0]?.message).toMatch(/lost precision/);
    }
  });

  it('int32 checks its range', () => {
    const problem = (status: number) => isProblemDetails({ status });
    expect(problem(2147483647)).toBe(true);
    expect(problem(-2147483648)).toBe(true);
    expect(problem(2147483648)).toBe(false);
    expect(problem(-2147483649)).toBe(false);
  });

  it('double accepts any finite number and rejects NaN and Infinity', () => {
    const budget = (v: number) =>
      validate('AdGroupBudget', { allocationType: 'Fixed', budgetInAdvertiserCurrency: v }).valid;
    expect(budget(0.1)).toBe(true);
    expect(budget(-1e308)).toBe(true);
    expect(budget(Number.NaN)).toBe(false);
    expect(budget(Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('minLength counts code points, not UTF-16 units', () => {
    expect(validate('GraphQLRequestInput', { request: '😀' }).valid).toBe(true);
    expect(validate('GraphQLRequestInput', { request: '' }).valid).toBe(false);
  });
});

describe('guards', () => {
  it('isX narrows and assertX throws a ValidationError listing every issue', () => {
    const data: unknown = job;
    expect(isStandardJobStatusResponse(data)).toBe(true);
    assertStandardJobStatusResponse(data);
    expect(data.status).toBe('InProgress');

    const bad = {
      input: [
        { campaignId: 'c', primaryInput: { name: 5, channel: 'Radio', funnelLocation: 'None' } },
      ],
      extra: 1,
    };
    let error: unknown;
    try {
      assertAdGroupBulkCreateWorkflowInputWithValidation(bad);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const e = error as ValidationError;
    expect(e.schemaName).toBe('AdGroupBulkCreateWorkflowInputWithValidation');
    expect(e.errors).toHaveLength(3);
    expect(e.message.split('\n')).toEqual([
      'AdGroupBulkCreateWorkflowInputWithValidation is invalid (3 issues):',
      '/extra: is not allowed (unknown property)',
      '/input/0/primaryInput/name: must be string or null',
      expect.stringMatching(
        /^\/input\/0\/primaryInput\/channel: must be one of "Other", "Display", /,
      ),
    ]);
  });

  it('reports the root as (root)', () => {
    expect(() => assertStandardJobStatusResponse(null)).toThrow(/\n\(root\): must be object$/);
  });
});
