import type { Middleware } from 'openapi-fetch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AbortError,
  APIError,
  ConnectionError,
  createWorkflowsClient,
  defaultRetryPolicy,
  InternalServerError,
  RateLimitError,
  type RetryInfo,
  specRetryPolicy,
  WorkflowsError,
} from '../src/index.js';
import {
  type AttemptFacts,
  decideRetry,
  parseRetryAfter,
  retriesStatus,
  retryDelay,
} from '../src/retry-decision.js';
import type { RetryPolicy } from '../src/types.js';
import { clientFor, TOKEN } from './helpers/client.js';
import { eventQueue } from './helpers/events.js';
import {
  freePort,
  type Handler,
  serversClosedAfterEach,
  type TestServer,
} from './helpers/server.js';

const serve = serversClosedAfterEach();
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
/**
 * The clock of the retry pauses, and no jitter: each pause is exactly the backoff's interval.
 * The loopback server and fetch stay real.
 */
const fakeClockWithoutJitter = () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.spyOn(Math, 'random').mockReturnValue(0);
};

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

  it('reads Retry-After as RFC 9110 has it: digits, or one of the three HTTP-date forms', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter(' 7 ', now)).toBe(7000);
    expect(parseRetryAfter('0', now)).toBe(0);
    // IMF-fixdate, obsolete RFC 850 (a two-digit year), asctime.
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Thursday, 01-Jan-26 00:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Thu Jan  1 00:01:00 2026', now)).toBe(60_000);
    // Not delay-seconds, not an HTTP-date: ignored, never guessed at. `Date.parse` reads `-1`
    // as a day of 2001 (no wait at all) and `-5000` as a year.
    for (const bad of ['-1', '-5000', '1.5', '1e3', '+3', '0x10', 'soon', '2026-01-01', '']) {
      expect(parseRetryAfter(bad, now)).toBeUndefined();
    }
    expect(parseRetryAfter('Thu, 32 Jan 2026 00:00:00 GMT', now)).toBeUndefined();
  });

  it('never pauses less than the backoff, whatever Retry-After says', () => {
    for (const asked of ['0', '-1', 'Thu, 01 Jan 1970 00:00:00 GMT', 'soon', null]) {
      expect(retryDelay(policy, 2, asked, () => 0)).toBe(1125);
    }
  });

  it('retries 5xx from the spec plus 408 and 429, nothing else', () => {
    expect([500, 503, 599, 408, 429].every((s) => retriesStatus(policy, s))).toBe(true);
    expect([400, 401, 404, 409, 600].some((s) => retriesStatus(policy, s))).toBe(false);
    expect(retriesStatus({ ...policy, statusCodes: ['502'] }, 503)).toBe(false);
  });
});

describe('decideRetry', () => {
  const policy: RetryPolicy = { ...defaultRetryPolicy, maxRetries: 3, maxElapsedTimeMs: 10_000 };
  const answered = (status: number) =>
    new APIError(`op: ${status}`, {
      status,
      body: undefined,
      headers: {},
      operationId: 'op',
      requestId: undefined,
      extensions: {},
    });
  const refused = new ConnectionError('op: refused', {
    cause: Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
  });
  const reset = new ConnectionError('op: reset', {
    cause: Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } }),
  });
  const now = Date.parse('2026-01-01T00:00:00Z');
  const attempt: AttemptFacts = {
    retries: 0,
    method: 'GET',
    retryNonIdempotent: undefined,
    retryAfter: null,
    elapsedMs: 0,
    now,
    jitter: 0,
  };

  it('retries what the policy lists, after the backoff less the jitter it is given', () => {
    expect(decideRetry(answered(503), attempt, policy)).toEqual({ retry: true, delayMs: 500 });
    expect(decideRetry(answered(503), { ...attempt, retries: 2, jitter: 1 }, policy)).toEqual({
      retry: true,
      delayMs: 1125 * 0.75,
    });
    expect(decideRetry(answered(404), attempt, policy).retry).toBe(false);
    expect(decideRetry(reset, attempt, policy).retry).toBe(true);
    expect(decideRetry(reset, attempt, { ...policy, retryConnectionErrors: false }).retry).toBe(
      false,
    );
    expect(decideRetry(answered(503), attempt, false).retry).toBe(false);
  });

  it('stops at maxRetries and where the pause would end past maxElapsedTimeMs', () => {
    expect(decideRetry(answered(503), { ...attempt, retries: 3 }, policy).retry).toBe(false);
    expect(decideRetry(answered(503), { ...attempt, elapsedMs: 9_500 }, policy).retry).toBe(true);
    expect(decideRetry(answered(503), { ...attempt, elapsedMs: 9_501 }, policy).retry).toBe(false);
  });

  it('reads an HTTP-date Retry-After from the time it is given', () => {
    const retryAfter = 'Thu, 01 Jan 2026 00:00:03 GMT';
    expect(decideRetry(answered(429), { ...attempt, retryAfter }, policy).delayMs).toBe(3000);
    expect(decideRetry(answered(429), { ...attempt, retryAfter, now: now + 2000 }, policy)).toEqual(
      { retry: true, delayMs: 1000 },
    );
  });

  it('retries a POST or PATCH only when it never left, or when the caller opts in', () => {
    for (const method of ['POST', 'PATCH']) {
      expect(decideRetry(answered(503), { ...attempt, method }, policy).retry).toBe(false);
      expect(decideRetry(reset, { ...attempt, method }, policy).retry).toBe(false);
      expect(decideRetry(refused, { ...attempt, method }, policy).retry).toBe(true);
      expect(
        decideRetry(answered(503), { ...attempt, method, retryNonIdempotent: true }, policy).retry,
      ).toBe(true);
    }
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
    const arrived = eventQueue<void>();
    const s = await serve(() => {
      arrived.push();
      return { hang: true };
    });
    // The server accepted and read the request, then the socket is torn down.
    const client = clientFor(s);
    const pending = client.campaigns.create({ name: 'x' } as never).catch((e: unknown) => e);
    await arrived.next();
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

describe('Retry-After against a server', () => {
  for (const value of ['0', '-1', '-5000', 'soon', 'Thu, 01 Jan 1970 00:00:00 GMT']) {
    it(`Retry-After: ${value} waits the backoff's full interval: no storm of requests`, async () => {
      fakeClockWithoutJitter();
      const s = await serve((_, i) =>
        i === 0 ? { status: 503, headers: { 'retry-after': value } } : { body: status },
      );
      let sent = 0;
      const retrying = eventQueue<RetryInfo>();
      const client = clientFor(s, {
        retries: { initialIntervalMs: 1000, maxIntervalMs: 5000 },
        fetch: (input, init) => {
          sent++;
          return fetch(input, init);
        },
        onRetry: retrying.push,
      });
      const pending = client.bulkJobs.getStatus(5);
      expect((await retrying.next()).delayMs).toBe(1000);
      await vi.advanceTimersByTimeAsync(999);
      expect(sent).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(await pending).toEqual(status);
      expect(sent).toBe(2);
    });
  }

  it('a Retry-After longer than the backoff is honoured, up to maxIntervalMs', async () => {
    fakeClockWithoutJitter();
    const s = await serve((_, i) =>
      i < 2
        ? { status: 429, headers: { 'retry-after': i === 0 ? '3' : '86400' } }
        : { body: status },
    );
    const retrying = eventQueue<RetryInfo>();
    const client = clientFor(s, {
      retries: { initialIntervalMs: 1000, maxIntervalMs: 5000 },
      onRetry: retrying.push,
    });
    const pending = client.bulkJobs.getStatus(5);
    for (const asked of [3000, 5000]) {
      expect((await retrying.next()).delayMs).toBe(asked);
      await vi.advanceTimersByTimeAsync(asked);
    }
    expect(await pending).toEqual(status);
  });
});

describe('the default retry budget', () => {
  it('is the spec backoff with at most 2 retries within 60 s; the spec policy stays available', () => {
    expect(defaultRetryPolicy).toEqual({
      ...specRetryPolicy,
      maxRetries: 2,
      maxElapsedTimeMs: 60_000,
    });
    expect(specRetryPolicy).toMatchObject({ maxRetries: Infinity, maxElapsedTimeMs: 3_600_000 });
  });

  it('an unreachable server fails after 3 attempts, saying how many over how long; each retry is a warning', async () => {
    fakeClockWithoutJitter();
    const port = await freePort();
    const warnings: string[] = [];
    const retried = eventQueue<RetryInfo>();
    const client = createWorkflowsClient({
      server: `http://127.0.0.1:${port}`,
      auth: TOKEN,
      logger: { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} },
      onRetry: retried.push,
    });
    const pending = client.bulkJobs.getStatus(1).catch((e: unknown) => e);
    for (const [retry, delayMs] of [
      [1, 500],
      [2, 750],
    ] as const) {
      const info = await retried.next();
      expect(info).toMatchObject({ operationId: 'getBulkJobStatus', retry, delayMs });
      expect(info.error).toBeInstanceOf(ConnectionError);
      await vi.advanceTimersByTimeAsync(delayMs);
    }
    const error = (await pending) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ attempts: 3, elapsedMs: 1250 });
    expect(error.message).toMatch(
      /^getBulkJobStatus: GET \/standardjob\/\{id\}\/status failed after 3 attempts over 1\.3 s: fetch failed \(.*ECONNREFUSED/,
    );
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^\[workflows\] getBulkJobStatus: connection failed \(fetch failed \(.*ECONNREFUSED.*\)\); retry 1 in 500 ms$/,
    );
  });

  for (const [where, clientWide] of [
    ['client-wide', true],
    ['per call', false],
  ] as const) {
    it(`retries: 'spec' (${where}) keeps retrying past 2, on the spec's intervals, until aborted`, async () => {
      fakeClockWithoutJitter();
      const port = await freePort();
      const retried = eventQueue<RetryInfo>();
      const client = createWorkflowsClient({
        server: `http://127.0.0.1:${port}`,
        auth: TOKEN,
        logLevel: 'off',
        onRetry: retried.push,
        ...(clientWide ? { retries: 'spec' as const } : {}),
      });
      const controller = new AbortController();
      const pending = client.bulkJobs
        .getStatus(1, {
          signal: controller.signal,
          ...(clientWide ? {} : { retries: 'spec' as const }),
        })
        .catch((e: unknown) => e);
      const delays: number[] = [];
      for (let i = 0; i < 5; i++) {
        const { delayMs } = await retried.next();
        delays.push(delayMs);
        await vi.advanceTimersByTimeAsync(delayMs);
      }
      expect(delays).toEqual([500, 750, 1125, 1687.5, 2531.25]);
      await retried.next();
      controller.abort();
      expect(await pending).toBeInstanceOf(AbortError);
    });
  }

  it('what onRetry throws ends the call with it', async () => {
    const s = await serve(() => ({ status: 503 }));
    const stop = new Error('enough');
    const client = clientFor(s, {
      onRetry: () => {
        throw stop;
      },
    });
    await expect(client.bulkJobs.getStatus(1)).rejects.toBe(stop);
    expect(s.requests).toHaveLength(1);
  });
});

describe('a request HTTP cannot carry', () => {
  const noop: Middleware = { onRequest() {} };
  for (const [path, middleware] of [
    ['straight to fetch', []],
    ['through middleware', [noop]],
  ] as const) {
    it(`fails at once, naming the credential without showing it, not retried as a connection error (${path})`, async () => {
      const s = await serve(() => ({ body: status }));
      const token = `${TOKEN}\nX-Injected: 1`;
      let sent = 0;
      const client = clientFor(s, {
        auth: token,
        middleware: [...middleware],
        fetch: (input, init) => {
          sent++;
          return fetch(input, init);
        },
      });
      const error = await client.bulkJobs.getStatus(1).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkflowsError);
      expect(error).not.toBeInstanceOf(ConnectionError);
      expect((error as Error).message).toBe(
        'getBulkJobStatus: the credential (`auth`, sent as TTD-Auth) has a character an HTTP header cannot carry (a line break, a control character or one above U+00FF); nothing was sent',
      );
      expect(JSON.stringify(error)).not.toContain(TOKEN);
      expect(sent).toBeLessThanOrEqual(1);
      expect(s.requests).toHaveLength(0);
    });
  }

  it('names a header of the call that cannot be sent', async () => {
    const s = await serve(() => ({ body: status }));
    const error = await clientFor(s)
      .bulkJobs.getStatus(1, { headers: { 'x-note': 'caf\u0100' } })
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^getBulkJobStatus: header "x-note" has a character/);
    expect(s.requests).toHaveLength(0);
  });
});
