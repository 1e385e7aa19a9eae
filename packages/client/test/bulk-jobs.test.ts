import type { BulkJobStatusResponse, WorkflowStatus } from '@workflows-api/types';
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  NotFoundError,
  TimeoutError,
  terminalStatuses,
  WorkflowsError,
} from '../src/index.js';
import { clientFor, TOKEN } from './helpers/client.js';
import { type Handler, serversClosedAfterEach, type TestServer } from './helpers/server.js';

const serve = serversClosedAfterEach();

const job = (
  status: WorkflowStatus,
  completionPercentage: number | null,
  extra: Partial<BulkJobStatusResponse> = {},
): BulkJobStatusResponse => ({
  id: 77,
  createdAtUtc: '2026-01-01T00:00:00Z',
  status,
  completionPercentage,
  ...extra,
});

/** Answers status polls from `steps` in order, repeating the last one. */
const polls = (steps: object[]): Handler => {
  let n = 0;
  return (req) =>
    req.path === '/bulkjob/77/status'
      ? { body: steps[Math.min(++n, steps.length) - 1] }
      : { status: 404 };
};

describe('terminal statuses', () => {
  it('are every WorkflowStatus value but InProgress, from the spec', () => {
    expect([...terminalStatuses].sort()).toEqual(['Failure', 'PartialSuccess', 'Success']);
  });
});

describe('bulkJobs.waitFor', () => {
  it('polls InProgress 0% → 50% → Success, reporting progress', async () => {
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
    expect(s.requests).toHaveLength(3);
    expect(s.requests.every((r) => r.headers['ttd-auth'] === TOKEN)).toBe(true);
  });

  it('returns a Failure status instead of throwing', async () => {
    const s = await serve(
      polls([job('InProgress', 10), job('Failure', null, { errors: 'bad row 3' })]),
    );
    const final = await clientFor(s).bulkJobs.waitFor(77, { intervalMs: 1 });
    expect(final).toMatchObject({ status: 'Failure', errors: 'bad row 3' });
  });

  it('throws TimeoutError when the job outlives timeoutMs', async () => {
    const s = await serve(polls([job('InProgress', 5)]));
    const error = await clientFor(s)
      .bulkJobs.waitFor(77, { intervalMs: 5, timeoutMs: 40 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain('bulk job 77 is still InProgress');
  });

  it('says when not one status came back before timeoutMs', async () => {
    const s = await serve(() => ({ hang: true }));
    const error = await clientFor(s)
      .bulkJobs.waitFor(77, { intervalMs: 5, timeoutMs: 40 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe('bulk job 77: no status within 40 ms');
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

describe('bulkJobs.result', () => {
  it('returns rawResult without any request', async () => {
    const s = await serve(() => ({ status: 500 }));
    const client = clientFor(s);
    expect(await client.bulkJobs.result(job('Success', 100, { rawResult: 'a,b\n1,2' }))).toBe(
      'a,b\n1,2',
    );
    expect(await client.bulkJobs.result(job('Failure', null))).toBeNull();
    expect(s.requests).toHaveLength(0);
  });

  it('downloads a url on another origin without TTD-Auth or configured headers', async () => {
    const api = await serve(() => ({ status: 500 }));
    const storage = await serve(() => ({ body: 'big,result' }));
    const client = clientFor(api, {
      headers: { 'x-api-key': 'partner-secret', 'x-app': 'tests' },
      secretHeaders: ['x-api-key'],
    });
    const text = await client.bulkJobs.result(
      job('Success', 100, { url: `${storage.url}/results/77.csv?sig=abc` }),
    );
    expect(text).toBe('big,result');
    expect(storage.requests).toHaveLength(1);
    const headers = storage.requests[0]?.headers ?? {};
    expect(storage.requests[0]?.url).toBe('/results/77.csv?sig=abc');
    expect(headers['ttd-auth']).toBeUndefined();
    expect(headers['x-api-key']).toBeUndefined();
    expect(headers['x-app']).toBeUndefined();
    expect(JSON.stringify(headers)).not.toContain(TOKEN);
    expect(api.requests).toHaveLength(0);
  });

  it('sends the credential when the url is on the API origin', async () => {
    const api = await serve(() => ({ body: 'own,result' }));
    const text = await clientFor(api).bulkJobs.result(
      job('Success', 100, { url: `${api.url}/results/77` }),
    );
    expect(text).toBe('own,result');
    expect(api.requests[0]?.headers['ttd-auth']).toBe(TOKEN);
  });

  it('drops the credential when the API redirects the download elsewhere', async () => {
    const storage = await serve(() => ({ body: 'moved' }));
    const api = await serve(() => ({
      status: 302,
      headers: { location: `${storage.url}/blob/1` },
    }));
    const text = await clientFor(api).bulkJobs.result(
      job('Success', 100, { url: `${api.url}/results/77` }),
    );
    expect(text).toBe('moved');
    expect(api.requests[0]?.headers['ttd-auth']).toBe(TOKEN);
    expect(storage.requests[0]?.headers['ttd-auth']).toBeUndefined();
  });

  it('enforces the size limit, declared or streamed', async () => {
    const big = 'x'.repeat(5000);
    const storage = await serve((r) =>
      r.path === '/declared' ? { body: big } : { body: big, headers: { 'content-length': '' } },
    );
    const client = clientFor(storage);
    await expect(
      client.bulkJobs.result(job('Success', 100, { url: `${storage.url}/declared` }), {
        maxBytes: 1000,
      }),
    ).rejects.toThrow(/over the limit of 1000/);
    const streamed = await serve(() => ({ body: big }));
    const small = clientFor(streamed, { maxResultBytes: 4999 });
    await expect(
      small.bulkJobs.result(job('Success', 100, { url: `${streamed.url}/any` })),
    ).rejects.toBeInstanceOf(WorkflowsError);
    expect(
      await small.bulkJobs.result(job('Success', 100, { url: `${streamed.url}/any` }), {
        maxBytes: 5000,
      }),
    ).toBe(big);
  });

  it('refuses non-http urls', async () => {
    const api = await serve(() => ({}));
    await expect(
      clientFor(api).bulkJobs.result(job('Success', 100, { url: 'file:///etc/passwd' })),
    ).rejects.toThrow(/not http/);
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
    expect('createAndWait' in client.campaigns).toBe(false);
  });

  it('adGroups.bulkCreateAndWait submits once, polls, and returns status and result', async () => {
    let polled = 0;
    const s = await serve((req) => {
      if (req.path === '/adgroup/bulk') return { status: 202, body: { id: 77 } };
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
    expect(s.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
