import { describe, expect, it } from 'vitest';
import { parseKeepingLargeIntegers } from '../src/exact-json.js';

describe('parseKeepingLargeIntegers', () => {
  it('keeps integers beyond 2^53 as their digits, and parses everything else as JSON.parse does', () => {
    const text =
      '{"id":9007199254740993,"neg":-9223372036854775808,"safe":9007199254740991,"small":42,' +
      '"float":12345678901234567.5,"exp":1234567890123456789e2,"list":[12345678901234567890,1]}';
    const parsed = parseKeepingLargeIntegers(text) as Record<string, unknown>;
    expect(parsed).toEqual({
      ...JSON.parse(text),
      id: '9007199254740993',
      neg: '-9223372036854775808',
      list: ['12345678901234567890', 1],
    });
    expect(parsed.safe).toBe(9007199254740991);
  });

  it('leaves digits inside strings alone, escaped quotes included', () => {
    const text = '{"a":"id 9007199254740993","b":"say \\"12345678901234567890\\"","c\\\\":1}';
    expect(parseKeepingLargeIntegers(text)).toEqual(JSON.parse(text));
  });
});
