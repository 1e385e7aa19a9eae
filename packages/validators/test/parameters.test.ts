import { describe, expect, it } from 'vitest';
import { UnknownSchemaError, validateParameters } from '../src/index.js';

const issues = (result: ReturnType<typeof validateParameters>) =>
  result.valid ? [] : result.errors.map((e) => `${e.path} ${e.keyword}: ${e.message}`);

describe('validateParameters', () => {
  it('reads wire strings as their schema types and returns the values read', () => {
    const archive = validateParameters('archiveCampaigns', { query: { forceArchive: 'true' } });
    expect(archive).toEqual({ valid: true, value: { path: {}, query: { forceArchive: true } } });
    const status = validateParameters('getBulkJobStatus', { path: { id: '42' } });
    expect(status).toEqual({ valid: true, value: { path: { id: 42 }, query: {} } });
    // A string parameter stays a string, digits or not.
    const version = validateParameters('getCampaignVersion', { path: { id: '0042' } });
    expect(version.valid && version.value.path).toEqual({ id: '0042' });
  });

  it('accepts an optional parameter left out and values already read', () => {
    expect(validateParameters('archiveAdGroups', {}).valid).toBe(true);
    expect(
      validateParameters('archiveAdGroups', { query: { forceArchive: undefined } }).valid,
    ).toBe(true);
    expect(validateParameters('getBulkJobStatus', { path: { id: 7 } }).valid).toBe(true);
  });

  it('rejects a value that is not of its type, naming the parameter', () => {
    expect(
      issues(validateParameters('archiveCampaigns', { query: { forceArchive: 'yes' } })),
    ).toEqual(['/query/forceArchive type: must be boolean']);
    for (const id of ['abc', '1.5', '+1', '', ' 1']) {
      expect(issues(validateParameters('getBulkJobStatus', { path: { id } })), id).toEqual([
        '/path/id type: must be integer',
      ]);
    }
    // Read as a JS number, an int64 keeps the body validators' rule: no silently rounded ids.
    expect(
      issues(validateParameters('getBulkJobStatus', { path: { id: '9007199254740993' } })),
    ).toEqual([expect.stringMatching(/^\/path\/id format: must be an int64/)]);
  });

  it('rejects a scalar parameter repeated on the query', () => {
    expect(
      issues(
        validateParameters('archiveCampaigns', { query: { forceArchive: ['true', 'false'] } }),
      ),
    ).toEqual(['/query/forceArchive type: must be boolean']);
  });

  it('rejects a required path parameter that is missing, naming it', () => {
    expect(issues(validateParameters('getCampaignVersion', {}))).toEqual([
      '/path/id required: is required',
    ]);
    expect(issues(validateParameters('getCampaignVersion', { path: { id: undefined } }))).toEqual([
      '/path/id required: is required',
    ]);
  });

  it('passes parameters the spec does not declare through unchecked', () => {
    const result = validateParameters('createCampaign', { query: { trace: 'x' } });
    expect(result).toEqual({ valid: true, value: { path: {}, query: { trace: 'x' } } });
  });

  it('throws for an unknown operation', () => {
    expect(() => validateParameters('nope' as never, {})).toThrow(UnknownSchemaError);
  });
});
