import type {
  AdGroupCreateWorkflowInput,
  AdGroupPayload,
  AdGroupUpdateWorkflowInput,
} from '@workflows-api/types';
import { checkBids, newAdGroup, resolveFlights, updatedAdGroup } from './ad-groups.js';
import { findCampaignForEdit, type Plan } from './campaigns.js';
import type { FieldProblem } from './problem.js';
import type { SandboxState, StoredAdGroup } from './state.js';

export function planAdGroupCreate(
  state: SandboxState,
  input: AdGroupCreateWorkflowInput,
  pointer: string,
): Plan<AdGroupPayload> {
  const problems: FieldProblem[] = [];
  const campaign = findCampaignForEdit(state, input.campaignId, `${pointer}/campaignId`, problems);
  checkBids(input.primaryInput, `${pointer}/primaryInput`, problems);
  const build = (id: string | null, track: FieldProblem[]) => {
    if (!campaign) {
      throw new Error('planAdGroupCreate: build without a campaign');
    }
    return newAdGroup(id, campaign.campaign.id, input.primaryInput, input.advancedInput, (budget) =>
      resolveFlights(
        campaign.campaign,
        id,
        budget,
        input.advancedInput?.flights,
        `${pointer}/advancedInput/flights`,
        track,
      ),
    );
  };
  if (campaign) {
    build(null, problems);
  }
  return {
    problems,
    preview: () => ({ adGroup: build(null, []) }),
    commit() {
      const adGroup = build(state.newAdGroupId(), []);
      state.adGroups.set(adGroup.id as string, { adGroup, archived: false });
      return { adGroup: structuredClone(adGroup) };
    },
  };
}

export function planAdGroupUpdate(
  state: SandboxState,
  input: AdGroupUpdateWorkflowInput,
  pointer: string,
): Plan<AdGroupPayload> {
  const problems: FieldProblem[] = [];
  const stored = input.id == null ? undefined : state.adGroups.get(input.id);
  if (!stored) {
    problems.push({
      pointer: `${pointer}/id`,
      message: `no ad group has id ${JSON.stringify(input.id)}`,
    });
  } else if (stored.archived) {
    problems.push({ pointer: `${pointer}/id`, message: `ad group ${input.id} is archived` });
  }
  const campaign = stored ? state.campaigns.get(stored.adGroup.campaignId ?? '') : undefined;
  if (input.primaryInput) {
    const merged = {
      baseBidCPMInAdvertiserCurrency:
        input.primaryInput.baseBidCPMInAdvertiserCurrency !== undefined
          ? input.primaryInput.baseBidCPMInAdvertiserCurrency
          : stored?.adGroup.baseBidCPMInAdvertiserCurrency,
      maxBidCPMInAdvertiserCurrency:
        input.primaryInput.maxBidCPMInAdvertiserCurrency !== undefined
          ? input.primaryInput.maxBidCPMInAdvertiserCurrency
          : stored?.adGroup.maxBidCPMInAdvertiserCurrency,
    };
    checkBids(merged, `${pointer}/primaryInput`, problems);
  }
  const build = (track: FieldProblem[]) => {
    const target = stored as StoredAdGroup;
    return updatedAdGroup(target.adGroup, input.primaryInput, input.advancedInput, (budget) => {
      const flights = input.advancedInput?.flights;
      if (!flights || !campaign) {
        return undefined;
      }
      return resolveFlights(
        campaign.campaign,
        target.adGroup.id,
        budget,
        flights,
        `${pointer}/advancedInput/flights`,
        track,
      );
    });
  };
  if (stored && !stored.archived) {
    build(problems);
  }
  return {
    problems,
    preview: () => ({ adGroup: build([]) }),
    commit() {
      const adGroup = build([]);
      (stored as StoredAdGroup).adGroup = adGroup;
      return { adGroup: structuredClone(adGroup) };
    },
  };
}
