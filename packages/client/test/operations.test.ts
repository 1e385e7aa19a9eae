import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkflowsClient, NotFoundError } from '../src/index.js';
import { clientFor, TOKEN } from './helpers/client.js';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
// Echoes what it got, so each test can check the answer made it back as data.
beforeAll(async () => {
  server = await startServer((req) => ({
    status: Number(req.headers['x-reply-status'] ?? 200),
    body: { echo: req.path },
  }));
});
afterAll(() => server.close());

const last = () => server.requests.at(-1) as (typeof server.requests)[number];

/** Method and path of every operation, written out from the spec rather than read from the table. */
const expected: Record<string, [string, string]> = {
  'adGroups.archive': ['POST', '/adgroup/archive'],
  'adGroups.bulkCreate': ['POST', '/adgroup/bulk'],
  'adGroups.bulkUpdate': ['PATCH', '/adgroup/bulk'],
  'adGroups.create': ['POST', '/adgroup'],
  'adGroups.update': ['PATCH', '/adgroup'],
  'bulkJobs.getStatus': ['GET', '/bulkjob/42/status'],
  'bulkJobs.submitFirstPartyData': ['POST', '/bulkjob/firstpartydata'],
  'bulkJobs.submitThirdPartyData': ['POST', '/bulkjob/thirdpartydata'],
  'campaigns.archive': ['POST', '/campaign/archive'],
  'campaigns.bulkCreate': ['POST', '/campaign/bulk'],
  'campaigns.bulkUpdate': ['PATCH', '/campaign/bulk'],
  'campaigns.create': ['POST', '/campaign'],
  'campaigns.getVersion': ['GET', '/campaign/c%2F1%20x/version'],
  'campaigns.update': ['PATCH', '/campaign'],
  'graphQl.postRequest': ['POST', '/graphql-request'],
  'pubApis.post': ['POST', '/pubapi'],
};

describe('every operation round-trips', () => {
  const client = () => clientFor(server, { headers: { 'x-app': 'tests' } });

  it('has exactly the operations of the spec', () => {
    const c = client() as unknown as Record<string, Record<string, unknown>>;
    const names = Object.entries(c)
      .filter(([k]) => !['raw', 'use', 'eject'].includes(k))
      .flatMap(([group, methods]) =>
        Object.keys(methods)
          .filter((m) => !m.endsWith('AndWait') && m !== 'waitFor' && m !== 'result')
          .map((m) => `${group}.${m}`),
      )
      .sort();
    expect(names).toEqual(Object.keys(expected).sort());
  });

  it('campaigns.archive sends the ids and forceArchive', async () => {
    const data = await client().campaigns.archive(['c1', 'c2'], { forceArchive: true });
    expect(data).toEqual({ echo: '/campaign/archive' });
    expect(last()).toMatchObject({
      method: 'POST',
      path: '/campaign/archive',
      query: { forceArchive: 'true' },
    });
    expect(JSON.parse(last().body)).toEqual(['c1', 'c2']);
    expect(last().headers['content-type']).toBe('application/json');
  });

  it('adGroups.archive without the flag sends no query', async () => {
    await client().adGroups.archive(['a1']);
    expect(last().url).toBe('/adgroup/archive');
  });

  it('bulkJobs.getStatus puts the id in the path and sends no body', async () => {
    await client().bulkJobs.getStatus(42);
    expect(last()).toMatchObject({ method: 'GET', path: '/bulkjob/42/status', body: '' });
    expect(last().headers['content-type']).toBeUndefined();
  });

  it('campaigns.getVersion encodes the path parameter', async () => {
    await client().campaigns.getVersion('c/1 x');
    expect(last().url).toBe('/campaign/c%2F1%20x/version');
  });

  for (const [key, [method, path]] of Object.entries(expected)) {
    it(`${key} → ${method} ${path}`, async () => {
      const [group, name] = key.split('.') as [string, string];
      const c = client() as unknown as Record<
        string,
        Record<string, (...a: unknown[]) => Promise<unknown>>
      >;
      const fn = c[group]?.[name] as (...a: unknown[]) => Promise<unknown>;
      const body = { probe: key, nested: { list: [1, 'two', null] } };
      const args =
        method === 'GET'
          ? [path.includes('bulkjob') ? 42 : 'c/1 x', { headers: { 'x-call': key } }]
          : [body, { headers: { 'x-call': key } }];
      const data = await fn(...args);
      const got = last();
      expect(got.method).toBe(method);
      expect(got.url.split('?')[0]).toBe(path);
      expect(got.headers['ttd-auth']).toBe(TOKEN);
      expect(got.headers['x-app']).toBe('tests');
      expect(got.headers['x-call']).toBe(key);
      if (method === 'GET') expect(got.body).toBe('');
      else expect(JSON.parse(got.body)).toEqual(body);
      expect(data).toEqual({ echo: got.path });
    });
  }
});

describe('answers', () => {
  it('resolves a bodiless 2xx to undefined', async () => {
    const s = await startServer(() => ({ status: 200 }));
    try {
      expect(await clientFor(s).adGroups.create({} as never)).toBeUndefined();
    } finally {
      await s.close();
    }
  });

  it('.withResponse() gives the data and the raw Response', async () => {
    const s = await startServer(() => ({
      status: 201,
      headers: { 'x-request-id': 'req-1' },
      body: { id: 'c1' },
    }));
    try {
      const { data, response } = await clientFor(s)
        .campaigns.create({} as never)
        .withResponse();
      expect(data).toEqual({ id: 'c1' });
      expect(response.status).toBe(201);
      expect(response.headers.get('x-request-id')).toBe('req-1');
    } finally {
      await s.close();
    }
  });

  it('client.raw is openapi-fetch on the same server, with auth and headers', async () => {
    const client = clientFor(server, { headers: { 'x-app': 'raw' } });
    const { data, response } = await client.raw.GET('/bulkjob/{id}/status', {
      params: { path: { id: 7 } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ echo: '/bulkjob/7/status' });
    expect(last().headers['ttd-auth']).toBe(TOKEN);
    expect(last().headers['x-app']).toBe('raw');
  });

  it('.withResponse() of a failed call rejects with the typed error, and nothing goes unhandled', async () => {
    const s = await startServer(() => ({ status: 404, body: { title: 'gone' } }));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const client = clientFor(s, { retries: false });
      await expect(client.bulkJobs.getStatus(1).withResponse()).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(client.campaigns.getVersion(undefined as never).withResponse()).rejects.toThrow(
        /path parameter "id" is missing/,
      );
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await s.close();
    }
  });

  it('createWorkflowsClient is the package entry point', () => {
    expect(typeof createWorkflowsClient).toBe('function');
  });
});
