import { validate } from '@workflows-api/validators';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSandbox } from '../src/index.js';
import { call, campaignInput } from './helpers.js';

describe('problem answers', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('are recorded with their status, whichever step threw them', async () => {
    const sb = createSandbox();
    const statuses = [
      (await call(sb, 'getCampaignVersion', { params: { id: 'x' }, auth: null })).status,
      (await call(sb, 'createCampaign', { rawBody: '{' })).status,
      (await call(sb, 'getCampaignVersion', { params: { id: 'nope' } })).status,
      (await call(sb, 'createCampaign', { body: campaignInput() })).status,
    ];
    expect(statuses).toEqual([401, 400, 404, 201]);
    expect(sb.requests.map((r) => [r.operationId, r.status, r.fault])).toEqual([
      ['getCampaignVersion', 401, undefined],
      ['createCampaign', 400, undefined],
      ['getCampaignVersion', 404, undefined],
      ['createCampaign', 201, undefined],
    ]);
  });

  it('a failure of the sandbox itself is a logged 500 ProblemDetails, not an answer of the operation', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const sb = createSandbox({
      clock: {
        now: () => {
          throw new Error('clock broke');
        },
      },
    });
    const a = await call(sb, 'getCampaignVersion', { params: { id: 'x' } });
    expect(a.status).toBe(500);
    expect(validate('ProblemDetails', a.body).valid).toBe(true);
    expect(a.body).toMatchObject({
      status: 500,
      detail: 'The sandbox failed: clock broke',
      instance: '/campaign/x/version',
    });
    expect(logged).toHaveBeenCalledOnce();
    expect(sb.requests).toEqual([]);
  });
});
