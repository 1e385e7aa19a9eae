import { describe, expect, it } from 'vitest';
import { createManualClock, createSandbox, type Sandbox } from '../src/index.js';
import { call, createCampaign, specErrors, standardJobStatus } from './helpers.js';

interface Problem {
  status: number;
  detail: string;
  errors: Record<string, string[]>;
}

const snapshot = (sb: Sandbox, id: string) => structuredClone(sb.state.campaigns.get(id));

describe('campaign update since the 2026-02 API', () => {
  it('rejects the old budget and advanced shapes with a 400 naming the field', async () => {
    const sb = createSandbox();
    const id = await createCampaign(sb);
    const before = snapshot(sb, id);
    const old: [unknown, Record<string, string>][] = [
      [
        {
          id,
          primaryInput: { budget: { pacingMode: 'PaceAhead', budgetInAdvertiserCurrency: 9 } },
        },
        {
          '/primaryInput/budget/budgetInAdvertiserCurrency':
            'is not allowed: CampaignUpdateWorkflowBudgetInput takes only pacingMode',
        },
      ],
      [
        { id, primaryInput: { budget: { dailyTargetInImpressions: 100 } } },
        {
          '/primaryInput/budget/pacingMode': 'is required',
          '/primaryInput/budget/dailyTargetInImpressions':
            'is not allowed: CampaignUpdateWorkflowBudgetInput takes only pacingMode',
        },
      ],
      [
        {
          id,
          advancedInput: {
            flights: [
              { startDateInclusiveUTC: '2025-03-01T00:00:00Z', budgetInAdvertiserCurrency: 10 },
            ],
          },
        },
        {
          '/advancedInput/flights':
            'is not allowed: CampaignUpdateWorkflowAdvancedInput takes only purchaseOrderNumber',
        },
      ],
    ];
    for (const [body, expected] of old) {
      const a = await call(sb, 'updateCampaign', { body });
      expect(a.status, a.text).toBe(400);
      expect(specErrors(a)).toEqual([]);
      const problem = a.body as Problem;
      expect(
        Object.fromEntries(Object.entries(problem.errors).map(([k, v]) => [k, v.join('; ')])),
      ).toEqual(expected);
      // The detail alone names the first bad field too.
      expect(problem.detail).toContain(Object.keys(problem.errors)[0]);
    }
    expect(snapshot(sb, id)).toEqual(before);
  });

  it('rejects the old shapes inside a bulk update too, queuing nothing', async () => {
    const sb = createSandbox();
    const id = await createCampaign(sb);
    const a = await call(sb, 'bulkUpdateCampaigns', {
      body: {
        input: [
          { id, primaryInput: { budget: { pacingMode: 'PaceAhead' } } },
          { id, advancedInput: { purchaseOrderNumber: 'PO-1', flights: null } },
        ],
      },
    });
    expect(a.status).toBe(400);
    expect(Object.keys((a.body as Problem).errors)).toEqual(['/input/1/advancedInput/flights']);
    expect(sb.state.jobs.size).toBe(0);
  });

  it('applies the new shape: pacing mode and purchase order number change, the rest stays', async () => {
    const sb = createSandbox();
    const id = await createCampaign(sb);
    const before = snapshot(sb, id);
    expect(before?.pacingMode).toBe('PaceEvenly');
    expect(before?.purchaseOrderNumber).toBeNull();

    const a = await call(sb, 'updateCampaign', {
      body: {
        id,
        primaryInput: { budget: { pacingMode: 'PaceToDailyCap' } },
        advancedInput: { purchaseOrderNumber: 'PO-7' },
      },
    });
    expect(a.status, a.text).toBe(200);
    expect(specErrors(a)).toEqual([]);
    const after = snapshot(sb, id);
    expect(after).toMatchObject({ pacingMode: 'PaceToDailyCap', purchaseOrderNumber: 'PO-7' });
    // The budget amounts live on the flights, which an update no longer touches.
    expect(after?.campaign).toEqual(before?.campaign);
    expect((a.body as { campaign: unknown }).campaign).toEqual(before?.campaign);
    expect(after?.budgetingVersion).toBe(after?.version);
    expect(after?.version).not.toBe(before?.version);

    // A purchase order number alone is not a budget change.
    await call(sb, 'updateCampaign', {
      body: { id, advancedInput: { purchaseOrderNumber: null } },
    });
    const last = snapshot(sb, id);
    expect(last?.purchaseOrderNumber).toBeNull();
    expect(last?.pacingMode).toBe('PaceToDailyCap');
    expect(last?.budgetingVersion).toBe(after?.budgetingVersion);
    expect(last?.version).not.toBe(after?.version);
  });

  it('a bulk update applies the new shape when its job runs', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const id = await createCampaign(sb);
    const a = await call(sb, 'bulkUpdateCampaigns', {
      body: {
        input: [{ id, primaryInput: { budget: { pacingMode: 'PaceAsSoonAsPossible' } } }],
      },
    });
    expect(a.status, a.text).toBe(202);
    expect(sb.state.campaigns.get(id)?.pacingMode).toBe('PaceEvenly');
    clock.advance(60_000);
    expect((await standardJobStatus(sb, (a.body as { id: number }).id)).status).toBe('Success');
    expect(sb.state.campaigns.get(id)?.pacingMode).toBe('PaceAsSoonAsPossible');
  });
});
