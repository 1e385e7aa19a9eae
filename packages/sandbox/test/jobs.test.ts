import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createManualClock,
  createSandbox,
  IN_PROCESS_RESULTS_URL,
  INLINE_RESULT_LIMIT_BYTES,
  JOB_BASE_MS,
  JOB_PER_ITEM_MS,
  type JobOperation,
  type Sandbox,
} from '../src/index.js';
import {
  adGroupInput,
  call,
  campaignInput,
  createAdGroup,
  createCampaign,
  specErrors,
  standardJobStatus as status,
} from './helpers.js';

async function submit(
  sb: Sandbox,
  op: 'bulkCreateAdGroups' | 'bulkCreateCampaigns' | 'bulkUpdateAdGroups',
  body: unknown,
) {
  const a = await call(sb, op, { body });
  expect(a.status, a.text).toBe(202);
  return (a.body as { id: number }).id;
}

describe('bulk job lifecycle on a manual clock', () => {
  it('rises through InProgress, then succeeds and stores what it created', async () => {
    const clock = createManualClock(Date.UTC(2025, 5, 1, 12));
    const sb = createSandbox({ clock });
    const campaignId = await createCampaign(sb);
    const id = await submit(sb, 'bulkCreateAdGroups', {
      input: [
        adGroupInput(campaignId, 'one'),
        adGroupInput(campaignId, 'two'),
        adGroupInput(campaignId, 'three'),
      ],
    });
    expect(Number.isSafeInteger(id) && id > 2 ** 32).toBe(true);
    const duration = JOB_BASE_MS + 3 * JOB_PER_ITEM_MS;

    const seen: number[] = [];
    let s = await status(sb, id);
    expect(s).toMatchObject({
      status: 'InProgress',
      completionPercentage: 0,
      completedAtUtc: null,
    });
    expect(s.createdAtUtc).toBe('2025-06-01T12:00:00.000Z');
    for (let t = 0; t < duration - 1; t += duration / 6) {
      clock.set(Date.UTC(2025, 5, 1, 12) + Math.floor(t));
      s = await status(sb, id);
      expect(s.status).toBe('InProgress');
      seen.push(s.completionPercentage as number);
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
    expect(Math.max(...seen)).toBeLessThan(100);
    // Nothing exists until the job has run.
    expect([...sb.state.adGroups.values()]).toHaveLength(0);

    clock.set(Date.UTC(2025, 5, 1, 12) + duration);
    s = await status(sb, id);
    expect(s).toMatchObject({
      status: 'Success',
      completionPercentage: 100,
      errors: null,
      url: null,
    });
    expect(s.completedAtUtc).toBe(new Date(Date.UTC(2025, 5, 1, 12) + duration).toISOString());
    const result = JSON.parse(s.rawResult as string);
    expect(result.summary).toEqual({ total: 3, succeeded: 3, failed: 0 });
    const created = result.items.map((i: { id: string }) => i.id);
    expect(created.map((g: string) => sb.state.adGroups.get(g)?.adGroup.name)).toEqual([
      'one',
      'two',
      'three',
    ]);
    // Finishing happens once: asking again changes nothing.
    expect(await status(sb, id)).toEqual(s);
    expect(sb.state.adGroups.size).toBe(3);
  });

  it('is a PartialSuccess with errors when some items fail, Failure when all do', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const campaignId = await createCampaign(sb);
    const partial = await submit(sb, 'bulkCreateAdGroups', {
      input: [
        adGroupInput(campaignId, 'good'),
        adGroupInput(campaignId, 'please FAIL'),
        adGroupInput('cmp-gone', 'x'),
      ],
    });
    const failed = await submit(sb, 'bulkCreateCampaigns', {
      input: [campaignInput('fail 1'), campaignInput('fail 2')],
    });
    clock.advance(60_000);

    const p = await status(sb, partial);
    expect(p.status).toBe('PartialSuccess');
    const errors = JSON.parse(p.errors as string);
    expect(errors).toEqual([
      {
        index: 1,
        pointer: '/input/1/primaryInput/name',
        message: expect.stringContaining('"fail"'),
      },
      { index: 2, pointer: '/input/2/campaignId', message: 'no campaign has id "cmp-gone"' },
    ]);
    expect(JSON.parse(p.rawResult as string).summary).toEqual({
      total: 3,
      succeeded: 1,
      failed: 2,
    });
    expect(sb.state.adGroups.size).toBe(1);

    const f = await status(sb, failed);
    expect(f.status).toBe('Failure');
    expect(JSON.parse(f.errors as string)).toHaveLength(2);
    expect(sb.state.campaigns.size).toBe(1);
  });

  it('applies jobs in the order they finish, each seeing the state of its moment', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const campaignId = await createCampaign(sb);
    const adGroupId = await createAdGroup(sb, campaignId, 'before');
    // A long job submitted first renames; a short one submitted later renames again but finishes first.
    const long = await submit(sb, 'bulkUpdateAdGroups', {
      input: Array.from({ length: 5 }, () => ({
        id: adGroupId,
        primaryInput: { name: 'from the long job' },
      })),
    });
    const short = await submit(sb, 'bulkUpdateAdGroups', {
      input: [{ id: adGroupId, primaryInput: { name: 'from the short job' } }],
    });
    clock.advance(60_000);
    await status(sb, short);
    expect(sb.state.adGroups.get(adGroupId)?.adGroup.name).toBe('from the long job');
    expect((await status(sb, long)).status).toBe('Success');
  });

  it('stores nothing for validateInputOnly, but still reports the items', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const id = await submit(sb, 'bulkCreateCampaigns', {
      input: [campaignInput('a'), campaignInput('fail b')],
      validateInputOnly: true,
    });
    clock.advance(60_000);
    const s = await status(sb, id);
    expect(s.status).toBe('PartialSuccess');
    expect(JSON.parse(s.rawResult as string).validateInputOnly).toBe(true);
    expect(sb.state.campaigns.size).toBe(0);
  });

  it('runs jobSpeed times faster', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock, jobSpeed: 4 });
    const id = await submit(sb, 'bulkCreateCampaigns', { input: [campaignInput()] });
    const full = JOB_BASE_MS + JOB_PER_ITEM_MS;
    clock.advance(full / 4 - 1);
    expect((await status(sb, id)).status).toBe('InProgress');
    clock.advance(1);
    expect((await status(sb, id)).status).toBe('Success');
    expect(() => createSandbox({ jobSpeed: 0 })).toThrow(/jobSpeed must be a number > 0/);
  });

  it('an empty job succeeds with an empty result', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const id = await submit(sb, 'bulkCreateCampaigns', { input: null });
    clock.advance(JOB_BASE_MS);
    const s = await status(sb, id);
    expect(s.status).toBe('Success');
    expect(JSON.parse(s.rawResult as string).summary.total).toBe(0);
  });
});

describe('direct creates and updates', () => {
  it('validateInputOnly validates and stores nothing', async () => {
    const sb = createSandbox();
    const preview = await call(sb, 'createCampaign', {
      body: campaignInput('preview', { validateInputOnly: true }),
    });
    expect(preview.status).toBe(201);
    expect((preview.body as { campaign: { id: unknown } }).campaign.id).toBeNull();
    expect(sb.state.campaigns.size).toBe(0);
    const bad = await call(sb, 'createCampaign', {
      body: {
        ...campaignInput(),
        primaryInput: { ...campaignInput().primaryInput, endDateInUtc: '2025-01-01T00:00:00Z' },
        validateInputOnly: true,
      },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body as { errors: object }).errors)).toEqual([
      '/primaryInput/endDateInUtc',
    ]);

    const campaignId = await createCampaign(sb);
    const group = await call(sb, 'createAdGroup', {
      body: { ...adGroupInput(campaignId), validateInputOnly: true },
    });
    expect(group.status).toBe(200);
    expect(group.text).toBe('');
    expect(specErrors(group)).toEqual([]);
    expect(sb.state.adGroups.size).toBe(0);

    const versionBefore = sb.state.campaigns.get(campaignId)?.version;
    const update = await call(sb, 'updateCampaign', {
      body: { id: campaignId, primaryInput: { name: 'new' }, validateInputOnly: true },
    });
    expect((update.body as { campaign: { name: string } }).campaign.name).toBe('new');
    expect(sb.state.campaigns.get(campaignId)?.campaign.name).toBe('Spring sale');
    expect(sb.state.campaigns.get(campaignId)?.version).toBe(versionBefore);
  });

  it('versions a campaign on every edit, and its budgeting version only on budget edits', async () => {
    const sb = createSandbox();
    const id = await createCampaign(sb);
    const version = async () =>
      (await call(sb, 'getCampaignVersion', { params: { id } })).body as Record<string, string>;
    const v1 = await version();
    await call(sb, 'updateCampaign', { body: { id, primaryInput: { description: 'd' } } });
    const v2 = await version();
    expect(v2.version).not.toBe(v1.version);
    expect(v2.budgetingVersion).toBe(v1.budgetingVersion);
    // Pacing is the one budget setting an update can still change.
    const paced = await call(sb, 'updateCampaign', {
      body: { id, primaryInput: { budget: { pacingMode: 'PaceAhead' } } },
    });
    expect(paced.status, paced.text).toBe(200);
    const v3 = await version();
    expect(v3.budgetingVersion).toBe(v3.version);
    expect(v3.budgetingVersion).not.toBe(v2.budgetingVersion);
    expect(sb.state.campaigns.get(id)?.pacingMode).toBe('PaceAhead');
  });

  it('archives: dependants need forceArchive; archived items cannot be edited', async () => {
    const sb = createSandbox();
    const campaignId = await createCampaign(sb);
    const adGroupId = await createAdGroup(sb, campaignId);
    const refused = await call(sb, 'archiveCampaigns', { body: [campaignId] });
    expect(refused.status).toBe(400);
    expect((refused.body as { errors: Record<string, string[]> }).errors['/0']?.[0]).toMatch(
      /forceArchive=true/,
    );
    expect(sb.state.campaigns.get(campaignId)?.archived).toBe(false);
    const groupRefused = await call(sb, 'archiveAdGroups', { body: [adGroupId] });
    expect(groupRefused.status).toBe(400);

    const forced = await call(sb, 'archiveCampaigns', {
      body: [campaignId],
      query: { forceArchive: 'true' },
    });
    expect(forced.body).toEqual([campaignId]);
    expect(sb.state.adGroups.get(adGroupId)?.archived).toBe(true);
    const edit = await call(sb, 'updateCampaign', {
      body: { id: campaignId, primaryInput: { name: 'x' } },
    });
    expect((edit.body as { errors: Record<string, string[]> }).errors['/id']).toEqual([
      `campaign ${campaignId} is archived`,
    ]);
    const badFlag = await call(sb, 'archiveAdGroups', { body: [], query: { forceArchive: 'yes' } });
    expect(Object.keys((badFlag.body as { errors: object }).errors)).toEqual([
      'query.forceArchive',
    ]);
  });

  it('checks ad-group flights against the campaign flights', async () => {
    const sb = createSandbox();
    const campaignId = await createCampaign(sb);
    const flightId = Number(sb.state.campaigns.get(campaignId)?.campaign.flights?.[0]?.id);
    const ok = await call(sb, 'createAdGroup', {
      body: {
        ...adGroupInput(campaignId),
        advancedInput: { flights: [{ campaignFlightId: flightId }] },
      },
    });
    expect(ok.status).toBe(201);
    const bad = await call(sb, 'createAdGroup', {
      body: { ...adGroupInput(campaignId), advancedInput: { flights: [{ campaignFlightId: 77 }] } },
    });
    expect(Object.keys((bad.body as { errors: object }).errors)).toEqual([
      '/advancedInput/flights/0/campaignFlightId',
    ]);
  });
});

describe('job results', () => {
  it('a result of 5 MB or more comes only as a url on the results origin', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const a = await call(sb, 'submitFirstPartyDataJob', {
      body: { advertiserId: 'large-advertiser' },
    });
    clock.advance(60_000);
    const s = await status(sb, (a.body as { id: number }).id);
    expect(s.status).toBe('Success');
    expect(s.rawResult).toBeNull();
    expect(s.url).toMatch(new RegExp(`^${IN_PROCESS_RESULTS_URL}/results/${s.id}/[0-9a-f-]{36}$`));
    const download = await sb.resultsFetch(new Request(s.url as string));
    expect(download.status).toBe(200);
    const text = await download.text();
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(INLINE_RESULT_LIMIT_BYTES);
    expect(JSON.parse(text).rowCount).toBe(60_000);
    // The API origin does not serve it, and a wrong token is a 404.
    expect((await sb.fetch(new Request(s.url as string))).status).toBe(404);
    const forged = (s.url as string).replace(/[0-9a-f]{12}$/, '000000000000');
    expect((await sb.resultsFetch(new Request(forged))).status).toBe(404);
  });

  it('a small result comes inline; the inline limit can be lowered for tests', async () => {
    const clock = createManualClock();
    const small = createSandbox({ clock });
    const lowered = createSandbox({
      clock,
      inlineResultLimitBytes: 1000,
      resultsBaseUrl: 'http://127.0.0.1:9/',
    });
    for (const [sb, inline] of [
      [small, true],
      [lowered, false],
    ] as const) {
      const a = await call(sb, 'submitThirdPartyDataJob', { body: { partnerId: 'p1' } });
      clock.advance(60_000);
      const s = await status(sb, (a.body as { id: number }).id);
      expect(s.rawResult !== null).toBe(inline);
      expect(s.url !== null).toBe(!inline);
      if (!inline) {
        expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:9\/results\//);
      }
      const body = inline
        ? (s.rawResult as string)
        : await (await sb.resultsFetch(new Request(s.url as string))).text();
      expect(JSON.parse(body).rowCount).toBe(40);
    }
  });

  it('a data job for an id containing "fail" fails with errors', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const a = await call(sb, 'submitFirstPartyDataJob', { body: { advertiserId: 'will-fail' } });
    clock.advance(60_000);
    const s = await status(sb, (a.body as { id: number }).id);
    expect(s.status).toBe('Failure');
    expect(JSON.parse(s.errors as string)[0].message).toMatch(/will-fail/);
  });

  it('canned data is a function of the input', async () => {
    const results = [];
    for (let run = 0; run < 2; run++) {
      const clock = createManualClock();
      const sb = createSandbox({ clock });
      const a = await call(sb, 'submitFirstPartyDataJob', {
        body: { advertiserId: 'adv9', nameFilter: 'segment 3', queryShape: 'id,uniques' },
      });
      clock.advance(60_000);
      results.push((await status(sb, (a.body as { id: number }).id)).rawResult);
    }
    expect(results[0]).toBe(results[1]);
    const rows = JSON.parse(results[0] as string).rows;
    expect(rows.length).toBe(11); // segment 3 and 30..39
    expect(Object.keys(rows[0])).toEqual(['id', 'uniques']);
  });
});

describe('job operations', () => {
  it('are the operations whose 202 answer is a job id, read from the spec', () => {
    // Checked by tsc (the typecheck script).
    expectTypeOf<JobOperation>().toEqualTypeOf<
      | 'bulkCreateCampaigns'
      | 'bulkUpdateCampaigns'
      | 'bulkCreateAdGroups'
      | 'bulkUpdateAdGroups'
      | 'submitFirstPartyDataJob'
      | 'submitThirdPartyDataJob'
    >();
  });
});
