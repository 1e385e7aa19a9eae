import {
  type StandardJobStatusResponse,
  WorkflowStatus,
  type WorkflowStatus as WorkflowStatusValue,
} from '@workflows-api/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AbortError,
  NotFoundError,
  ResultsExpiredError,
  TimeoutError,
  terminalStatuses,
  WorkflowsError,
} from '../src/index.js';
import { clientFor, TOKEN } from './helpers/client.js';
import { eventQueue } from './helpers/events.js';
import { type Handler, serversClosedAfterEach, type TestServer } from './helpers/server.js';

const serve = serversClosedAfterEach();
afterEach(() => {
  vi.useRealTimers();
});
/** The clock of the poller's pauses and limits; the loopback server and fetch stay real. */
const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });

const job = (
  status: WorkflowStatusValue,
  completionPercentage: number | null,
  extra: Partial<StandardJobStatusResponse> = {},
): StandardJobStatusResponse => ({
  id: 77,
  createdAtUtc: '2026-01-01T00:00:00Z',
  status,
  completionPercentage,
  ...extra,
});

/** Answers status polls of job 77 from `steps` in order, repeating the last one. */
const polls = (steps: object[]): Handler => {
  let n = 0;
  return (req) =>
    req.method === 'GET' && req.path === '/standardjob/77/status'
      ? { body: steps[Math.min(++n, steps.length) - 1] }
      : { status: 404 };
};

describe('terminal statuses', () => {
  it('are every WorkflowStatus value of the spec but InProgress, ResultsExpired included', () => {
    expect([...terminalStatuses].sort()).toEqual(
      WorkflowStatus.filter((s) => s !== 'InProgress').sort(),
    );
    expect(terminalStatuses).toContain('ResultsExpired');
  });
});

describe('bulkJobs.waitFor', () => {
  it('polls GET /standardjob/{id}/status InProgress 0% → 50% → Success, reporting progress', async () => {
    const s = await serve(
      polls([
        job('InProgress', 0),
        job('InProgress', 50),
        job('Success', 100, { rawResult: 'ok' }),
      ]),
    );
    const progress: (number | null)[] = [];
    const final = await clientFor(s).bulkJobs.waitFor(77, {
      intervalMs: 1,
      onProgress: (p) => progress.push(p),
    });
    expect(final.status).toBe('Success');
    expect(progress).toEqual([0, 50, 100]);
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
      Array(3).fill('GET /standardjob/77/status'),
    );
    expect(s.requests.every((r) => r.headers['ttd-auth'] === TOKEN)).toBe(true);
  });

  it('returns a Failure status instead of throwing', async () => {
    const s = await serve(
      polls([job('InProgress', 10), job('Failure', null, { errors: 'bad row 3' })]),
    );
    const final = await clientFor(s).bulkJobs.waitFor(77, { intervalMs: 1 });
    expect(final).toMatchObject({ status: 'Failure', errors: 'bad row 3' });
  });

  it('returns a ResultsExpired status: it is final, and waitFor does not throw for it', async () => {
    const s = await serve(polls([job('InProgress', 90), job('ResultsExpired', 100)]));
    const final = await clientFor(s).bulkJobs.waitFor(77, { intervalMs: 1 });
    expect(final.status).toBe('ResultsExpired');
    expect(s.requests).toHaveLength(2);
  });

  it('throws TimeoutError when the job outlives timeoutMs, counting the pauses on the clock', async () => {
    fakeClock();
    const s = await serve(polls([job('InProgress', 5)]));
    const polled = eventQueue<number | null>();
    const waiting = clientFor(s)
      .bulkJobs.waitFor(77, {
        intervalMs: 1000,
        maxIntervalMs: 1000,
        timeoutMs: 2500,
        onProgress: (p) => polled.push(p),
      })
      .catch((e: unknown) => e);
    // Polls at 0, 1000 and 2000 ms; then a pause cut to the 500 ms left and a last poll.
    for (const pause of [1000, 1000, 500]) {
      await polled.next();
      await vi.advanceTimersByTimeAsync(pause);
    }
    const error = await waiting;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe('bulk job 77 is still InProgress (5 %) after 2500 ms');
    expect(s.requests).toHaveLength(4);
  });

  it('says when not one status came back before timeoutMs', async () => {
    fakeClock();
    const arrived = eventQueue<void>();
    const s = await serve(() => {
      arrived.push();
      return { hang: true };
    });
    const waiting = clientFor(s)
      .bulkJobs.waitFor(77, { timeoutMs: 2500 })
      .catch((e: unknown) => e);
    await arrived.next();
    // The poll's own deadline is the time left of the wait (plus at most 10 ms of sharing).
    await vi.advanceTimersByTimeAsync(2510);
    const error = await waiting;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe('bulk job 77: no status within 2500 ms');
    expect(s.requests).toHaveLength(1);
  });

  it('throws AbortError when aborted while polling', async () => {
    const s = await serve(polls([job('InProgress', 5)]));
    const controller = new AbortController();
    const error = await clientFor(s)
      .bulkJobs.waitFor(77, {
        intervalMs: 60_000,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(s.requests).toHaveLength(1);
  });

  it('propagates API errors of the status call', async () => {
    const s = await serve(() => ({ status: 404, body: { title: 'no such job' } }));
    await expect(clientFor(s).bulkJobs.waitFor(77)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('bulkJobs.result of a job whose result expired', () => {
  it('throws ResultsExpiredError with the job id, saying the result is gone and the job must run again', async () => {
    const s = await serve(() => ({ status: 500 }));
    const error = await clientFor(s)
      .bulkJobs.result(job('ResultsExpired', 100, { url: `${s.url}/results/77` }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResultsExpiredError);
    expect(error).toBeInstanceOf(WorkflowsError);
    const expired = error as ResultsExpiredError;
    expect(expired.name).toBe('ResultsExpiredError');
    expect(expired.jobId).toBe(77);
    expect(expired.message).toMatch(/bulk job 77 .*result is gone.*no longer keeps it/);
    expect(expired.message).toMatch(/Run the job again/);
    expect(s.requests).toHaveLength(0);
  });
});

describe('submit, wait and fetch the result', () => {
  it('every job-submitting operation has an AndWait convenience', () => {
    const client = clientFor({ url: 'http://127.0.0.1:1' } as TestServer);
    expect(typeof client.campaigns.bulkCreateAndWait).toBe('function');
    expect(typeof client.campaigns.bulkUpdateAndWait).toBe('function');
    expect(typeof client.adGroups.bulkCreateAndWait).toBe('function');
    expect(typeof client.adGroups.bulkUpdateAndWait).toBe('function');
    expect(typeof client.bulkJobs.submitFirstPartyDataAndWait).toBe('function');
    expect(typeof client.bulkJobs.submitThirdPartyDataAndWait).toBe('function');
    expect(typeof client.graphQlBulkJobs.submitAndWait).toBe('function');
    expect('createAndWait' in client.campaigns).toBe(false);
  });

  it('adGroups.bulkCreateAndWait submits once, polls, and returns status and result', async () => {
    let polled = 0;
    const s = await serve((req) => {
      if (req.path === '/standardjob/adgroup/bulk') {
        return { status: 202, body: { id: 77 } };
      }
      polled++;
      return {
        body: polled < 2 ? job('InProgress', 50) : job('Success', 100, { rawResult: 'done' }),
      };
    });
    const progress: (number | null)[] = [];
    const outcome = await clientFor(s).adGroups.bulkCreateAndWait({ input: [] } as never, {
      intervalMs: 1,
      onProgress: (p) => progress.push(p),
    });
    expect(outcome.status.status).toBe('Success');
    expect(outcome.result).toBe('done');
    expect(progress).toEqual([50, 100]);
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /standardjob/adgroup/bulk',
      'GET /standardjob/77/status',
      'GET /standardjob/77/status',
    ]);
  });

  it('bulkJobs.submitFirstPartyDataAndWait throws ResultsExpiredError when the job ends ResultsExpired', async () => {
    const s = await serve((req) =>
      req.method === 'POST'
        ? { status: 202, body: { id: 77 } }
        : { body: job('ResultsExpired', 100) },
    );
    const error = await clientFor(s)
      .bulkJobs.submitFirstPartyDataAndWait({ advertiserId: 'adv1' }, { intervalMs: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResultsExpiredError);
    expect((error as ResultsExpiredError).jobId).toBe(77);
    expect(s.requests.map((r) => r.path)).toEqual([
      '/standardjob/firstpartydata',
      '/standardjob/77/status',
    ]);
  });

  it('campaigns.bulkUpdateAndWait returns a 200 answer as it is: nothing was queued, nothing is polled', async () => {
    const payload = { campaign: { campaignId: 'c1' }, adGroups: [] };
    const s = await serve(() => ({ status: 200, body: payload }));
    const outcome = await clientFor(s).campaigns.bulkUpdateAndWait({ input: [] } as never);
    expect(outcome).toEqual({ status: null, data: payload, result: null });
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'PATCH /standardjob/campaign/bulk',
    ]);
  });

  it('campaigns.bulkUpdateAndWait waits for the job when the API queues one (202)', async () => {
    const s = await serve((req) =>
      req.method === 'PATCH'
        ? { status: 202, body: { id: 77 } }
        : { body: job('PartialSuccess', 100, { rawResult: 'row 2 failed' }) },
    );
    const outcome = await clientFor(s).campaigns.bulkUpdateAndWait({ input: [] } as never);
    if (outcome.status === null) {
      throw new Error('expected a job outcome');
    }
    expect(outcome.status.status).toBe('PartialSuccess');
    expect(outcome.result).toBe('row 2 failed');
    expect(s.requests.map((r) => r.path)).toEqual([
      '/standardjob/campaign/bulk',
      '/standardjob/77/status',
    ]);
  });

  it('a submit answer without a job id is an error naming the operation, not a poll of job undefined', async () => {
    const s = await serve(() => ({ status: 202, body: {} }));
    await expect(clientFor(s).campaigns.bulkCreateAndWait({ input: [] } as never)).rejects.toThrow(
      'bulkCreateCampaigns: the answer (202) has no job id to wait for',
    );
    expect(s.requests).toHaveLength(1);
  });
});
