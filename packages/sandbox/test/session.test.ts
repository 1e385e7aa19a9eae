import type { OperationId } from '@workflows-api/types';
import { validate } from '@workflows-api/validators';
import { describe, expect, it } from 'vitest';
import {
  createManualClock,
  createSandbox,
  type ManualClock,
  type Sandbox,
  startSandbox,
} from '../src/index.js';
import { documents } from '../src/operations.js';
import { seededRandom } from '../src/random.js';
import {
  type Answer,
  adGroupInput,
  type Call,
  call,
  callUrl,
  campaignInput,
  specErrors,
} from './helpers.js';

type Send = (operationId: OperationId, c?: Call) => Promise<Answer>;

interface Tally {
  calls: number;
  byStatus: Record<number, number>;
  byOperation: Partial<Record<OperationId, number>>;
  /** Answers the spec does not document, each with why that is allowed. */
  undocumented: string[];
  violations: string[];
  /** The job statuses the status answers reported, standard and GraphQL. */
  jobStatuses: Record<string, number>;
}

function tallyJobStatus(t: Tally, status: string | undefined): void {
  if (status !== undefined) {
    t.jobStatuses[status] = (t.jobStatuses[status] ?? 0) + 1;
  }
}

/**
 * Checks one answer against the spec. Two kinds of answer fall outside what
 * the spec documents, on purpose: a 401 on the operations whose
 * responses omit it (security is global, so any operation can refuse a
 * caller), and an injected 5xx on operations that document no 5xx (the
 * spec's retry policy covers 5XX everywhere). Those must still be a
 * ProblemDetails or bodiless, and are counted so the test sees them.
 */
function check(t: Tally, a: Answer): void {
  t.calls++;
  t.byStatus[a.status] = (t.byStatus[a.status] ?? 0) + 1;
  t.byOperation[a.operationId] = (t.byOperation[a.operationId] ?? 0) + 1;
  if (!documents(a.operationId, a.status)) {
    if (a.status === 401 && validate('ProblemDetails', a.body).valid) {
      t.undocumented.push(`${a.operationId} 401`);
      return;
    }
    if (a.status === 503 && a.text === '') {
      t.undocumented.push(`${a.operationId} 503`);
      return;
    }
  }
  const errors = specErrors(a);
  if (errors.length > 0) {
    t.violations.push(
      `${a.operationId} ${a.status}: ${errors.join('; ')} — ${a.text.slice(0, 200)}`,
    );
  }
}

/** A long, varied, seeded session: every operation, good and bad calls, jobs polled to the end. */
async function session(
  send: Send,
  clock: ManualClock,
  rounds: number,
  download: (url: string) => Promise<string>,
) {
  const t: Tally = {
    calls: 0,
    byStatus: {},
    byOperation: {},
    undocumented: [],
    violations: [],
    jobStatuses: {},
  };
  const rnd = seededRandom(2025);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const campaigns: string[] = [];
  const adGroups: string[] = [];
  const jobs: number[] = [];
  const graphQlJobs: string[] = [];
  const go = async (op: OperationId, c: Call = {}) => {
    const a = await send(op, c);
    check(t, a);
    return a;
  };

  for (let round = 0; round < rounds; round++) {
    const name = rnd() < 0.15 ? `fail ${round}` : `item ${round}`;
    const c = await go('createCampaign', { body: campaignInput(`Campaign ${round}`) });
    if (c.status === 201) {
      campaigns.push((c.body as { campaign: { id: string } }).campaign.id);
    }
    const campaignId = campaigns.length > 0 ? pick(campaigns) : 'none';

    const g = await go('createAdGroup', { body: adGroupInput(campaignId, name) });
    if (g.status === 201) {
      adGroups.push((g.body as { adGroup: { id: string } }).adGroup.id);
    }

    await go('updateCampaign', {
      body: { id: campaignId, primaryInput: { description: `round ${round}` } },
    });
    if (adGroups.length > 0) {
      await go('updateAdGroup', {
        body: {
          id: pick(adGroups),
          primaryInput: { maxBidCPMInAdvertiserCurrency: 2 + (round % 5) },
        },
      });
    }
    await go('getCampaignVersion', { params: { id: campaignId } });
    await go('getCampaignVersion', { params: { id: `missing-${round}` } });

    const bulk = await go(
      pick([
        'bulkCreateAdGroups',
        'bulkCreateCampaigns',
        'bulkUpdateAdGroups',
        'bulkUpdateCampaigns',
      ] as const),
      {
        body: {
          input: [
            ...(rnd() < 0.5
              ? [adGroupInput(campaignId, name), adGroupInput(campaignId, `x${round}`)]
              : [campaignInput(name), campaignInput(`y${round}`)]),
          ],
        },
      },
    );
    if (bulk.status === 202) {
      jobs.push((bulk.body as { id: number }).id);
    }
    const data = await go(rnd() < 0.5 ? 'submitFirstPartyDataJob' : 'submitThirdPartyDataJob', {
      body:
        rnd() < 0.5
          ? { advertiserId: round % 25 === 0 ? 'large-adv' : `adv${round}` }
          : { partnerId: `p${round}` },
    });
    if (data.status === 202) {
      jobs.push((data.body as { id: number }).id);
    }

    await go('postGraphQLRequest', {
      body: { request: `query { campaign(id: "${campaignId}") { id name flights { id } } }` },
    });
    await go('postGraphQLRequest', {
      body: { request: round % 2 ? 'mutation {' : 'subscription { x }' },
    });
    const fields = pick([
      `campaign(id: "${campaignId}") { id name }`,
      `campaign(id: "${campaignId}") { id } failing: report { id }`,
      'failNow { id }',
    ]);
    const bulkQuery = await go('submitGraphQlBulkQueryJob', { body: { query: `{ ${fields} }` } });
    const queued = (bulkQuery.body as { payload?: { data?: { id: number } } } | undefined)?.payload
      ?.data?.id;
    if (bulkQuery.status === 200 && queued !== undefined) {
      graphQlJobs.push(String(queued));
    }
    await go('submitGraphQlBulkQueryJob', {
      body: round % 2 ? { query: 'query { broken ' } : { query: '{ a }', extra: 1 },
    });
    await go('callPubApi', { body: { methodType: 'GET', endpoint: `/v3/campaign/${campaignId}` } });
    await go('callPubApi', { body: { methodType: 'GET', endpoint: '/v2/old' } });
    await go('createCampaign', { body: { primaryInput: { name: '' } } });
    await go(
      pick([
        'createCampaign',
        'getBulkJobStatus',
        'getGraphQlBulkJobStatus',
        'callPubApi',
        'archiveAdGroups',
      ] as const),
      {
        auth: null,
        params: { id: 1 },
        body: [],
      },
    );

    clock.advance(500 + Math.floor(rnd() * 1500));
    for (const id of jobs.slice(-6)) {
      const s = await go('getBulkJobStatus', { params: { id } });
      const body = s.body as { url?: string | null; status?: string } | undefined;
      tallyJobStatus(t, body?.status);
      if (body?.url) {
        expect(JSON.parse(await download(body.url)).rowCount).toBe(60_000);
      }
    }
    for (const id of graphQlJobs.slice(-3)) {
      const s = await go('getGraphQlBulkJobStatus', { params: { id } });
      tallyJobStatus(t, (s.body as { job?: { status?: string } } | undefined)?.job?.status);
    }
    await go('getBulkJobStatus', { params: { id: 999 } });
    await go('getGraphQlBulkJobStatus', { params: { id: '999' } });

    if (round % 10 === 9 && adGroups.length > 2) {
      await go('archiveAdGroups', { body: [adGroups.shift() as string] });
      await go('archiveAdGroups', {
        body: [adGroups.shift() as string],
        query: { forceArchive: 'true' },
      });
      await go('archiveCampaigns', {
        body: [campaigns.shift() as string],
        query: { forceArchive: String(rnd() < 0.5) },
      });
    }
  }
  clock.advance(3_600_000);
  for (const id of jobs) {
    const s = await go('getBulkJobStatus', { params: { id } });
    tallyJobStatus(t, (s.body as { status?: string } | undefined)?.status);
  }
  for (const id of graphQlJobs) {
    await go('getGraphQlBulkJobStatus', { params: { id } });
  }
  return t;
}

function expectClean(t: Tally, minCalls: number) {
  expect(t.violations).toEqual([]);
  expect(t.calls).toBeGreaterThan(minCalls);
  for (const s of [200, 201, 202, 400, 401, 404]) {
    expect(t.byStatus[s], `status ${s}`).toBeGreaterThan(0);
  }
  expect(Object.keys(t.byOperation).sort()).toHaveLength(18);
  // Only the two kinds of undocumented answer explained above, on operations lacking them.
  for (const u of t.undocumented) {
    const [op, status] = u.split(' ') as [OperationId, string];
    expect(documents(op, Number(status)), u).toBe(false);
    expect(['401', '503']).toContain(status);
  }
}

describe('a long scripted session', () => {
  it('in process: every answer matches the spec', async () => {
    const clock = createManualClock();
    // A short retention: results are read while kept, and the final polls see them expired.
    const sb: Sandbox = createSandbox({ clock, resultRetentionMs: 30_000 });
    const t = await session(
      (op, c) => call(sb, op, c),
      clock,
      60,
      async (url) => (await sb.resultsFetch(new Request(url))).text(),
    );
    expectClean(t, 1000);
    expect(t.byStatus[503]).toBeUndefined();
    for (const status of [
      'Queued',
      'InProgress',
      'Success',
      'PartialSuccess',
      'Failure',
      'ResultsExpired',
    ]) {
      expect(t.jobStatuses[status], status).toBeGreaterThan(0);
    }
  });

  it('over 127.0.0.1 with injected failures: every answer matches the spec', async () => {
    const clock = createManualClock();
    const running = await startSandbox({ clock, failRate: 0.1, retryAfter: 1, seed: 42 });
    try {
      const t = await session(
        (op, c) => callUrl(running.url, op, c),
        clock,
        25,
        async (url) => {
          expect(url.startsWith(running.resultsUrl)).toBe(true);
          return (await fetch(url)).text();
        },
      );
      expectClean(t, 400);
      expect(t.byStatus[503]).toBeGreaterThan(10);
    } finally {
      await running.close();
    }
  });
});
