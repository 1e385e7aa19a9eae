import { describe, expect, it } from 'vitest';
import { mergeSuites, type SuiteResult } from '../src/report.js';

const suite = (name: string, measuredAt?: string): SuiteResult => ({
  suite: name,
  ...(measuredAt ? { measuredAt } : {}),
  figures: [],
  targets: [{ name: `${name} target`, target: '<= 1x', actual: '0.5x', met: true }],
});

describe('mergeSuites (a run of one suite, `--only`)', () => {
  it('keeps the suites this run did not measure, with when they were measured', () => {
    const fresh = [suite('codegen', '2026-12-07T05:00:00.000Z')];
    const earlier = {
      date: '2026-12-02T13:57:13.184Z',
      suites: [suite('codegen'), suite('build')],
    };
    expect(mergeSuites(earlier, fresh)).toEqual([
      fresh[0],
      { ...suite('build'), measuredAt: '2026-12-02T13:57:13.184Z' },
    ]);
  });

  it('keeps a carried suite its own date over the file date', () => {
    const earlier = { date: '2026-12-07T00:00:00.000Z', suites: [suite('build', '2026-11-28')] };
    expect(mergeSuites(earlier, [])).toEqual([suite('build', '2026-11-28')]);
  });

  it('keeps nothing from what is not a results file', () => {
    const fresh = [suite('codegen', 'now')];
    for (const earlier of [undefined, null, 'text', { suites: 'no' }, { suites: [{ suite: 1 }] }]) {
      expect(mergeSuites(earlier, fresh)).toEqual(fresh);
    }
  });
});
