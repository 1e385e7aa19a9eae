import { describe, expect, it } from 'vitest';
import { date, dateTime, int32, int64 } from '../src/emitters/validators/formats.js';
import { equal, ucs2length } from '../src/emitters/validators/standalone-runtime.js';

describe('date-time (RFC 3339 with calendar check)', () => {
  it.each([
    '2025-02-28T00:00:00Z',
    '2024-02-29T23:59:59.999999999+14:00',
    '0000-01-01T00:00:00z',
    '2016-12-31T23:59:60Z',
    '2017-01-01T00:59:60+01:00',
  ])('accepts %s', (s) => expect(dateTime(s)).toBe(true));

  it.each([
    '2025-02-29T00:00:00Z',
    '2025-02-30T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2025-06-31T00:00:00Z',
    '2025-00-10T00:00:00Z',
    '2025-01-00T00:00:00Z',
    '2025-01-01T23:60:00Z',
    '2025-01-01T12:00:60Z',
    '2025-01-01T00:00:00+1:00',
    '2025-01-01T00:00:00.Z',
    '2025-01-01 00:00:00Z',
    '2025-01-01T00:00:00',
    '25-01-01T00:00:00Z',
    '',
  ])('rejects %j', (s) => expect(dateTime(s)).toBe(false));

  it('checks full-date the same way', () => {
    expect(date('2024-02-29')).toBe(true);
    expect(date('2023-02-29')).toBe(false);
    expect(date('2024-02-29T00:00:00Z')).toBe(false);
  });
});

describe('integer formats', () => {
  it('int32 and int64 ranges', () => {
    expect(int32(2 ** 31 - 1)).toBe(true);
    expect(int32(2 ** 31)).toBe(false);
    expect(int64(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(int64(Number.MAX_SAFE_INTEGER + 1)).toBe(false);
    expect(int64(-(2 ** 63))).toBe(false);
  });
});

describe('runtime replacements', () => {
  it('ucs2length counts code points', () => {
    expect(ucs2length('a😀b')).toBe(3);
    expect(ucs2length('\ud800')).toBe(1);
  });
  it('equal compares JSON values deeply', () => {
    expect(equal({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(equal({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(equal([1], { 0: 1 })).toBe(false);
  });
});
