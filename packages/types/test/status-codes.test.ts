import { describe, expect, it } from 'vitest';
import { statusCodeCovers, statusRangeOf } from '../src/status-codes.js';

describe('status codes as the spec writes them', () => {
  it('an exact code covers that status only', () => {
    expect(statusCodeCovers('503', 503)).toBe(true);
    expect(statusCodeCovers('503', '503')).toBe(true);
    expect(statusCodeCovers('503', 502)).toBe(false);
  });

  it('a range covers its hundred, in either case', () => {
    expect(statusRangeOf(503)).toBe('5XX');
    for (const status of [500, 503, 599]) {
      expect(statusCodeCovers('5XX', status)).toBe(true);
    }
    expect(statusCodeCovers('5xx', 504)).toBe(true);
    expect(statusCodeCovers('5XX', 499)).toBe(false);
    expect(statusCodeCovers('4XX', 503)).toBe(false);
  });

  it('default covers nothing: it applies when no code does', () => {
    expect(statusCodeCovers('default', 500)).toBe(false);
  });
});
