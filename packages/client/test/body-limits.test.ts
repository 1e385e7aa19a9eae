import type { StandardJobStatusResponse } from '@workflows-api/types';
import type { Middleware } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { APIError, InternalServerError, ResponseTooLargeError } from '../src/index.js';
import { clientFor } from './helpers/client.js';
import { eventQueue } from './helpers/events.js';
import { type Reply, serversClosedAfterEach } from './helpers/server.js';

const serve = serversClosedAfterEach();

const MiB = 2 ** 20;
/** What a hostile server offers: 64 MiB, in 64 KiB chunks, unless the client hangs up first. */
const flood = (sent: (bytes: number) => void, status = 200): Reply => ({
  status,
  headers: { 'content-type': 'application/json' },
  stream: { chunkBytes: 64 * 1024, chunks: 1024, sent },
});
/**
 * Bytes the server handed to the socket before the client hung up: what the client read, plus
 * what the socket buffers of a loopback connection hold (a few MiB at most), never the flood.
 */
const BOUND = 16 * MiB;

const noop: Middleware = { onRequest() {} };
const paths = [
  ['straight to fetch', []],
  ['through openapi-fetch (middleware)', [noop]],
] as const;

describe('answers are read through a size limit', () => {
  for (const [path, middleware] of paths) {
    it(`a 2xx answer over maxResponseBytes is a ResponseTooLargeError, and the rest is never read (${path})`, async () => {
      const sent = eventQueue<number>();
      const s = await serve(() => flood(sent.push));
      const client = clientFor(s, { maxResponseBytes: MiB, middleware: [...middleware] });
      const error = await client.bulkJobs.getStatus(1).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error).toMatchObject({ limit: MiB });
      expect((error as Error).message).toBe(
        `getBulkJobStatus: the answer is larger than ${MiB} bytes (maxResponseBytes); the rest was not read`,
      );
      expect(await sent.next()).toBeLessThan(BOUND);
      // Not retried: the answer would be as large again.
      expect(s.requests).toHaveLength(1);
    });

    it(`an error answer keeps the first 64 KiB of its body, and the rest is never read (${path})`, async () => {
      const sent = eventQueue<number>();
      const s = await serve(() => flood(sent.push, 500));
      const error = await clientFor(s, { retries: false, middleware: [...middleware] })
        .bulkJobs.getStatus(1)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      expect((error as APIError).body).toBe('x'.repeat(64 * 1024));
      expect((error as Error).message.length).toBeLessThan(300);
      expect(await sent.next()).toBeLessThan(BOUND);
    });
  }

  it('client.raw reads through the same limit', async () => {
    const sent = eventQueue<number>();
    const s = await serve(() => flood(sent.push));
    const error = await clientFor(s, { maxResponseBytes: MiB })
      .raw.GET('/standardjob/{id}/status', { params: { path: { id: 1 } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toMatch(/^GET \/standardjob\/1\/status: the answer is larger/);
    expect(await sent.next()).toBeLessThan(BOUND);
  });

  it('the default limit is 4 MiB for most answers and 32 MiB for job statuses, which may carry a result inline', async () => {
    const sent = eventQueue<number>();
    const s = await serve(() => flood(sent.push));
    const client = clientFor(s);
    await expect(client.campaigns.getVersion('c1')).rejects.toMatchObject({ limit: 4 * MiB });
    await sent.next();
    await expect(client.bulkJobs.getStatus(1)).rejects.toMatchObject({ limit: 32 * MiB });
    await sent.next();
    // An inline result of 5 MB (the spec's largest) is read whole.
    const result = 'r'.repeat(5_000_000);
    const job: StandardJobStatusResponse = {
      id: 1,
      createdAtUtc: '2026-01-01T00:00:00Z',
      status: 'Success',
      rawResult: result,
    };
    const inline = await serve(() => ({ body: job }));
    expect((await clientFor(inline).bulkJobs.getStatus(1)).rawResult).toBe(result);
  });

  it('a per-call maxResponseBytes overrides the client one, in both directions', async () => {
    const body = { id: 1, createdAtUtc: '2026-01-01T00:00:00Z', status: 'Success' };
    const size = JSON.stringify(body).length;
    const s = await serve(() => ({ body }));
    const client = clientFor(s, { maxResponseBytes: size - 1 });
    await expect(client.bulkJobs.getStatus(1)).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(await client.bulkJobs.getStatus(1, { maxResponseBytes: size })).toEqual(body);
    await expect(
      clientFor(s).bulkJobs.getStatus(1, { maxResponseBytes: size - 1 }),
    ).rejects.toMatchObject({ limit: size - 1 });
  });

  it("the error branch of a result download keeps 64 KiB, whatever the result's maxBytes", async () => {
    const sent = eventQueue<number>();
    const storage = await serve(() => flood(sent.push, 403));
    const error = await clientFor(storage)
      .bulkJobs.result(
        {
          id: 77,
          createdAtUtc: '2026-01-01T00:00:00Z',
          status: 'Success',
          url: `${storage.url}/r`,
        },
        { maxBytes: 1024 },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(((error as APIError).body as string).length).toBe(64 * 1024);
    expect(await sent.next()).toBeLessThan(BOUND);
  });

  it('a result download over maxBytes stops reading there', async () => {
    const sent = eventQueue<number>();
    const storage = await serve(() => flood(sent.push));
    const error = await clientFor(storage)
      .graphQlBulkJobs.result(
        {
          id: 88,
          createdAt: '2026-01-01T00:00:00Z',
          status: 'Success',
          runtimeErrors: null,
          url: `${storage.url}/r`,
        },
        { maxBytes: MiB },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toBe(
      `GraphQL bulk job 88 result is more than ${MiB} bytes, over the limit of ${MiB} (maxBytes)`,
    );
    expect(await sent.next()).toBeLessThan(BOUND);
  });
});
