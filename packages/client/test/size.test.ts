import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { BUDGET_BYTES, measure } from '../scripts/size.mjs';

interface Measurement {
  gzip: number;
  minified: number;
  budget: number;
  lazy: { file: string; modules: string[]; gzip: number }[];
}

describe('size budget', () => {
  it('keeps openapi-fetch, polling, validation, retries, redirects and the failure path out of the first load, within 5 kB', async () => {
    const m = (await measure()) as Measurement;
    const lazyModules = m.lazy.flatMap((l) => l.modules).join(' ');
    for (const module of [
      'src/bulk-jobs.ts',
      'src/graphql-bulk-jobs.ts',
      'src/job-polling.ts',
      'src/job-result.ts',
      'src/exact-json.ts',
      'src/validation.ts',
      'src/failed-attempt.ts',
      'src/retry-decision.ts',
      'src/error-factory.ts',
      'src/sleep.ts',
      'src/redact-headers.ts',
      'src/redirects.ts',
      'src/raw-client.ts',
      'openapi-fetch',
      'validators/dist',
    ]) {
      expect(lazyModules).toContain(module);
    }
    expect(m.gzip).toBeGreaterThan(2000);
    // The budget: 5 kB gzip for the client plus one call.
    expect(m.budget).toBe(5 * 1024);
    expect(m.gzip).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
