import { describe, expect, it } from 'vitest';
import { AbortError, TimeoutError } from '../src/index.js';
import { clientFor } from './helpers/client.js';
import { serversClosedAfterEach } from './helpers/server.js';

const serve = serversClosedAfterEach();

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
    const s = await serve((req) =>
      req.path.startsWith('/standardjob/1/') ? { hang: true } : { body: { ok: req.path } },
    );
    const client = clientFor(s, { timeoutMs: 200, retries: false });
    const [hung, ...rest] = await Promise.allSettled(
      [1, 2, 3, 4].map((id) => client.bulkJobs.getStatus(id)),
    );
    expect(hung?.status === 'rejected' && hung.reason).toBeInstanceOf(TimeoutError);
    expect(rest.map((r) => r.status === 'fulfilled' && r.value)).toEqual([
      { ok: '/standardjob/2/status' },
      { ok: '/standardjob/3/status' },
      { ok: '/standardjob/4/status' },
    ]);
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
