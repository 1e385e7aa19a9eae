import { afterEach, describe, expect, it, vi } from 'vitest';
import { AbortError, TimeoutError } from '../src/index.js';
import { clientFor } from './helpers/client.js';
import { serversClosedAfterEach } from './helpers/server.js';

const serve = serversClosedAfterEach();

afterEach(() => {
  vi.useRealTimers();
});

describe('timeouts', () => {
  it('a server that never answers times out with TimeoutError, not retried', async () => {
    const s = await serve(() => ({ hang: true }));
    let attempts = 0;
    const client = clientFor(s, {
      timeoutMs: 50,
      middleware: [{ onRequest: () => void attempts++ }],
    });
    const error = await client.bulkJobs.getStatus(1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toContain('getBulkJobStatus');
    // Counted on the client side: under load the server may not have logged it yet.
    expect(attempts).toBe(1);
  });

  it('the timeout covers reading the body', async () => {
    const s = await serve(() => ({ body: { id: 1, status: 'Success' }, stallBody: true }));
    const error = await clientFor(s)
      .bulkJobs.getStatus(1, { timeoutMs: 50 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('calls started together time out alone: a hung one does not take the others along', async () => {
    // The clock stands still until the three answered calls have settled, so how long the
    // machine takes to answer them cannot matter; then it moves past the timeout.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const s = await serve((req) =>
      req.path.startsWith('/standardjob/1/') ? { hang: true } : { body: { ok: req.path } },
    );
    const client = clientFor(s, { timeoutMs: 200, retries: false });
    const [hung, ...rest] = [1, 2, 3, 4].map((id) => client.bulkJobs.getStatus(id));
    const hungError = hung?.catch((e: unknown) => e);
    expect(await Promise.all(rest)).toEqual([
      { ok: '/standardjob/2/status' },
      { ok: '/standardjob/3/status' },
      { ok: '/standardjob/4/status' },
    ]);
    await vi.advanceTimersByTimeAsync(200 + 10);
    expect(await hungError).toBeInstanceOf(TimeoutError);
  });

  it('a per-call timeout overrides the client one', async () => {
    const s = await serve((_, i) => (i === 0 ? { hang: true } : { body: { ok: true } }));
    const client = clientFor(s, { timeoutMs: 60_000 });
    await expect(client.bulkJobs.getStatus(1, { timeoutMs: 30 })).rejects.toBeInstanceOf(
      TimeoutError,
    );
  });
});

describe('cancellation', () => {
  it('an already aborted signal sends nothing', async () => {
    const s = await serve(() => ({ body: {} }));
    const error = await clientFor(s)
      .bulkJobs.getStatus(1, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(s.requests).toHaveLength(0);
  });

  it('aborting while the request is in flight rejects with AbortError', async () => {
    const controller = new AbortController();
    const s = await serve(() => {
      controller.abort();
      return { hang: true };
    });
    const error = await clientFor(s)
      .bulkJobs.getStatus(1, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
  });

  it('aborting during the wait before a retry stops at once', async () => {
    const controller = new AbortController();
    const s = await serve(() => {
      // The answer asks for a long pause; the abort must cut it short.
      setTimeout(() => controller.abort(new Error('user left')), 20);
      return { status: 503, headers: { 'retry-after': '30' } };
    });
    const client = clientFor(s, { retries: { maxIntervalMs: 60_000 } });
    const error = await client.bulkJobs
      .getStatus(1, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toEqual(new Error('user left'));
    expect(s.requests).toHaveLength(1);
  });
});
