import { describe, expect, it } from 'vitest';
import {
  createManualClock,
  createSandbox,
  DEFAULT_RESULT_RETENTION_MS,
  JOB_QUEUE_MS,
  jobDuration,
  type Sandbox,
} from '../src/index.js';
import {
  call,
  campaignInput,
  graphQlJobStatus,
  standardJobStatus,
  submitGraphQlJob,
} from './helpers.js';

const RETENTION = 60_000;
/** A data job counts as ten items. */
const DATA_JOB_MS = jobDuration(10, 1);

async function submitData(sb: Sandbox, partnerId: string): Promise<number> {
  const a = await call(sb, 'submitThirdPartyDataJob', { body: { partnerId } });
  expect(a.status, a.text).toBe(202);
  return (a.body as { id: number }).id;
}

describe('standard job results expire after resultRetentionMs', () => {
  it('then the job is ResultsExpired, with no rawResult or url', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock, resultRetentionMs: RETENTION });
    const id = await submitData(sb, 'p1');
    clock.advance(DATA_JOB_MS);
    const done = await standardJobStatus(sb, id);
    expect(done.status).toBe('Success');
    expect(JSON.parse(done.rawResult as string).rowCount).toBe(40);

    clock.advance(RETENTION - 1);
    expect(await standardJobStatus(sb, id)).toEqual(done);
    clock.advance(1);
    expect(await standardJobStatus(sb, id)).toEqual({
      ...done,
      status: 'ResultsExpired',
      rawResult: null,
      url: null,
    });
  });

  it('counts from when the job finished, not from when it was last asked about', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock, resultRetentionMs: RETENTION });
    const a = await call(sb, 'submitFirstPartyDataJob', { body: { advertiserId: 'adv1' } });
    const bulk = await call(sb, 'bulkCreateCampaigns', { body: { input: [campaignInput('x')] } });
    clock.advance(DATA_JOB_MS + RETENTION);
    const data = await standardJobStatus(sb, (a.body as { id: number }).id);
    expect(data.status).toBe('ResultsExpired');
    expect(data.completedAtUtc).toBe(
      new Date(Date.parse(data.createdAtUtc) + DATA_JOB_MS).toISOString(),
    );
    // The work was still done when its time came; only the result is gone.
    expect((await standardJobStatus(sb, (bulk.body as { id: number }).id)).status).toBe(
      'ResultsExpired',
    );
    expect(sb.state.campaigns.size).toBe(1);
  });

  it('a big result download answers 410 saying it expired, and the result is let go', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock, resultRetentionMs: RETENTION });
    const id = await submitData(sb, 'large-partner');
    clock.advance(DATA_JOB_MS);
    const url = (await standardJobStatus(sb, id)).url as string;
    expect((await sb.resultsFetch(new Request(url))).status).toBe(200);
    expect(sb.state.downloads.size).toBe(1);

    // The results origin reads the clock itself: no API call is needed for the result to go.
    clock.advance(RETENTION);
    const gone = await sb.resultsFetch(new Request(url));
    expect(gone.status).toBe(410);
    const problem = (await gone.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({ status: 410, title: 'The resource is no longer available.' });
    expect(problem.detail).toBe(
      `The result of job ${id} expired at ${new Date(Date.UTC(2025, 0, 1) + DATA_JOB_MS + RETENTION).toISOString()}: ` +
        `the sandbox keeps a result ${RETENTION} ms after its job finishes (resultRetentionMs).`,
    );
    expect(sb.state.downloads.size).toBe(0);
    expect((await standardJobStatus(sb, id)).url).toBeNull();
    // A token that never was stays a plain 404.
    const forged = url.replace(/[0-9a-f]{12}$/, '000000000000');
    expect((await sb.resultsFetch(new Request(forged))).status).toBe(404);
  });
});

describe('GraphQL bulk job results expire too', () => {
  it('keep the final status, lose rawResult and url, and say why in errors; the download is 410', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock, resultRetentionMs: RETENTION, inlineResultLimitBytes: 40 });
    const small = await submitGraphQlJob(sb, '{ a }');
    const big = await submitGraphQlJob(sb, '{ advertiser { id name } report(kind: "fail") }');
    clock.advance(60_000);
    const bigDone = (await graphQlJobStatus(sb, big.id)).job;
    const url = bigDone?.url as string;
    expect(bigDone?.status).toBe('PartialSuccess');
    expect((await sb.resultsFetch(new Request(url))).status).toBe(200);

    // Both finished at the same offset from their submission.
    clock.advance(RETENTION);
    for (const id of [small.id, big.id]) {
      const expired = await graphQlJobStatus(sb, id);
      expect(expired.job).toMatchObject({ completionPercentage: 100, rawResult: null, url: null });
      expect(expired.errors).toMatch(new RegExp(`^The result of job ${id} expired at `));
    }
    const bigExpired = (await graphQlJobStatus(sb, big.id)).job;
    expect(bigExpired?.status).toBe('PartialSuccess');
    expect(bigExpired?.queryGqlErrors).toEqual(bigDone?.queryGqlErrors);
    expect((await graphQlJobStatus(sb, small.id)).job?.status).toBe('Success');
    expect((await sb.resultsFetch(new Request(url))).status).toBe(410);
  });
});

describe('resultRetentionMs', () => {
  it('defaults to a day; Infinity keeps results; nonsense is refused', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const id = await submitData(sb, 'p1');
    clock.advance(DATA_JOB_MS);
    expect(DEFAULT_RESULT_RETENTION_MS).toBe(86_400_000);
    clock.advance(DEFAULT_RESULT_RETENTION_MS - 1);
    expect((await standardJobStatus(sb, id)).status).toBe('Success');
    clock.advance(1);
    expect((await standardJobStatus(sb, id)).status).toBe('ResultsExpired');

    const foreverClock = createManualClock();
    const forever = createSandbox({
      clock: foreverClock,
      resultRetentionMs: Number.POSITIVE_INFINITY,
    });
    const kept = await submitGraphQlJob(forever, '{ a }');
    foreverClock.advance(JOB_QUEUE_MS + jobDuration(1, 1) + 10 * 365 * DEFAULT_RESULT_RETENTION_MS);
    const job = await graphQlJobStatus(forever, kept.id);
    expect(job.errors).toBeNull();
    expect(job.job?.status).toBe('Success');
    expect(job.job?.rawResult).toEqual(expect.any(String));

    for (const bad of [0, -1, Number.NaN]) {
      expect(() => createSandbox({ resultRetentionMs: bad })).toThrow(
        `resultRetentionMs must be a number > 0 or Infinity, got ${bad}`,
      );
    }
  });
});
