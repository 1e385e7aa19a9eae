import { describe, expect, it } from 'vitest';
import { ConnectionError, InternalServerError, RateLimitError } from '../src/index.js';
import { parseRetryAfter, retriesStatus, retryDelay } from '../src/retry.js';
import type { RetryPolicy } from '../src/types.js';
import { clientFor } from './helpers/client.js';
import {
  freePort,
  type Handler,
  serversClosedAfterEach,
  type TestServer,
} from './helpers/server.js';

const serve = serversClosedAfterEach();

const status = { id: 5, createdAtUtc: '2026-01-01T00:00:00Z', status: 'InProgress' };

describe('retry policy', () => {
  const policy: RetryPolicy = {
    initialIntervalMs: 500,
    maxIntervalMs: 60_000,
    maxElapsedTimeMs: 3_600_000,
    exponent: 1.5,
    maxRetries: Infinity,
    statusCodes: ['5XX'],
    retryConnectionErrors: true,
  };

  it('grows by the exponent, caps at maxInterval, and jitters down by at most 25 %', () => {
    expect(retryDelay(policy, 0, null, () => 0)).toBe(500);
    expect(retryDelay(policy, 2, null, () => 0)).toBe(1125);
    expect(retryDelay(policy, 2, null, () => 1)).toBe(1125 * 0.75);
    expect(retryDelay(policy, 40, null, () => 0)).toBe(60_000);
  });

  it('honours Retry-After in seconds or as an HTTP date, capped at maxInterval', () => {
    expect(retryDelay(policy, 0, '3', () => 0)).toBe(3000);
    expect(retryDelay(policy, 0, '86400', () => 0)).toBe(60_000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('retries 5xx from the spec plus 408 and 429, nothing else', () => {
    expect([500, 503, 599, 408, 429].every((s) => retriesStatus(policy, s))).toBe(true);
    expect([400, 401, 404, 409, 600].some((s) => retriesStatus(policy, s))).toBe(false);
    expect(retriesStatus({ ...policy, statusCodes: ['502'] }, 503)).toBe(false);
  });
});

describe('retries against a server', () => {
  it('retries a 503 with Retry-After, then returns the data', async () => {
    const s = await serve((_, i) =>
      i < 2 ? { status: 503, headers: { 'retry-after': '0' } } : { body: status },
    );
    expect(await clientFor(s).bulkJobs.getStatus(5)).toEqual(status);
    expect(s.requests.map((r) => r.path)).toEqual(Array(3).fill('/standardjob/5/status'));
  });

  it('retries 429 and gives up after maxRetries with the last error', async () => {
    const s = await serve(() => ({ status: 429, body: { title: 'slow down' } }));
    const error = await clientFor(s, { retries: { maxRetries: 2 } })
      .bulkJobs.getStatus(5)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(s.requests).toHaveLength(3);
  });

  it('does not retry a 4xx', async () => {
    const s = await serve(() => ({ status: 404 }));
    await expect(clientFor(s).bulkJobs.getStatus(5)).rejects.toThrow('404');
    expect(s.requests).toHaveLength(1);
  });

  it('stops when the next pause would pass maxElapsedTime', async () => {
    const s = await serve(() => ({ status: 500 }));
    const client = clientFor(s, {
      retries: { initialIntervalMs: 50, maxIntervalMs: 50, maxElapsedTimeMs: 10 },
    });
    await expect(client.bulkJobs.getStatus(5)).rejects.toBeInstanceOf(InternalServerError);
    expect(s.requests).toHaveLength(1);
  });

  it('retries: false sends once', async () => {
    const s = await serve(() => ({ status: 503 }));
    await expect(clientFor(s, { retries: false }).bulkJobs.getStatus(5)).rejects.toThrow();
    expect(s.requests).toHaveLength(1);
  });

  it('a per-call policy overrides the client one', async () => {
    const s = await serve(() => ({ status: 503 }));
    const client = clientFor(s);
    await expect(client.bulkJobs.getStatus(5, { retries: { maxRetries: 1 } })).rejects.toThrow();
    expect(s.requests).toHaveLength(2);
    await expect(client.bulkJobs.getStatus(5, { retries: false })).rejects.toThrow();
    expect(s.requests).toHaveLength(3);
  });
});

describe('non-idempotent calls', () => {
  const body = {
    input: [{ name: 'Spring sale', budget: { amount: 10.5 } }],
    validateInputOnly: null,
  };

  it('a POST answered 500 is sent once by default', async () => {
    const s = await serve(() => ({ status: 500 }));
    const error = await clientFor(s)
      .campaigns.bulkCreate(body as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(s.requests).toHaveLength(1);
  });

  it('a PATCH answered 503 is sent once by default', async () => {
    const s = await serve(() => ({ status: 503 }));
    await expect(clientFor(s).adGroups.bulkUpdate(body as never)).rejects.toThrow();
    expect(s.requests).toHaveLength(1);
  });

  it('a POST is retried when the caller opts in, with the body intact each time', async () => {
    const s = await serve((_, i) => (i < 2 ? { status: 500 } : { status: 202, body: { id: 9 } }));
    const data = await clientFor(s).campaigns.bulkCreate(body as never, {
      retryNonIdempotent: true,
    });
    expect(data).toEqual({ id: 9 });
    expect(s.requests).toHaveLength(3);
    for (const r of s.requests) {
      expect(JSON.parse(r.body)).toEqual(body);
      expect(r.headers['content-type']).toBe('application/json');
    }
  });
});

describe('connection errors', () => {
  /** Nothing listens on the port until the first attempt has been refused. */
  async function refusedThenServed(handler: Handler) {
    const port = await freePort();
    let started: Promise<TestServer> | undefined;
    const client = clientFor({ url: `http://127.0.0.1:${port}` } as TestServer, {
      middleware: [
        {
          async onError() {
            started ??= serve(handler, port);
            await started;
          },
        },
      ],
    });
    return { client, server: () => started as Promise<TestServer> };
  }

  it('a refused GET is retried', async () => {
    const { client, server } = await refusedThenServed(() => ({ body: status }));
    expect(await client.bulkJobs.getStatus(5)).toEqual(status);
    expect((await server()).requests).toHaveLength(1);
  });

  it('a refused POST is retried: it never reached the server', async () => {
    const { client, server } = await refusedThenServed((r) => ({
      status: 201,
      body: JSON.parse(r.body),
    }));
    const data = await client.campaigns.create({ name: 'x' } as never);
    expect(data).toEqual({ name: 'x' });
    expect((await server()).requests).toHaveLength(1);
  });

  it('a POST whose connection dies after sending is not retried', async () => {
    const s = await serve(() => ({ hang: true }));
    // The server accepted and read the request, then the socket is torn down.
    const client = clientFor(s);
    const pending = client.campaigns.create({ name: 'x' } as never).catch((e: unknown) => e);
    while (s.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    await s.close();
    expect(await pending).toBeInstanceOf(ConnectionError);
    expect(s.requests).toHaveLength(1);
  });

  it('retryConnectionErrors: false gives up at once', async () => {
    const port = await freePort();
    const client = clientFor({ url: `http://127.0.0.1:${port}` } as TestServer, {
      retries: { retryConnectionErrors: false },
    });
    let attempts = 0;
    client.use({
      onError() {
        attempts++;
      },
    });
    await expect(client.bulkJobs.getStatus(1)).rejects.toBeInstanceOf(ConnectionError);
    expect(attempts).toBe(1);
  });
});
