import { once } from 'node:events';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSandbox,
  DEFAULT_BODY_LIMIT_BYTES,
  MAX_LISTED_ERRORS,
  type RunningSandbox,
  startSandbox,
} from '../src/index.js';
import { call, specErrors } from './helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: reads into JSON answers, checked by expect
const obj = (v: unknown) => v as Record<string, any>;

const LIMIT = 64;
const tooLargeDetail = (limit: number, declared: boolean) =>
  `The request body is larger than the sandbox's limit of ${limit} bytes (bodyLimitBytes)` +
  `${declared ? ', by its Content-Length' : ''}.`;

/** A JSON array of `n` ad-group ids, exactly `bytes` long when `bytes` is given. */
function idsBody(bytes: number): string {
  // ["aaaa…"]: the brackets and quotes take 4 bytes.
  return JSON.stringify(['a'.repeat(bytes - 4)]);
}

const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`http://sandbox.test${path}`, {
    method: 'POST',
    headers: { 'TTD-Auth': 't', 'Content-Type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

describe('bodyLimitBytes', () => {
  it('reads a body of exactly the limit and refuses one byte more with a 413 ProblemDetails', async () => {
    const sb = createSandbox({ bodyLimitBytes: LIMIT });
    const atLimit = idsBody(LIMIT);
    expect(Buffer.byteLength(atLimit)).toBe(LIMIT);
    const read = await call(sb, 'archiveAdGroups', { rawBody: atLimit });
    // Read and judged: the id is unknown.
    expect(read.status).toBe(400);
    expect(Object.keys(obj(read.body).errors)).toEqual(['/0']);

    const over = await call(sb, 'archiveAdGroups', { rawBody: idsBody(LIMIT + 1) });
    expect(over.status).toBe(413);
    expect(over.body).toMatchObject({
      status: 413,
      title: 'The request body is too large.',
      detail: tooLargeDetail(LIMIT, false),
      instance: '/adgroup/archive',
    });
    expect(over.headers.get('Connection')).toBe('close');
    // The spec documents no 413 (it sets no limit); the body is still a ProblemDetails.
    expect(specErrors({ ...over, status: 400 })).toEqual([]);
    expect(sb.requests.at(-1)).toMatchObject({ operationId: 'archiveAdGroups', status: 413 });
  });

  it('counts bytes, not characters', async () => {
    const sb = createSandbox({ bodyLimitBytes: LIMIT });
    // 30 two-byte characters: 34 characters, 64 bytes; one more is 66 bytes.
    expect((await call(sb, 'archiveAdGroups', { rawBody: `["${'é'.repeat(30)}"]` })).status).toBe(
      400,
    );
    const over = await call(sb, 'archiveAdGroups', { rawBody: `["${'é'.repeat(31)}"]` });
    expect(over.status).toBe(413);
  });

  it('refuses on Content-Length before reading a byte of the body', async () => {
    const sb = createSandbox({ bodyLimitBytes: LIMIT });
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulls === 1000) {
          return controller.close();
        }
        pulls += 1;
        controller.enqueue(new TextEncoder().encode(' '.repeat(LIMIT)));
      },
    });
    const res = await sb.fetch(
      post('/adgroup/archive', body, { 'Content-Length': String(LIMIT + 1) }),
    );
    expect(res.status).toBe(413);
    expect(obj(await res.json()).detail).toBe(tooLargeDetail(LIMIT, true));
    // A stream pulls once to fill its queue when made; the sandbox asked for nothing more.
    expect(pulls).toBeLessThanOrEqual(1);
  });

  it('stops reading a body without a Content-Length as soon as it passes the limit', async () => {
    const sb = createSandbox({ bodyLimitBytes: LIMIT });
    let pulled = 0;
    let cancelled = false;
    // A thousand times the limit: read to its end, it would be a 400 (not JSON), not a 413.
    const long = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 1000 * LIMIT) {
          return controller.close();
        }
        pulled += 10;
        controller.enqueue(new TextEncoder().encode('"aaaaaaa",'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const res = await sb.fetch(post('/adgroup/archive', long));
    expect(res.status).toBe(413);
    expect(obj(await res.json()).detail).toBe(tooLargeDetail(LIMIT, false));
    expect(cancelled).toBe(true);
    // The limit, the chunk that passed it, and the one the stream queued ahead.
    expect(pulled).toBeLessThanOrEqual(LIMIT + 20);
  });

  it('answers a body that breaks off mid-read with a 400, not a failure of its own', async () => {
    const sb = createSandbox({ bodyLimitBytes: LIMIT });
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('the client went away'));
      },
    });
    const res = await sb.fetch(post('/adgroup/archive', broken));
    expect(res.status).toBe(400);
    expect(obj(await res.json()).detail).toBe(
      'The request body could not be read: the client went away.',
    );
  });

  it('is read only for operations that take a body, after auth', async () => {
    const sb = createSandbox({ bodyLimitBytes: LIMIT });
    const noAuth = await call(sb, 'archiveAdGroups', { rawBody: idsBody(1000), auth: null });
    expect(noAuth.status).toBe(401);
    const get = await sb.fetch(
      new Request('http://sandbox.test/campaign/nope/version', { headers: { 'TTD-Auth': 't' } }),
    );
    expect(get.status).toBe(404);
  });

  it('defaults to 1 MiB and refuses nonsense', async () => {
    expect(DEFAULT_BODY_LIMIT_BYTES).toBe(1_048_576);
    const sb = createSandbox();
    const at = await call(sb, 'archiveAdGroups', { rawBody: idsBody(DEFAULT_BODY_LIMIT_BYTES) });
    expect(at.status).toBe(400);
    const over = await call(sb, 'archiveAdGroups', {
      rawBody: idsBody(DEFAULT_BODY_LIMIT_BYTES + 1),
    });
    expect(over.status).toBe(413);
    expect(obj(over.body).detail).toBe(tooLargeDetail(DEFAULT_BODY_LIMIT_BYTES, false));
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createSandbox({ bodyLimitBytes: bad })).toThrow(
        `bodyLimitBytes must be a number > 0, got ${bad}`,
      );
    }
  });
});

describe('bodyLimitBytes over a socket', () => {
  let running: RunningSandbox | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  /** Sends the head of a POST and whatever `write` writes, never ending the body. */
  async function answerBeforeTheEnd(
    headers: Record<string, string | number>,
    write: (send: (chunk: string) => void) => void,
  ): Promise<{ status: number | undefined; body: string }> {
    running = await startSandbox({ bodyLimitBytes: LIMIT });
    const { port } = running;
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/adgroup/archive',
      headers: { 'TTD-Auth': 't', 'Content-Type': 'application/json', ...headers },
    });
    req.on('error', () => {
      // The server closes the connection after its answer; the unsent rest may fail to write.
    });
    req.flushHeaders();
    write((chunk) => req.write(chunk));
    const [res] = (await once(req, 'response')) as [IncomingMessage];
    let body = '';
    for await (const chunk of res) {
      body += String(chunk);
    }
    req.destroy();
    return { status: res.statusCode, body };
  }

  it('answers 413 on a Content-Length over the limit without waiting for the body', async () => {
    const a = await answerBeforeTheEnd({ 'Content-Length': 100 * 1024 * 1024 }, () => {});
    expect(a.status).toBe(413);
    expect(JSON.parse(a.body).detail).toBe(tooLargeDetail(LIMIT, true));
  });

  it('answers 413 on a chunked body once it passes the limit, before it ends', async () => {
    const a = await answerBeforeTheEnd({ 'Transfer-Encoding': 'chunked' }, (send) => {
      send('[');
      send(`"${'a'.repeat(LIMIT)}"`);
    });
    expect(a.status).toBe(413);
    expect(JSON.parse(a.body).detail).toBe(tooLargeDetail(LIMIT, false));
  });
});

describe('the errors of one answer', () => {
  const sb = createSandbox();

  it(`list the first ${MAX_LISTED_ERRORS} schema problems and count the rest`, async () => {
    expect(MAX_LISTED_ERRORS).toBe(100);
    const a = await call(sb, 'archiveAdGroups', { body: Array.from({ length: 1000 }, () => 1) });
    expect(a.status).toBe(400);
    expect(specErrors(a)).toEqual([]);
    const errors = obj(a.body).errors as Record<string, string[]>;
    expect(Object.keys(errors)).toHaveLength(100);
    expect(errors['/0']).toEqual(['must be string']);
    expect(errors['/99']).toEqual(['must be string']);
    expect(errors['/100']).toBeUndefined();
    expect(obj(a.body).omittedErrorCount).toBe(900);
    expect(obj(a.body).detail).toBe(
      'The request body does not match the spec: /0 must be string (and 999 more).',
    );
  });

  it('cap the problems a handler finds too', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => `adg-nope-${i}`);
    const a = await call(sb, 'archiveAdGroups', { body: ids });
    expect(a.status).toBe(400);
    expect(Object.keys(obj(a.body).errors)).toHaveLength(100);
    expect(obj(a.body).omittedErrorCount).toBe(150);
  });

  it('carry no count when nothing was left out', async () => {
    const a = await call(sb, 'archiveAdGroups', { body: Array.from({ length: 100 }, () => 1) });
    expect(Object.keys(obj(a.body).errors)).toHaveLength(100);
    expect(obj(a.body)).not.toHaveProperty('omittedErrorCount');
    expect(obj(a.body).detail).toMatch(/\(and 99 more\)\.$/);
  });
});
