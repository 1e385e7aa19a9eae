import type { AdGroupWorkflow, CampaignWorkflow } from '@workflows-api/types';
import { describe, expect, it } from 'vitest';
import { createManualClock, createSandbox } from '../src/index.js';
import {
  adGroupInput,
  adGroupPrimary,
  call,
  campaignInput,
  createCampaign,
  specErrors,
  standardJobStatus,
} from './helpers.js';

const withPrimary = (extra: Record<string, unknown>) => {
  const input = campaignInput();
  return { ...input, primaryInput: { ...input.primaryInput, ...extra } };
};

describe('campaign fields the 2026-04 API added', () => {
  it('stores and echoes campaignGroupId and the secondary and tertiary goals', async () => {
    const sb = createSandbox();
    const created = await call(sb, 'createCampaign', {
      body: withPrimary({
        campaignGroupId: 2 ** 40,
        secondaryGoal: { ctrInPercent: 1.5 },
        tertiaryGoal: { cpcInAdvertiserCurrency: 0.4 },
      }),
    });
    expect(created.status, created.text).toBe(201);
    expect(specErrors(created)).toEqual([]);
    const campaign = (created.body as { campaign: CampaignWorkflow }).campaign;
    expect(campaign).toMatchObject({
      campaignGroupId: 2 ** 40,
      primaryGoal: 'MaximizeReach',
      secondaryGoal: 'CtrInPercent',
      tertiaryGoal: 'CpcInAdvertiserCurrency',
    });
    const id = campaign.id as string;
    expect(sb.state.campaigns.get(id)?.campaign.campaignGroupId).toBe(2 ** 40);

    // Left out keeps the value; given changes it; null clears it.
    await call(sb, 'updateCampaign', { body: { id, primaryInput: { name: 'renamed' } } });
    expect(sb.state.campaigns.get(id)?.campaign.campaignGroupId).toBe(2 ** 40);
    const updated = await call(sb, 'updateCampaign', {
      body: { id, primaryInput: { campaignGroupId: 7, secondaryGoal: { maximizeReach: true } } },
    });
    expect((updated.body as { campaign: CampaignWorkflow }).campaign).toMatchObject({
      campaignGroupId: 7,
      secondaryGoal: 'MaximizeReach',
      tertiaryGoal: 'CpcInAdvertiserCurrency',
    });
    await call(sb, 'updateCampaign', { body: { id, primaryInput: { campaignGroupId: null } } });
    expect(sb.state.campaigns.get(id)?.campaign.campaignGroupId).toBeNull();
  });

  it('reports null for the new fields when a campaign is created without them', async () => {
    const sb = createSandbox();
    const id = await createCampaign(sb);
    expect(sb.state.campaigns.get(id)?.campaign).toMatchObject({
      campaignGroupId: null,
      secondaryGoal: null,
      tertiaryGoal: null,
    });
  });

  it('a secondary goal sets exactly one goal, like the primary one', async () => {
    const sb = createSandbox();
    const a = await call(sb, 'createCampaign', {
      body: withPrimary({ secondaryGoal: { ctrInPercent: 1, maximizeReach: true } }),
    });
    expect(a.status).toBe(400);
    expect((a.body as { errors: Record<string, string[]> }).errors).toEqual({
      '/primaryInput/secondaryGoal': ['set exactly one goal; got ctrInPercent, maximizeReach'],
    });
  });
});

describe('ad group marketType', () => {
  it('is stored and echoed from create, update, bulk create and campaign create', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const campaignId = await createCampaign(sb);
    const created = await call(sb, 'createAdGroup', {
      body: {
        campaignId,
        primaryInput: { ...adGroupPrimary('deals'), marketType: 'PrivateMarketOnly' },
      },
    });
    expect(created.status, created.text).toBe(201);
    expect(specErrors(created)).toEqual([]);
    const group = (created.body as { adGroup: AdGroupWorkflow }).adGroup;
    expect(group.marketType).toBe('PrivateMarketOnly');

    const updated = await call(sb, 'updateAdGroup', {
      body: { id: group.id, primaryInput: { marketType: 'Marketplace' } },
    });
    expect((updated.body as { adGroup: AdGroupWorkflow }).adGroup.marketType).toBe('Marketplace');
    await call(sb, 'updateAdGroup', { body: { id: group.id, primaryInput: { name: 'n' } } });
    expect(sb.state.adGroups.get(group.id as string)?.adGroup.marketType).toBe('Marketplace');

    // Not given, the sandbox does not make one up.
    const plain = await call(sb, 'createAdGroup', { body: adGroupInput(campaignId, 'plain') });
    expect((plain.body as { adGroup: AdGroupWorkflow }).adGroup).not.toHaveProperty('marketType');

    const bulk = await call(sb, 'bulkCreateAdGroups', {
      body: {
        input: [
          { campaignId, primaryInput: { ...adGroupPrimary('open'), marketType: 'OpenMarket' } },
        ],
      },
    });
    clock.advance(60_000);
    const result = JSON.parse(
      (await standardJobStatus(sb, (bulk.body as { id: number }).id)).rawResult as string,
    );
    expect(sb.state.adGroups.get(result.items[0].id)?.adGroup.marketType).toBe('OpenMarket');

    const withGroups = await call(sb, 'createCampaign', {
      body: campaignInput('with groups', {
        adGroups: [{ primaryInput: { ...adGroupPrimary('inner'), marketType: 'Marketplace' } }],
      }),
    });
    expect(withGroups.status, withGroups.text).toBe(201);
    expect((withGroups.body as { adGroups: AdGroupWorkflow[] }).adGroups[0]?.marketType).toBe(
      'Marketplace',
    );
  });
});
