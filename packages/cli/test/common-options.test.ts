import { describe, expect, it } from 'vitest';
import { readCommonOptions } from '../src/common-options.js';
import { UsageError } from '../src/number-options.js';

describe('options every calling command takes', () => {
  it('polls from --interval, growing up to --max-interval (5000 by default)', () => {
    expect(readCommonOptions({}, {})).toMatchObject({ intervalMs: 1000, maxIntervalMs: 5000 });
    expect(readCommonOptions({ interval: '20', 'max-interval': '40' }, {})).toMatchObject({
      intervalMs: 20,
      maxIntervalMs: 40,
    });
    // A cap below the first pause would be no cap: the first pause wins.
    expect(readCommonOptions({ interval: '800', 'max-interval': '100' }, {})).toMatchObject({
      maxIntervalMs: 800,
    });
    expect(() => readCommonOptions({ 'max-interval': '0' }, {})).toThrow(UsageError);
    expect(() => readCommonOptions({ 'max-interval': 'soon' }, {})).toThrow(
      '--max-interval must be a whole number >= 1, got "soon"',
    );
  });

  it('takes the server from --server, else WORKFLOWS_SERVER, else prod', () => {
    expect(readCommonOptions({}, {}).server).toBe('prod');
    expect(readCommonOptions({}, { WORKFLOWS_SERVER: 'sandbox' }).server).toBe('sandbox');
    expect(() => readCommonOptions({ server: 'ftp://x' }, {})).toThrow('--server must be');
  });
});
