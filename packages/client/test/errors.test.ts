import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  WorkflowsError,
} from '../src/index.js';
import { makeLog } from '../src/log.js';
import { rememberSecret } from '../src/redact.js';
import { clientFor, TOKEN } from './helpers/client.js';
import { freePort, type Reply, startServer, type TestServer } from './helpers/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function failWith(reply: Reply, secretHeaders?: string[]) {
  server = await startServer(() => reply);
  const client = clientFor(server, {
    retries: false,
    headers: { 'x-api-key': 'partner-key-abcdef' },
    secretHeaders,
  });
  return client.bulkJobs.getStatus(1).then(
    () => expect.fail('expected the call to throw'),
    (e: unknown) => e as WorkflowsError,
  );
}

describe('errors by status', () => {
  const cases: [number, new (...a: never[]) => APIError][] = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [409, APIError],
  ];
  for (const [status, Class] of cases) {
    it(`${status} → ${Class.name}`, async () => {
      const error = await failWith({
        status,
        headers: { 'x-request-id': `req-${status}` },
        body: { title: `t${status}` },
      });
      expect(error).toBeInstanceOf(Class);
      expect(error).toBeInstanceOf(APIError);
      expect(error).toBeInstanceOf(WorkflowsError);
      const api = error as APIError;
      expect(api.status).toBe(status);
      expect(api.name).toBe(Class.name);
      expect(api.requestId).toBe(`req-${status}`);
      expect(api.operationId).toBe('getBulkJobStatus');
      expect(api.body).toEqual({ title: `t${status}` });
      expect(api.headers['x-request-id']).toBe(`req-${status}`);
      expect(api.message).toContain(`getBulkJobStatus: ${status} t${status}`);
    });
  }

  it('BadRequestError exposes ProblemDetails and its extension members', async () => {
    const problem = {
      type: 'https://example.com/problems/invalid',
      title: 'Invalid input',
      status: 400,
      detail: 'name is required',
      instance: '/campaign/123',
      traceId: '00-abc-01',
      errors: { name: ['required'] },
    };
    const error = (await failWith({
      status: 400,
      headers: { 'content-type': 'application/problem+json' },
      body: problem,
    })) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({
      type: problem.type,
      title: problem.title,
      status: 400,
      detail: problem.detail,
      instance: problem.instance,
    });
    expect(error.extensions).toEqual({ traceId: '00-abc-01', errors: { name: ['required'] } });
    expect(error.message).toBe('getBulkJobStatus: 400 Invalid input: name is required');
  });

  it('falls back to other request id headers', async () => {
    const error = (await failWith({ status: 404, headers: { 'request-id': 'r-2' } })) as APIError;
    expect(error.requestId).toBe('r-2');
    expect(error.body).toBeUndefined();
  });

  it('keeps a non-JSON error body as text', async () => {
    const error = (await failWith({ status: 502, body: 'upstream down' })) as APIError;
    expect(error.body).toBe('upstream down');
    expect(error.message).toBe('getBulkJobStatus: 502 upstream down');
  });

  it('a 2xx body that is not JSON is a ResponseValidationError with the raw body', async () => {
    const error = (await failWith({ status: 200, body: '{oops' })) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.body).toBe('{oops');
    expect(error.issues[0]?.keyword).toBe('json');
  });

  it('connection failures are ConnectionError with the cause', async () => {
    const port = await freePort();
    const client = clientFor({ url: `http://127.0.0.1:${port}` } as TestServer, { retries: false });
    const error = await client.bulkJobs.getStatus(1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).cause).toBeDefined();
  });
});

describe('credentials never leak through errors', () => {
  const echo = (): Reply => ({
    status: 401,
    headers: { 'set-cookie': 'session=abc123secret', 'x-echo-key': 'partner-key-abcdef' },
    body: { title: 'Unauthorized', detail: `token ${TOKEN} was rejected`, seen: TOKEN },
  });

  it('redacts the message, JSON.stringify and util.inspect', async () => {
    const error = (await failWith(echo())) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    for (const text of [
      error.message,
      String(error.stack),
      JSON.stringify(error),
      inspect(error),
    ]) {
      expect(text).not.toContain(TOKEN);
      expect(text).toContain('[REDACTED]');
    }
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: 'AuthenticationError',
      status: 401,
      operationId: 'getBulkJobStatus',
    });
    expect(inspect(error)).toContain('AuthenticationError');
    // The headers the error carries: cookies always, configured secrets by value.
    expect(error.headers['set-cookie']).toBe('[REDACTED]');
  });

  it('redacts headers configured as secret, by name and by value', async () => {
    const error = (await failWith(echo(), ['x-api-key'])) as APIError;
    expect(error.headers['x-echo-key']).toBe('[REDACTED]');
    expect(JSON.stringify(error)).not.toContain('partner-key-abcdef');
    expect(inspect(error, { depth: 10 })).not.toContain('partner-key-abcdef');
  });
});

describe('credentials are redacted in every form a server may echo them', () => {
  /** A token with characters JSON and URLs escape: `"`, `\`, `+`, `/`, a space. */
  const ODD = 'tok"en\\with+slash/and space-0123456789';
  const forms = {
    raw: ODD,
    'JSON-escaped': JSON.stringify(ODD).slice(1, -1),
    'unicode-escaped (as .NET writes JSON)': ODD.replace(
      /["+]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    ).replace(/\\(?!u)/g, '\\\\'),
    'URL-encoded': encodeURIComponent(ODD),
    'URL-encoded, lower-case hex': encodeURIComponent(ODD).toLowerCase(),
  };

  async function echoed(reply: Reply, auth = ODD) {
    server = await startServer(() => reply);
    return clientFor(server, { auth, retries: false })
      .bulkJobs.getStatus(1)
      .then(
        () => expect.fail('expected the call to throw'),
        (e: unknown) => e as APIError,
      );
  }
  const leaks = (error: APIError, secret: string) =>
    [
      error.message,
      error.detail,
      JSON.stringify(error.body),
      JSON.stringify(error.extensions),
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
    ].filter((text) => text?.includes(secret));

  /** How a JSON answer may carry the token: its string, as it is written on the wire. */
  const inJSON: [string, string, string][] = [
    ['raw', ODD, forms['JSON-escaped']],
    [
      'unicode-escaped on the wire (as .NET writes JSON)',
      ODD,
      forms['unicode-escaped (as .NET writes JSON)'],
    ],
    ['URL-encoded', forms['URL-encoded'], forms['URL-encoded']],
    [
      'URL-encoded, lower-case hex',
      forms['URL-encoded, lower-case hex'],
      forms['URL-encoded, lower-case hex'],
    ],
  ];
  for (const [name, parsed, wire] of inJSON) {
    it(`${name}, in error.detail, error.body, the extensions, the message, JSON and inspect`, async () => {
      const text = `{"title":"Unauthorized","detail":"token ${wire} was rejected","seen":"${wire}","instance":"/x?t=${wire}"}`;
      const error = await echoed({
        status: 401,
        headers: { 'content-type': 'application/json' },
        body: text,
      });
      expect(JSON.parse(text).seen).toBe(parsed);
      for (const secret of Object.values(forms)) {
        expect(leaks(error, secret)).toEqual([]);
      }
      expect(error.detail).toBe('token [REDACTED] was rejected');
      expect(error.extensions.seen).toBe('[REDACTED]');
    });
  }

  it('in a body that is not JSON (kept as text), in every form at once', async () => {
    const text = `upstream said: ${Object.values(forms).join(' | ')}`;
    const error = await echoed({ status: 502, body: text });
    for (const secret of Object.values(forms)) {
      expect(leaks(error, secret)).toEqual([]);
    }
    expect(error.body).toBe(`upstream said: ${Array(5).fill('[REDACTED]').join(' | ')}`);
  });

  it('a token shorter than 4 characters, where it stands alone, but not inside words', async () => {
    const error = await echoed(
      {
        status: 401,
        body: {
          title: 'Not Found or abc',
          detail: "token 'k7' rejected; k7s and ak7 are not it",
          seen: 'k7',
        },
      },
      'k7',
    );
    expect(error.detail).toBe("token '[REDACTED]' rejected; k7s and ak7 are not it");
    expect(error.extensions.seen).toBe('[REDACTED]');
    expect(JSON.stringify(error)).not.toMatch(/\bk7\b/);
  });

  it('in the log lines', () => {
    const lines: string[] = [];
    const log = makeLog({ debug() {}, info() {}, warn: (m) => lines.push(m), error() {} });
    rememberSecret(ODD);
    log('warn', `echo ${Object.values(forms).join(' ')}`);
    expect(lines).toEqual([`[workflows] echo ${Array(5).fill('[REDACTED]').join(' ')}`]);
  });
});
