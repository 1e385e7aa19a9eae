import type { Middleware } from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadRequestError, WorkflowsError } from '../src/index.js';
import { clientFor } from './helpers/client.js';
import { type Recorded, startServer, type TestServer } from './helpers/server.js';

// Calls without middleware go straight to fetch; with middleware they go through
// openapi-fetch. Both must put the same request on the wire and read the same answer.

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req) =>
    req.headers['x-fail']
      ? { status: 400, body: { type: 'about:blank', title: 'Bad', status: 400, traceId: 't-1' } }
      : { status: 200, body: { echo: req.url } },
  );
});
afterAll(() => server.close());

const noop: Middleware = { onRequest() {} };
type Methods = Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>;

/** What reached the server, without what differs between any two requests. */
const wire = ({ method, url, headers, body }: Recorded) => {
  const { host, connection, ...rest } = headers;
  return { method, url, headers: rest, body };
};

const calls: [string, string, unknown[]][] = [
  ['bulkJobs', 'getStatus', [42, { headers: { 'X-Call': 'a' } }]],
  ['graphQlBulkJobs', 'getStatus', ['9007199254740993', {}]],
  ['graphQlBulkJobs', 'submit', [{ query: '{ campaigns { id } }' }, {}]],
  ['campaigns', 'getVersion', ['c/1 x?&=é', {}]],
  ['campaigns', 'archive', [['c1', 'c2'], { forceArchive: true }]],
  ['adGroups', 'archive', [['a1'], { forceArchive: false }]],
  ['campaigns', 'create', [{ primaryInput: { name: 'ünï' } }, { headers: { 'x-app': 'call' } }]],
  [
    'adGroups',
    'bulkUpdate',
    [{ input: [] }, { headers: { 'content-type': 'application/json; charset=utf-8' } }],
  ],
];

describe('straight to fetch and through openapi-fetch', () => {
  for (const [group, name, args] of calls) {
    it(`${group}.${name} sends the same request both ways`, async () => {
      const options = { headers: { 'X-App': 'tests', 'ttd-AUTH': 'overridden-by-auth' } };
      const direct = clientFor(server, options) as unknown as Methods;
      const viaOpenapiFetch = clientFor(server, {
        ...options,
        middleware: [noop],
      }) as unknown as Methods;
      const a = await direct[group]?.[name]?.(...args);
      const sentDirect = wire(server.requests.at(-1) as Recorded);
      const b = await viaOpenapiFetch[group]?.[name]?.(...args);
      const sentVia = wire(server.requests.at(-1) as Recorded);
      expect(sentDirect).toEqual(sentVia);
      expect(a).toEqual(b);
      expect(sentDirect.headers['ttd-auth']).not.toBe('overridden-by-auth');
    });
  }

  it('turns an error answer into the same error both ways', async () => {
    const errors = [];
    for (const middleware of [[], [noop]]) {
      const client = clientFor(server, { middleware, retries: false });
      errors.push(
        await client.bulkJobs.getStatus(1, { headers: { 'x-fail': '1' } }).catch((e) => e),
      );
    }
    for (const e of errors) {
      expect(e).toBeInstanceOf(BadRequestError);
    }
    const [a, b] = errors as BadRequestError[];
    const fields = (e?: BadRequestError) => ({
      message: e?.message,
      ...{ status: e?.status, title: e?.title, type: e?.type, extensions: e?.extensions },
      body: e?.body,
    });
    expect(fields(a)).toEqual(fields(b));
    expect(a?.extensions).toEqual({ traceId: 't-1' });
  });
});

describe('middleware and client.raw', () => {
  it('applies middleware added before and after openapi-fetch is loaded, and ejects it', async () => {
    const seen: string[] = [];
    const client = clientFor(server);
    const first: Middleware = { onRequest: () => void seen.push('first') };
    const second: Middleware = { onRequest: () => void seen.push('second') };
    client.use(first);
    await client.raw.GET('/standardjob/{id}/status', { params: { path: { id: 1 } } });
    expect(seen).toEqual(['first']);
    client.raw.use(second);
    await client.bulkJobs.getStatus(1);
    expect(seen).toEqual(['first', 'first', 'second']);
    client.eject(first, second);
    await client.bulkJobs.getStatus(1);
    await client.raw.GET('/standardjob/{id}/status', { params: { path: { id: 1 } } });
    expect(seen).toHaveLength(3);
  });

  it('rejects middleware without hooks when it is added, and skips empty entries', async () => {
    const client = clientFor(server);
    expect(() => client.use({} as Middleware)).toThrow(WorkflowsError);
    expect(() =>
      clientFor(server, { middleware: [{ onRequest: 1 } as unknown as Middleware] }),
    ).toThrow(/onRequest, onResponse or onError/);
    const skipped = clientFor(server, { middleware: [null as unknown as Middleware] });
    expect(await skipped.bulkJobs.getStatus(1)).toEqual({ echo: '/standardjob/1/status' });
  });
});
