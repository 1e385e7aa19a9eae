import { afterEach, describe, expect, it, vi } from 'vitest';
import { AbortError, TimeoutError } from '../src/index.js';
import { clientFor } from './helpers/client.js';
import { eventQueue } from './helpers/events.js';
import { serversClosedAfterEach } from './helpers/server.js';

const serve = serversClosedAfterEach();

afterEach(() => {
  vi.useRealTimers();
});

// The clock of the timeouts is fake and moves only once the request is where the test wants
// it (arrived, or its headers read): how fast the machine answers cannot matter.
const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

describe('timeouts', () => {
  it('a server that never answers times out with TimeoutError, not retried', async () => {
    fakeClock();
    const arrived = eventQueue<void>();
    const s = await serve(() => {
      arrived.push();
      return { hang: true };
    });
    let attempts = 0;
    const client = clientFor(s, {
      timeoutMs: 50,
      middleware: [{ onRequest: () => void attempts++ }],
    });
    const pending = client.bulkJobs.getStatus(1).catch((e: unknown) => e);
    await arrived.next();
    await vi.advanceTimersByTimeAsync(49);
    expect(attempts).toBe(1);
    // The timeout, plus at most 10 ms (or 5 %) of the timer shared with calls started alongside.
    await vi.advanceTimersByTimeAsync(4);
    const error = await pending;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toBe(
      'getBulkJobStatus (GET /standardjob/{id}/status) timed out after 50 ms',
    );
    expect(attempts).toBe(1);
  });

  it.each([
    ['Infinity', Number.POSITIVE_INFINITY],
    ['2^32 ms', 2 ** 32],
  ])('a timeout beyond what a timer holds (%s) waits that long, not 1 ms', async (_, timeoutMs) => {
    fakeClock();
    const arrived = eventQueue<void>();
    const s = await serve(() => {
      arrived.push();
      return { hang: true };
    });
    const client = clientFor(s, { timeoutMs, retries: false });
    let settled = false;
    const pending = client.bulkJobs.getStatus(1).then(
      () => {
        settled = true;
      },
      (e: unknown) => {
        settled = true;
        return e;
      },
    );
    await arrived.next();
    // Node (and the fake clock) fire a timer of more than 2^31-1 ms after 1 ms.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(settled).toBe(false);
    // It still ends: at the longest timer there is, about 24.8 days.
    await vi.advanceTimersByTimeAsync(2 ** 31);
    expect(await pending).toBeInstanceOf(TimeoutError);
  });

  it('the timeout covers reading the body', async () => {
    fakeClock();
    const s = await serve(() => ({ body: { id: 1, status: 'Success' }, stallBody: true }));
    const headersRead = eventQueue<void>();
    const client = clientFor(s, {
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        headersRead.push();
        return response;
      },
    });
    const pending = client.bulkJobs.getStatus(1, { timeoutMs: 50 }).catch((e: unknown) => e);
    await headersRead.next();
    await vi.advanceTimersByTimeAsync(53);
    expect(await pending).toBeInstanceOf(TimeoutError);
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
    fakeClock();
    const arrived = eventQueue<void>();
    const s = await serve(() => {
      arrived.push();
      return { hang: true };
    });
    const client = clientFor(s, { timeoutMs: 60_000 });
    const pending = client.bulkJobs.getStatus(1, { timeoutMs: 30 }).catch((e: unknown) => e);
    await arrived.next();
    await vi.advanceTimersByTimeAsync(32);
    expect(await pending).toBeInstanceOf(TimeoutError);
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
    // The answer asks for a long pause; the abort, as the pause begins, must cut it short.
    const s = await serve(() => ({ status: 503, headers: { 'retry-after': '30' } }));
    const client = clientFor(s, {
      retries: { maxIntervalMs: 60_000 },
      onRetry: () => queueMicrotask(() => controller.abort(new Error('user left'))),
    });
    const error = await client.bulkJobs
      .getStatus(1, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toEqual(new Error('user left'));
    expect(s.requests).toHaveLength(1);
  });
});
