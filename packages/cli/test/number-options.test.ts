import { describe, expect, it } from 'vitest';
import { positiveNumberOption, UsageError, wholeNumberOption } from '../src/number-options.js';

describe('number options', () => {
  it('a whole number: the whole text, at least min; the fallback when not given', () => {
    expect(wholeNumberOption('retries', '3', 0)).toBe(3);
    expect(wholeNumberOption('retries', undefined, 7)).toBe(7);
    expect(wholeNumberOption('timeout', undefined, undefined, 1)).toBeUndefined();
    for (const raw of [
      '',
      ' ',
      ' 5',
      '5 ',
      '1.5',
      '-1',
      'NaN',
      'Infinity',
      '1e400',
      '0x10z',
      '9007199254740993',
    ]) {
      expect(() => wholeNumberOption('retries', raw, 0), raw).toThrow(UsageError);
    }
    expect(() => wholeNumberOption('interval', '0', 1000, 1)).toThrow(
      '--interval must be a whole number >= 1, got "0"',
    );
  });

  it('a positive number: finite and above 0', () => {
    expect(positiveNumberOption('job-speed', '0.5', 2)).toBe(0.5);
    expect(positiveNumberOption('job-speed', undefined, 2)).toBe(2);
    for (const raw of ['', '0', '-2', 'fast', 'Infinity', ' 2']) {
      expect(() => positiveNumberOption('job-speed', raw, 2), raw).toThrow(
        `--job-speed must be a number > 0, got ${JSON.stringify(raw)}`,
      );
    }
  });
});
