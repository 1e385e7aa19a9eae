import { type OperationId, operationIds } from '@workflows-api/types';
import { operationValidation } from '@workflows-api/validators';
import { beforeEach, describe, expect, it } from 'vitest';
import { createManualClock, createSandbox, operationRoutes, type Sandbox } from '../src/index.js';
import {
  adGroupInput,
  adGroupPrimary,
  type Call,
  call,
  campaignInput,
  createAdGroup,
  createCampaign,
  specErrors,
} from './helpers.js';

interface Case {
  /** A valid call, after whatever set-up it needs. */
  happy(sb: Sandbox): Promise<Call>;
  status: number;
  check(body: unknown, sb: Sandbox): void;
  /** A call the spec or the sandbox rejects, and the pointer its 400 must name. */
  invalid(sb: Sandbox): Promise<Call>;
  invalidPointer: string;
}

const graphQlJob = (body: unknown) => obj(obj(body).payload).data as Record<string, unknown>;

// biome-ignore lint/suspicious/noExplicitAny: reads into JSON answers, checked by expect
const obj = (v: unknown) => v as Record<string, any>;

const cases: { [K in OperationId]: Case } = {
  createCampaign: {
    happy: async () => ({ body: campaignInput() }),
    status: 201,
    check(body, sb) {
      const id = obj(body).campaign.id as string;
      expect(id).toMatch(/^cmp/);
      expect(sb.state.campaigns.get(id)?.campaign.name).toBe('Spring sale');
      expect(obj(body).campaign.primaryGoal).toBe('MaximizeReach');
    },
    invalid: async () => ({ body: campaignInput('') }),
    invalidPointer: '/primaryInput/name',
  },
  updateCampaign: {
    happy: async (sb) => ({
      body: { id: await createCampaign(sb), primaryInput: { name: 'Renamed', description: 'x' } },
    }),
    status: 200,
    check(body, sb) {
      expect(obj(body).campaign.name).toBe('Renamed');
      expect(sb.state.campaigns.get(obj(body).campaign.id)?.campaign.description).toBe('x');
    },
    invalid: async () => ({ body: { id: 'cmp-nope', primaryInput: { name: 'x' } } }),
    invalidPointer: '/id',
  },
  archiveCampaigns: {
    happy: async (sb) => ({ body: [await createCampaign(sb)] }),
    status: 200,
    check(body, sb) {
      const [id] = body as string[];
      expect(sb.state.campaigns.get(id as string)?.archived).toBe(true);
    },
    invalid: async (sb) => ({ body: [await createCampaign(sb), 42] }),
    invalidPointer: '/1',
  },
  getCampaignVersion: {
    happy: async (sb) => ({ params: { id: await createCampaign(sb) } }),
    status: 200,
    check(body) {
      expect(obj(body).Id).toMatch(/^cmp/);
      expect(typeof obj(body).version).toBe('string');
    },
    // The only input is the path id: a blank one is a 400 (an unknown one a 404, tested below).
    invalid: async () => ({ params: { id: ' ' } }),
    invalidPointer: 'path.id',
  },
  bulkCreateCampaigns: {
    happy: async () => ({ body: { input: [campaignInput('a'), campaignInput('b')] } }),
    status: 202,
    check(body, sb) {
      expect(sb.state.jobs.get(obj(body).id)?.operationId).toBe('bulkCreateCampaigns');
    },
    invalid: async () => ({ body: { input: [{ primaryInput: { name: 'no advertiser' } }] } }),
    invalidPointer: '/input/0/primaryInput/advertiserId',
  },
  bulkUpdateCampaigns: {
    happy: async (sb) => ({
      body: { input: [{ id: await createCampaign(sb), primaryInput: { name: 'n' } }] },
    }),
    status: 202,
    check(body, sb) {
      expect(sb.state.jobs.get(obj(body).id)?.operationId).toBe('bulkUpdateCampaigns');
    },
    invalid: async (sb) => ({
      body: {
        input: [
          {
            id: await createCampaign(sb),
            primaryInput: { budget: { pacingMode: 'PaceAhead', budgetInAdvertiserCurrency: 1 } },
          },
        ],
      },
    }),
    invalidPointer: '/input/0/primaryInput/budget/budgetInAdvertiserCurrency',
  },
  createAdGroup: {
    happy: async (sb) => ({ body: adGroupInput(await createCampaign(sb)) }),
    status: 201,
    check(body, sb) {
      const g = obj(body).adGroup as Record<string, unknown>;
      expect(g.id).toMatch(/^adg/);
      expect(sb.state.adGroups.get(g.id as string)?.adGroup.name).toBe('Prospecting');
      expect((g.flights as unknown[]).length).toBe(1);
    },
    invalid: async () => ({ body: adGroupInput('cmp-nope') }),
    invalidPointer: '/campaignId',
  },
  updateAdGroup: {
    happy: async (sb) => ({
      body: {
        id: await createAdGroup(sb, await createCampaign(sb)),
        primaryInput: { isEnabled: false },
      },
    }),
    status: 200,
    check(body) {
      expect(obj(body).adGroup.isEnabled).toBe(false);
    },
    invalid: async (sb) => ({
      body: {
        id: await createAdGroup(sb, await createCampaign(sb)),
        primaryInput: { channel: 'Hologram' },
      },
    }),
    invalidPointer: '/primaryInput/channel',
  },
  archiveAdGroups: {
    happy: async (sb) => ({
      body: [await createAdGroup(sb, await createCampaign(sb))],
      query: { forceArchive: 'true' },
    }),
    status: 200,
    check(body, sb) {
      expect(sb.state.adGroups.get((body as string[])[0] as string)?.archived).toBe(true);
    },
    invalid: async () => ({ body: ['adg-nope'] }),
    invalidPointer: '/0',
  },
  bulkCreateAdGroups: {
    happy: async (sb) => {
      const id = await createCampaign(sb);
      return { body: { input: [adGroupInput(id, 'a'), adGroupInput(id, 'b')] } };
    },
    status: 202,
    check(body, sb) {
      expect(sb.state.jobs.get(obj(body).id)?.operationId).toBe('bulkCreateAdGroups');
    },
    invalid: async () => ({
      body: {
        input: [{ campaignId: 'c', primaryInput: { ...adGroupPrimary(), funnelLocation: 3 } }],
      },
    }),
    invalidPointer: '/input/0/primaryInput/funnelLocation',
  },
  bulkUpdateAdGroups: {
    happy: async (sb) => ({
      body: {
        input: [
          { id: await createAdGroup(sb, await createCampaign(sb)), primaryInput: { name: 'n' } },
        ],
      },
    }),
    status: 202,
    check(body, sb) {
      expect(sb.state.jobs.get(obj(body).id)?.operationId).toBe('bulkUpdateAdGroups');
    },
    invalid: async () => ({ body: { input: [{ id: 'x', unknownField: 1 }] } }),
    invalidPointer: '/input/0/unknownField',
  },
  submitFirstPartyDataJob: {
    happy: async () => ({ body: { advertiserId: 'adv001', nameFilter: 'segment 1' } }),
    status: 202,
    check(body, sb) {
      expect(sb.state.jobs.get(obj(body).id)?.operationId).toBe('submitFirstPartyDataJob');
    },
    invalid: async () => ({ body: { advertiserId: 'adv001', queryShape: 'id colour' } }),
    invalidPointer: '/queryShape',
  },
  submitThirdPartyDataJob: {
    happy: async () => ({ body: { partnerId: 'partner1', queryShape: 'name uniques' } }),
    status: 202,
    check(body, sb) {
      expect(sb.state.jobs.get(obj(body).id)?.operationId).toBe('submitThirdPartyDataJob');
    },
    invalid: async () => ({ body: { partnerId: '' } }),
    invalidPointer: '/partnerId',
  },
  getBulkJobStatus: {
    happy: async (sb) => {
      const a = await call(sb, 'submitFirstPartyDataJob', { body: { advertiserId: 'adv001' } });
      return { params: { id: obj(a.body).id } };
    },
    status: 200,
    check(body) {
      expect(obj(body).status).toBe('InProgress');
      expect(obj(body).id).toBeGreaterThan(2 ** 32);
    },
    invalid: async () => ({ params: { id: 'twelve' } }),
    invalidPointer: 'path.id',
  },
  submitGraphQlBulkQueryJob: {
    happy: async () => ({ body: { query: 'query { advertisers { id name } }' } }),
    status: 200,
    check(body, sb) {
      const job = graphQlJob(body);
      expect(job).toMatchObject({ status: 'Queued', completionPercentage: 0, rawResult: null });
      expect(job.id).toBeGreaterThan(2 ** 32);
      expect(sb.state.jobs.get(job.id as number)?.operationId).toBe('submitGraphQlBulkQueryJob');
    },
    invalid: async () => ({ body: { query: '' } }),
    invalidPointer: '/query',
  },
  getGraphQlBulkJobStatus: {
    happy: async (sb) => {
      const a = await call(sb, 'submitGraphQlBulkQueryJob', { body: { query: '{ a { id } }' } });
      return { params: { id: String(graphQlJob(a.body).id) } };
    },
    status: 200,
    check(body) {
      expect(obj(body).job).toMatchObject({ status: 'Queued', completedAt: null });
      expect(obj(body).errors).toBeNull();
    },
    invalid: async () => ({ params: { id: 'twelve' } }),
    invalidPointer: 'path.id',
  },
  postGraphQLRequest: {
    happy: async () => ({
      body: {
        request: 'query Q { advertiser(id: "a1") { id name __typename } }',
        variables: { a: 1 },
      },
    }),
    status: 200,
    check(body) {
      const advertiser = obj(obj(body).data).advertiser as Record<string, unknown>;
      expect(Object.keys(advertiser)).toEqual(['id', 'name', '__typename']);
      expect(advertiser.__typename).toBe('Advertiser');
    },
    invalid: async () => ({ body: { request: 'query { advertiser { id ' } }),
    invalidPointer: '/request',
  },
  callPubApi: {
    happy: async () => ({
      body: {
        methodType: 'POST',
        endpoint: '/v3/campaign/query/advertiser',
        dataBody: '{"PageSize":10}',
      },
    }),
    status: 200,
    check(body) {
      expect(obj(body).echo).toEqual({ PageSize: 10 });
    },
    invalid: async () => ({
      body: { methodType: 'POST', endpoint: '/v3/x', dataBody: '{not json' },
    }),
    invalidPointer: '/dataBody',
  },
};

describe('every operation of the spec', () => {
  let sb: Sandbox;
  beforeEach(() => {
    sb = createSandbox({ clock: createManualClock() });
  });

  it('has a route at the method and path the spec gives', async () => {
    expect(Object.keys(operationRoutes).sort()).toEqual([...operationIds].sort());
    for (const id of operationIds) {
      expect(operationRoutes[id].method).toBe(operationValidation[id].method.toUpperCase());
      expect(operationRoutes[id].path).toBe(operationValidation[id].path);
      expect(operationRoutes[id].hasBody).toBe(operationValidation[id].request !== null);
    }
    expect(operationRoutes.getBulkJobStatus.hasBody).toBe(false);
    expect(operationRoutes.createCampaign.hasBody).toBe(true);
    expect(operationIds).toHaveLength(18);
    // Standard jobs live under /standardjob/ since the 2026-04 API; the old paths are gone.
    for (const id of [
      'bulkCreateAdGroups',
      'bulkUpdateAdGroups',
      'bulkCreateCampaigns',
      'bulkUpdateCampaigns',
      'submitFirstPartyDataJob',
      'submitThirdPartyDataJob',
      'getBulkJobStatus',
    ] as const) {
      expect(operationRoutes[id].path).toMatch(/^\/standardjob\//);
    }
    for (const retired of ['/bulkjob/5000000001/status', '/pubapi', '/graphql-request']) {
      const gone = await sb.fetch(
        new Request(`http://sandbox.test${retired}`, { headers: { 'TTD-Auth': 't' } }),
      );
      expect(gone.status, retired).toBe(404);
    }
    // A path the spec does not have gets the router's 404, not a handler.
    const a = await call(sb, 'createCampaign', { body: {} });
    expect(a.status).toBe(400);
    const miss = await sb.fetch(new Request('http://sandbox.test/campaigns', { method: 'POST' }));
    expect(miss.status).toBe(404);
  });

  for (const operationId of operationIds) {
    const c = cases[operationId];
    describe(operationId, () => {
      it('answers a valid call as the spec says', async () => {
        const a = await call(sb, operationId, await c.happy(sb));
        expect(a.status, a.text).toBe(c.status);
        expect(specErrors(a)).toEqual([]);
        c.check(a.body, sb);
      });

      it('answers 401 ProblemDetails without TTD-Auth, and changes nothing', async () => {
        const good = await c.happy(sb);
        const before = JSON.stringify([
          ...sb.state.campaigns,
          ...sb.state.adGroups,
          ...sb.state.jobs.keys(),
        ]);
        const a = await call(sb, operationId, { ...good, auth: null });
        expect(a.status).toBe(401);
        expect(obj(a.body).status).toBe(401);
        expect(obj(a.body).detail).toContain('TTD-Auth');
        const after = JSON.stringify([
          ...sb.state.campaigns,
          ...sb.state.adGroups,
          ...sb.state.jobs.keys(),
        ]);
        expect(after).toBe(before);
        const empty = await call(sb, operationId, { ...good, auth: '  ' });
        expect(empty.status).toBe(401);
      });

      it('rejects a bad call naming the field', async () => {
        const a = await call(sb, operationId, await c.invalid(sb));
        expect(specErrors(a)).toEqual([]);
        expect(a.status, a.text).toBe(400);
        const errors = obj(a.body).errors as Record<string, string[]>;
        expect(Object.keys(errors)).toContain(c.invalidPointer);
        expect(errors[c.invalidPointer]?.[0]).toEqual(expect.any(String));
      });
    });
  }
});

describe('request bodies', () => {
  const sb = createSandbox();
  it('needs a JSON body on operations that take one', async () => {
    const empty = await call(sb, 'createCampaign');
    expect(empty.status).toBe(400);
    expect(obj(empty.body).detail).toMatch(/body is required/);
    const broken = await call(sb, 'createCampaign', { rawBody: '{"primaryInput":' });
    expect(broken.status).toBe(400);
    expect(obj(broken.body).detail).toMatch(/not valid JSON/);
    const wrongType = await sb.fetch(
      new Request('http://s/campaign', {
        method: 'POST',
        headers: { 'TTD-Auth': 't', 'Content-Type': 'text/plain' },
        body: JSON.stringify(campaignInput()),
      }),
    );
    expect(wrongType.status).toBe(400);
  });

  it('lists every bad field of one body', async () => {
    const a = await call(sb, 'createCampaign', {
      body: { primaryInput: { advertiserId: '', name: 'x', primaryChannel: 'Radio' }, extra: 1 },
    });
    expect(Object.keys(obj(a.body).errors).sort()).toEqual(
      [
        '/extra',
        '/primaryInput/advertiserId',
        '/primaryInput/primaryChannel',
        '/primaryInput/primaryGoal',
      ].sort(),
    );
  });
});

describe('unknown ids', () => {
  const sb = createSandbox();
  it('answers 404 for an unknown job or campaign in the path', async () => {
    const job = await call(sb, 'getBulkJobStatus', { params: { id: 9_000_000_001 } });
    expect(job.status).toBe(404);
    expect(obj(job.body).detail).toContain('9000000001');
    const graphQl = await call(sb, 'getGraphQlBulkJobStatus', { params: { id: '9000000002' } });
    expect(graphQl.status).toBe(404);
    expect(obj(graphQl.body).detail).toBe('No GraphQL bulk job has id 9000000002.');
    const version = await call(sb, 'getCampaignVersion', { params: { id: 'nope' } });
    expect(version.status).toBe(404);
    for (const a of [job, graphQl, version]) {
      expect(specErrors(a)).toEqual([]);
    }
  });

  it('keeps the two kinds of job apart: each status operation knows only its own', async () => {
    const standard = await call(sb, 'submitThirdPartyDataJob', { body: { partnerId: 'p1' } });
    const graphQl = await call(sb, 'submitGraphQlBulkQueryJob', { body: { query: '{ a }' } });
    const standardId = obj(standard.body).id as number;
    const graphQlId = graphQlJob(graphQl.body).id as number;
    expect(graphQlId).toBe(standardId + 1);
    expect(
      (await call(sb, 'getGraphQlBulkJobStatus', { params: { id: String(standardId) } })).status,
    ).toBe(404);
    expect((await call(sb, 'getBulkJobStatus', { params: { id: graphQlId } })).status).toBe(404);
  });

  it('answers 400 naming the field for an unknown id in a body (the spec has no 404 there)', async () => {
    const a = await call(sb, 'updateAdGroup', { body: { id: 'adg-nope' } });
    expect(a.status).toBe(400);
    expect(obj(a.body).errors['/id']).toEqual(['no ad group has id "adg-nope"']);
  });

  it('rejects job ids that are not int64 numbers', async () => {
    for (const id of ['-1', '1.5', '99999999999999999999']) {
      for (const op of ['getBulkJobStatus', 'getGraphQlBulkJobStatus'] as const) {
        const a = await call(sb, op, { params: { id } });
        expect(a.status, `${op} ${id}`).toBe(400);
        expect(Object.keys(obj(a.body).errors)).toEqual(['path.id']);
      }
    }
  });
});
