import { describe, expect, it } from 'vitest';
import {
  type BulkJob,
  createManualClock,
  createSandbox,
  DEFAULT_EXPIRED_JOB_RETENTION_MS,
  DEFAULT_MAX_JOBS,
  INLINE_RESULT_LIMIT_BYTES,
  JOB_QUEUE_MS,
  jobDuration,
  type Sandbox,
} from '../src/index.js';
import {
  call,
  campaignInput,
  graphQlJobStatus,
  specErrors,
  standardJobStatus,
  submitGraphQlJob,
} from './helpers.js';

const DATA_JOB_MS = jobDuration(10, 1);
const RETENTION = 60_000;
const EXPIRED_RETENTION = 30_000;

async function submitData(sb: Sandbox, partnerId: string): Promise<number> {
  const a = await call(sb, 'submitThirdPartyDataJob', { body: { partnerId } });
  expect(a.status, a.text).toBe(202);
  return (a.body as { id: number }).id;
}

const forgotten = (kind: string, id: number, retention: number, maxJobs: number) =>
  `No ${kind} has id ${id}: the sandbox has forgotten that job. It forgets a job ` +
  `${retention} ms after its result expired (expiredJobRetentionMs), ` +
  `and the jobs that finished first once it holds more than ${maxJobs} (maxJobs).`;

/** Counts every read of the fields that say when a job ends or whether it finished. */
function countReads(jobs: Iterable<BulkJob>): { reads: number } {
  const counter = { reads: 0 };
  for (const job of jobs) {
    for (const key of ['createdAt', 'finished'] as const) {
      let value = job[key];
      Object.defineProperty(job, key, {
        get() {
          counter.reads += 1;
          return value;
        },
        set(next) {
          value = next;
        },
      });
    }
  }
  return counter;
}

describe('a request settles only the jobs whose time has come', () => {
  it('a status poll reads no other job, however many are running or finished', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock, resultRetentionMs: RETENTION });
    const finished: number[] = [];
    for (let i = 0; i < 500; i++) {
      finished.push(await submitData(sb, `p${i}`));
    }
    clock.advance(DATA_JOB_MS);
    expect((await standardJobStatus(sb, finished[0] as number)).status).toBe('Success');
    // The clock stands still from here: these stay running.
    for (let i = 0; i < 500; i++) {
      await submitData(sb, `q${i}`);
    }
    const polled = finished[250] as number;
    const others = [...sb.state.jobs.values()].filter((job) => job.id !== polled);
    expect(others).toHaveLength(999);
    const counter = countReads(others);
    for (let n = 0; n < 10; n++) {
      expect((await standardJobStatus(sb, polled)).status).toBe('Success');
    }
    // Each settle looks at the head of each queue: a few reads per poll, not a thousand.
    expect(counter.reads).toBeLessThanOrEqual(10 * 4);
  });

  it('finishes jobs in the order they end, whatever order they were submitted in', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const long = await call(sb, 'bulkCreateCampaigns', {
      body: { input: [campaignInput('a'), campaignInput('b'), campaignInput('c')] },
    });
    const short = await call(sb, 'bulkCreateCampaigns', { body: { input: [campaignInput('d')] } });
    clock.advance(jobDuration(1, 1));
    expect(sb.state.campaigns.size).toBe(0);
    await standardJobStatus(sb, (short.body as { id: number }).id);
    expect([...sb.state.campaigns.values()].map((c) => c.campaign.name)).toEqual(['d']);
    clock.advance(jobDuration(3, 1));
    await standardJobStatus(sb, (long.body as { id: number }).id);
    expect([...sb.state.campaigns.values()].map((c) => c.campaign.name)).toEqual([
      'd',
      'a',
      'b',
      'c',
    ]);
  });
});

describe('a job is stamped when it is queued', () => {
  it('after its body was read and validated, however long other requests ran meanwhile', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const start = clock.now();
    // Long enough to be validated in slices, which give other requests turns.
    const input = Array.from({ length: 2_500 }, (_, i) => campaignInput(`c${i}`));
    const submitted = call(sb, 'bulkCreateCampaigns', { body: { input } });
    // Runs at the first turn the validation gives.
    await new Promise((resolve) => setImmediate(resolve));
    clock.advance(1_000);
    const a = await submitted;
    expect(a.status, a.text).toBe(202);
    const status = await standardJobStatus(sb, (a.body as { id: number }).id);
    expect(status.createdAtUtc).toBe(new Date(start + 1_000).toISOString());
  });
});

describe('expiredJobRetentionMs: a job whose result expired is forgotten after it', () => {
  it('reports ResultsExpired until then, then a 404 that says the job was forgotten', async () => {
    const clock = createManualClock();
    const sb = createSandbox({
      clock,
      resultRetentionMs: RETENTION,
      expiredJobRetentionMs: EXPIRED_RETENTION,
    });
    const id = await submitData(sb, 'p1');
    clock.advance(DATA_JOB_MS + RETENTION + EXPIRED_RETENTION - 1);
    expect((await standardJobStatus(sb, id)).status).toBe('ResultsExpired');
    expect(sb.state.jobs.has(id)).toBe(true);
    clock.advance(1);
    const gone = await call(sb, 'getBulkJobStatus', { params: { id } });
    expect(gone.status).toBe(404);
    expect(specErrors(gone)).toEqual([]);
    expect((gone.body as { detail: string }).detail).toBe(
      forgotten('bulk job', id, EXPIRED_RETENTION, DEFAULT_MAX_JOBS),
    );
    expect(sb.state.jobs.has(id)).toBe(false);
    // An id never given out is still a plain 404.
    const never = await call(sb, 'getBulkJobStatus', { params: { id: id + 1 } });
    expect((never.body as { detail: string }).detail).toBe(`No bulk job has id ${id + 1}.`);
  });

  it('forgets GraphQL bulk jobs the same way, and their download urls become 404s', async () => {
    const clock = createManualClock();
    const sb = createSandbox({
      clock,
      resultRetentionMs: RETENTION,
      expiredJobRetentionMs: 0,
      inlineResultLimitBytes: 10,
    });
    const job = await submitGraphQlJob(sb, '{ a }');
    clock.advance(JOB_QUEUE_MS + jobDuration(1, 1));
    const url = (await graphQlJobStatus(sb, job.id)).job?.url as string;
    expect((await sb.resultsFetch(new Request(url))).status).toBe(200);
    // With no further retention, the job goes as its result expires.
    clock.advance(RETENTION);
    const gone = await call(sb, 'getGraphQlBulkJobStatus', { params: { id: String(job.id) } });
    expect(gone.status).toBe(404);
    expect((gone.body as { detail: string }).detail).toBe(
      forgotten('GraphQL bulk job', job.id, 0, DEFAULT_MAX_JOBS),
    );
    expect((await sb.resultsFetch(new Request(url))).status).toBe(404);
  });
});

describe('maxJobs', () => {
  it('forgets the jobs that finished first once more are kept, whatever their retention', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock, maxJobs: 3 });
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(await submitData(sb, `p${i}`));
      clock.advance(1);
    }
    // All five are running: none is forgotten.
    expect(sb.state.jobs.size).toBe(5);
    for (const id of ids) {
      expect((await standardJobStatus(sb, id)).status).toBe('InProgress');
    }
    clock.advance(DATA_JOB_MS);
    const first = await call(sb, 'getBulkJobStatus', { params: { id: ids[0] as number } });
    expect(first.status).toBe(404);
    expect((first.body as { detail: string }).detail).toBe(
      forgotten('bulk job', ids[0] as number, DEFAULT_EXPIRED_JOB_RETENTION_MS, 3),
    );
    expect((await call(sb, 'getBulkJobStatus', { params: { id: ids[1] as number } })).status).toBe(
      404,
    );
    for (const id of ids.slice(2)) {
      expect((await standardJobStatus(sb, id)).status).toBe('Success');
    }
    expect(sb.state.jobs.size).toBe(3);
  });

  it('forgets jobs whose result expired before those whose result is kept', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock, maxJobs: 2, resultRetentionMs: RETENTION });
    const old = await submitData(sb, 'old');
    clock.advance(DATA_JOB_MS + RETENTION);
    expect((await standardJobStatus(sb, old)).status).toBe('ResultsExpired');
    const kept = await submitData(sb, 'kept');
    clock.advance(DATA_JOB_MS);
    expect((await standardJobStatus(sb, kept)).status).toBe('Success');
    await submitData(sb, 'new');
    clock.advance(DATA_JOB_MS);
    expect((await call(sb, 'getBulkJobStatus', { params: { id: old } })).status).toBe(404);
    expect((await standardJobStatus(sb, kept)).status).toBe('Success');
  });
});

describe('results', () => {
  it('a big result that can be made again is not held: it is made on download', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const id = await submitData(sb, 'large-partner');
    clock.advance(DATA_JOB_MS);
    const url = (await standardJobStatus(sb, id)).url as string;
    const done = sb.state.jobs.get(id)?.finished;
    expect(done?.result).toBeNull();
    expect(done?.resultBytes).toBeGreaterThanOrEqual(INLINE_RESULT_LIMIT_BYTES);
    const first = await (await sb.resultsFetch(new Request(url))).text();
    expect(Buffer.byteLength(first)).toBe(done?.resultBytes);
    expect(JSON.parse(first).rowCount).toBe(60_000);
    expect(await (await sb.resultsFetch(new Request(url))).text()).toBe(first);
  });

  it('a job lets go of its work, and the input it holds, once it ran', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const a = await call(sb, 'bulkCreateCampaigns', { body: { input: [campaignInput('x')] } });
    const id = (a.body as { id: number }).id;
    expect(sb.state.jobs.get(id)?.run).toEqual(expect.any(Function));
    clock.advance(jobDuration(1, 1));
    const status = await standardJobStatus(sb, id);
    expect(sb.state.jobs.get(id)?.run).toBeUndefined();
    // A bulk job's work changed the state: its result cannot be made again, so it is held.
    expect(sb.state.jobs.get(id)?.finished?.result).toBe(status.rawResult);
  });
});

describe('options', () => {
  it('default to a week after expiry and 10 000 jobs, and refuse nonsense', () => {
    expect(DEFAULT_EXPIRED_JOB_RETENTION_MS).toBe(7 * 86_400_000);
    expect(DEFAULT_MAX_JOBS).toBe(10_000);
    for (const bad of [-1, Number.NaN]) {
      expect(() => createSandbox({ expiredJobRetentionMs: bad })).toThrow(
        `expiredJobRetentionMs must be a number >= 0 or Infinity, got ${bad}`,
      );
    }
    for (const bad of [0, 1.5, Number.POSITIVE_INFINITY]) {
      expect(() => createSandbox({ maxJobs: bad })).toThrow(
        `maxJobs must be a whole number > 0, got ${bad}`,
      );
    }
  });
});
