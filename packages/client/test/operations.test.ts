import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationRows } from '../src/generated/operations.js';
import { type APIPromise, createWorkflowsClient, NotFoundError } from '../src/index.js';
import { clientFor, TOKEN } from './helpers/client.js';
import { type Reply, startServer, type TestServer } from './helpers/server.js';

type Client = ReturnType<typeof createWorkflowsClient>;

interface Case {
  /** The call, through the client's typed method. */
  call: (client: Client) => APIPromise<unknown>;
  method: string;
  /** Path and query as they must reach the server. */
  url: string;
  /** The JSON body that must reach the server; none for GETs. */
  body?: unknown;
  /** An answer of the operation as the spec has it; the call must resolve to its body. */
  reply: { status: number; body: unknown };
}

const job = {
  id: 9_007_199_254_740_000,
  createdAt: '2026-04-24T10:00:00Z',
  completedAt: null,
  completionPercentage: 40,
  status: 'InProgress',
  url: null,
  rawResult: null,
  queryGqlErrors: null,
  runtimeErrors: null,
};

/**
 * Every operation of the 2026-04 API, written out from the spec rather than read from the
 * generated table: a renamed path or a lost parameter in the table fails here.
 */
const cases: Record<string, Case> = {
  'adGroups.archive': {
    call: (c) => c.adGroups.archive(['a1', 'a2'], { forceArchive: true }),
    method: 'POST',
    url: '/adgroup/archive?forceArchive=true',
    body: ['a1', 'a2'],
    reply: { status: 200, body: ['a1', 'a2'] },
  },
  'adGroups.bulkCreate': {
    call: (c) => c.adGroups.bulkCreate({ input: [] } as never),
    method: 'POST',
    url: '/standardjob/adgroup/bulk',
    body: { input: [] },
    reply: { status: 202, body: { id: 11 } },
  },
  'adGroups.bulkUpdate': {
    call: (c) => c.adGroups.bulkUpdate({ input: [] } as never),
    method: 'PATCH',
    url: '/standardjob/adgroup/bulk',
    body: { input: [] },
    reply: { status: 202, body: { id: 12 } },
  },
  'adGroups.create': {
    call: (c) => c.adGroups.create({ primaryInput: { name: 'ag' } } as never),
    method: 'POST',
    url: '/adgroup',
    body: { primaryInput: { name: 'ag' } },
    reply: { status: 201, body: {} },
  },
  'adGroups.update': {
    call: (c) => c.adGroups.update({ id: 'ag1' } as never),
    method: 'PATCH',
    url: '/adgroup',
    body: { id: 'ag1' },
    reply: { status: 200, body: {} },
  },
  'bulkJobs.getStatus': {
    call: (c) => c.bulkJobs.getStatus(42),
    method: 'GET',
    url: '/standardjob/42/status',
    reply: {
      status: 200,
      body: { id: 42, createdAtUtc: '2026-04-24T10:00:00Z', status: 'ResultsExpired' },
    },
  },
  'bulkJobs.submitFirstPartyData': {
    call: (c) => c.bulkJobs.submitFirstPartyData({ advertiserId: 'adv1' }),
    method: 'POST',
    url: '/standardjob/firstpartydata',
    body: { advertiserId: 'adv1' },
    reply: { status: 202, body: { id: 13 } },
  },
  'bulkJobs.submitThirdPartyData': {
    call: (c) => c.bulkJobs.submitThirdPartyData({ partnerId: 'p1', queryShape: null }),
    method: 'POST',
    url: '/standardjob/thirdpartydata',
    body: { partnerId: 'p1', queryShape: null },
    reply: { status: 202, body: { id: 14 } },
  },
  'campaigns.archive': {
    call: (c) => c.campaigns.archive(['c1'], { forceArchive: false }),
    method: 'POST',
    url: '/campaign/archive?forceArchive=false',
    body: ['c1'],
    reply: { status: 200, body: ['c1'] },
  },
  'campaigns.bulkCreate': {
    call: (c) => c.campaigns.bulkCreate({ input: [] } as never),
    method: 'POST',
    url: '/standardjob/campaign/bulk',
    body: { input: [] },
    reply: { status: 202, body: { id: 15 } },
  },
  'campaigns.bulkUpdate': {
    call: (c) => c.campaigns.bulkUpdate({ input: [] } as never),
    method: 'PATCH',
    url: '/standardjob/campaign/bulk',
    body: { input: [] },
    // The answer of a bulk update done at once: a CampaignPayload, not a job.
    reply: { status: 200, body: { adGroups: null } },
  },
  'campaigns.create': {
    call: (c) => c.campaigns.create({ primaryInput: { name: 'Spring' } } as never),
    method: 'POST',
    url: '/campaign',
    body: { primaryInput: { name: 'Spring' } },
    reply: { status: 201, body: { adGroups: [] } },
  },
  'campaigns.getVersion': {
    call: (c) => c.campaigns.getVersion('c/1 x'),
    method: 'GET',
    url: '/campaign/c%2F1%20x/version',
    reply: { status: 200, body: { Id: 'c/1 x', version: '3', budgetingVersion: null } },
  },
  'campaigns.update': {
    call: (c) => c.campaigns.update({ id: 'c1' } as never),
    method: 'PATCH',
    url: '/campaign',
    body: { id: 'c1' },
    reply: { status: 200, body: {} },
  },
  'graphQl.postRequest': {
    call: (c) => c.graphQl.postRequest({ request: '{ advertiser { id } }', variables: null }),
    method: 'POST',
    url: '/graphqlrequest',
    body: { request: '{ advertiser { id } }', variables: null },
    reply: { status: 200, body: { data: { advertiser: { id: 'adv1' } } } },
  },
  'graphQlBulkJobs.getStatus': {
    // A string id beyond 2^53 reaches the path digit for digit.
    call: (c) => c.graphQlBulkJobs.getStatus('9007199254740993'),
    method: 'GET',
    url: '/graphqlbulkjob/9007199254740993',
    reply: { status: 200, body: { job, errors: null } },
  },
  'graphQlBulkJobs.submit': {
    call: (c) => c.graphQlBulkJobs.submit({ query: '{ campaigns { id } }' }),
    method: 'POST',
    url: '/graphqlbulkqueryjob',
    body: { query: '{ campaigns { id } }' },
    reply: { status: 200, body: { payload: { data: job, errors: null }, errors: null } },
  },
  'pubApis.post': {
    call: (c) => c.pubApis.post({ methodType: 'GET', endpoint: '/v3/advertiser/adv1' }),
    method: 'POST',
    url: '/restrequest',
    body: { methodType: 'GET', endpoint: '/v3/advertiser/adv1' },
    reply: { status: 200, body: { AdvertiserId: 'adv1' } },
  },
};

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req): Reply => {
    const found = Object.values(cases).find(
      (c) => c.method === req.method && c.url.split('?')[0] === req.path,
    );
    return found ? found.reply : { status: 404, body: { title: `no route ${req.path}` } };
  });
});
afterAll(() => server.close());

const last = () => server.requests.at(-1) as (typeof server.requests)[number];

describe('every operation round-trips', () => {
  // Answers are checked against the spec too: a reply above that the spec does not allow
  // fails here rather than proving nothing.
  const client = () => clientFor(server, { headers: { 'x-app': 'tests' }, validate: 'strict' });

  it('has exactly the 18 operations of the spec', () => {
    const c = client() as unknown as Record<string, Record<string, unknown>>;
    const names = Object.entries(c)
      .filter(([k]) => !['raw', 'use', 'eject'].includes(k))
      .flatMap(([group, methods]) =>
        Object.keys(methods)
          .filter((m) => !m.endsWith('AndWait') && m !== 'waitFor' && m !== 'result')
          .map((m) => `${group}.${m}`),
      )
      .sort();
    expect(names).toHaveLength(18);
    expect(names).toEqual(Object.keys(cases).sort());
  });

  for (const [key, { call, method, url, body, reply }] of Object.entries(cases)) {
    it(`${key} → ${method} ${url}, answered ${reply.status}`, async () => {
      const data = await call(client());
      const got = last();
      expect(got.method).toBe(method);
      expect(got.url).toBe(url);
      expect(got.headers['ttd-auth']).toBe(TOKEN);
      expect(got.headers['x-app']).toBe('tests');
      if (body === undefined) {
        expect(got.body).toBe('');
        expect(got.headers['content-type']).toBeUndefined();
      } else {
        expect(JSON.parse(got.body)).toEqual(body);
        expect(got.headers['content-type']).toBe('application/json');
      }
      expect(data).toEqual(reply.body);
    });
  }

  it('campaigns.bulkUpdate resolves to the job id when the API queues a job (202)', async () => {
    const s = await startServer(() => ({ status: 202, body: { id: 16 } }));
    try {
      const data = await clientFor(s, { validate: 'strict' }).campaigns.bulkUpdate({
        input: [],
      } as never);
      expect(data).toEqual({ id: 16 });
    } finally {
      await s.close();
    }
  });

  it('adGroups.archive without the flag sends no query', async () => {
    await client().adGroups.archive(['a1']);
    expect(last().url).toBe('/adgroup/archive');
  });

  it('graphQlBulkJobs.getStatus takes the int64 id as a number too', async () => {
    const s = await startServer(() => cases['graphQlBulkJobs.getStatus']?.reply as Reply);
    try {
      await clientFor(s, { validate: 'strict' }).graphQlBulkJobs.getStatus(123456789);
      expect(s.requests.map((r) => r.url)).toEqual(['/graphqlbulkjob/123456789']);
    } finally {
      await s.close();
    }
  });
});

/** Paths the API of 2025-06-17 had and that of 2026-04-24 no longer has. */
const JUNE_2025_ONLY = [
  /^\/bulkjob(\/|$)/,
  /^\/adgroup\/bulk$/,
  /^\/campaign\/bulk$/,
  /^\/graphql-request$/,
  /^\/pubapi$/,
];
const JUNE_2025_PATHS = [
  '/bulkjob/{id}/status',
  '/bulkjob/firstpartydata',
  '/bulkjob/thirdpartydata',
  '/adgroup/bulk',
  '/campaign/bulk',
  '/graphql-request',
  '/pubapi',
];

describe('no operation reaches a path of the June 2025 API', () => {
  it('no path template of the generated table is one, or matches one', () => {
    expect(operationRows).toHaveLength(18);
    for (const [operationId, , template] of operationRows) {
      for (const pattern of JUNE_2025_ONLY) {
        expect(template, operationId).not.toMatch(pattern);
      }
      // A path parameter is one segment (the client escapes "/"): whatever it is, the
      // template cannot turn into one of the June paths.
      const anySegment = new RegExp(
        `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
      );
      for (const path of JUNE_2025_PATHS) {
        expect(path, operationId).not.toMatch(anySegment);
      }
    }
  });

  it('neither do path parameters made of dot segments or June path names', async () => {
    const reached: string[] = [];
    const client = createWorkflowsClient({
      auth: 'k',
      server: 'https://api.test/workflows',
      fetch: async (input) => {
        reached.push(new URL(String(input)).pathname.replace(/^\/workflows/, ''));
        return new Response('{}', { headers: { 'content-type': 'application/json' } });
      },
    }) as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>;
    const values = ['.', '..', 'bulkjob', '../bulkjob', 'pubapi', '../../pubapi', '%2e%2e'];
    for (const [, , template, group, name, pathParams, , hasBody] of operationRows) {
      if (pathParams.length === 0) {
        continue;
      }
      for (const value of values) {
        const args = [...pathParams.map(() => value), ...(hasBody ? [{}] : [])];
        await client[group]?.[name]?.(...args);
        expect(reached.at(-1), `${template} with ${value}`).toBeDefined();
      }
    }
    expect(reached.length).toBeGreaterThan(0);
    for (const path of reached) {
      for (const pattern of JUNE_2025_ONLY) {
        expect(path).not.toMatch(pattern);
      }
    }
  });
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

  it('.withResponse() gives the data, the raw Response and the body as received', async () => {
    const text = '{"adGroups":[],"campaign":{"campaignId":"c1"}}';
    const s = await startServer(() => ({
      status: 201,
      headers: { 'x-request-id': 'req-1', 'content-type': 'application/json' },
      body: text,
    }));
    try {
      const answer = await clientFor(s)
        .campaigns.create({} as never)
        .withResponse();
      expect(answer.data).toEqual(JSON.parse(text));
      expect(answer.response.status).toBe(201);
      expect(answer.response.headers.get('x-request-id')).toBe('req-1');
      expect(answer.text).toBe(text);
    } finally {
      await s.close();
    }
  });

  it('client.raw is openapi-fetch on the same server, with auth and headers', async () => {
    const client = clientFor(server, { headers: { 'x-app': 'raw' } });
    const { data, response } = await client.raw.GET('/standardjob/{id}/status', {
      params: { path: { id: 42 } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(cases['bulkJobs.getStatus']?.reply.body);
    expect(last().path).toBe('/standardjob/42/status');
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
