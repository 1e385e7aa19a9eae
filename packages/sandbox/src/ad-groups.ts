import type {
  AdGroupAudienceTargeting,
  AdGroupBudget,
  AdGroupCreateWorkflowPrimaryInput,
  AdGroupFlight,
  AdGroupUpdateWorkflowPrimaryInput,
  AdGroupWorkflow,
  AdGroupWorkflowAdvancedInput,
  AdGroupWorkflowAudienceTargetingInput,
  AdGroupWorkflowBudgetInput,
  AdGroupWorkflowFlightInput,
  CampaignCreateWorkflowAdGroupAdvancedInput,
  CampaignWorkflow,
} from '@workflows-api/types';
import type { FieldProblem } from './problem.js';

type Advanced = AdGroupWorkflowAdvancedInput | CampaignCreateWorkflowAdGroupAdvancedInput;

function budgetOf(
  input: AdGroupWorkflowBudgetInput | undefined,
  base?: AdGroupBudget,
): AdGroupBudget {
  return {
    allocationType: input?.allocationType ?? base?.allocationType ?? 'Maximum',
    budgetInAdvertiserCurrency:
      input?.budgetInAdvertiserCurrency ?? base?.budgetInAdvertiserCurrency ?? 0,
    budgetInImpressions: pick(input?.budgetInImpressions, base?.budgetInImpressions),
    dailyTargetInAdvertiserCurrency: pick(
      input?.dailyTargetInAdvertiserCurrency,
      base?.dailyTargetInAdvertiserCurrency,
    ),
    dailyTargetInImpressions: pick(input?.dailyTargetInImpressions, base?.dailyTargetInImpressions),
  };
}

/** Left out keeps the old value; an explicit null clears it. */
function pick<T>(next: T | null | undefined, old: T | null | undefined): T | null {
  return next === undefined ? (old ?? null) : next;
}

function audienceOf(
  input: AdGroupWorkflowAudienceTargetingInput,
  base?: AdGroupAudienceTargeting,
): AdGroupAudienceTargeting {
  return {
    audienceId: pick(input.audienceId, base?.audienceId),
    audienceAcceleratorExclusionsEnabled:
      input.audienceAcceleratorExclusionsEnabled ??
      base?.audienceAcceleratorExclusionsEnabled ??
      false,
    audienceBoosterEnabled: input.audienceBoosterEnabled ?? base?.audienceBoosterEnabled ?? false,
    audienceExcluderEnabled:
      input.audienceExcluderEnabled ?? base?.audienceExcluderEnabled ?? false,
    audiencePredictorEnabled:
      input.audiencePredictorEnabled ?? base?.audiencePredictorEnabled ?? false,
    crossDeviceVendorListForAudience: pick(
      input.crossDeviceVendorListForAudience,
      base?.crossDeviceVendorListForAudience,
    ),
    recencyExclusionWindowInMinutes:
      input.recencyExclusionWindowInMinutes ?? base?.recencyExclusionWindowInMinutes ?? 0,
    targetTrackableUsersEnabled:
      input.targetTrackableUsersEnabled ?? base?.targetTrackableUsersEnabled ?? false,
    useMcIdAsPrimary: input.useMcIdAsPrimary ?? base?.useMcIdAsPrimary ?? false,
  };
}

/**
 * Ad-group flights from a standalone create/update: each must name a flight of
 * its campaign. With none given, the ad group gets one flight per campaign flight.
 */
export function resolveFlights(
  campaign: CampaignWorkflow,
  adGroupId: string | null,
  budget: AdGroupBudget,
  input: AdGroupWorkflowFlightInput[] | null | undefined,
  pointer: string,
  problems: FieldProblem[],
): AdGroupFlight[] {
  const campaignFlightIds = (campaign.flights ?? []).map((f) => Number(f.id));
  if (!input || input.length === 0) {
    return campaignFlightIds.map((campaignFlightId) => ({
      ...budget,
      campaignFlightId,
      adGroupId,
    }));
  }
  return input.map((f, i) => {
    if (!campaignFlightIds.includes(f.campaignFlightId)) {
      problems.push({
        pointer: `${pointer}/${i}/campaignFlightId`,
        message: `campaign ${campaign.id} has no flight ${f.campaignFlightId} (its flights: ${campaignFlightIds.join(', ') || 'none'})`,
      });
    }
    return { ...budgetOf(f, budget), campaignFlightId: f.campaignFlightId, adGroupId };
  });
}

/** Ad-group flights given inside a campaign create: flight i runs in campaign flight i. */
export function flightsByPosition(
  campaign: CampaignWorkflow,
  adGroupId: string | null,
  budget: AdGroupBudget,
  input: CampaignCreateWorkflowAdGroupAdvancedInput['flights'],
  pointer: string,
  problems: FieldProblem[],
): AdGroupFlight[] {
  const campaignFlights = campaign.flights ?? [];
  if (!input || input.length === 0) {
    return campaignFlights.map((f) => ({
      ...budget,
      campaignFlightId: Number(f.id ?? 0),
      adGroupId,
    }));
  }
  if (input.length > campaignFlights.length) {
    problems.push({
      pointer,
      message: `${input.length} ad-group flights given but the campaign has ${campaignFlights.length}`,
    });
  }
  return input.map((f, i) => ({
    ...budgetOf(f, budget),
    campaignFlightId: Number(campaignFlights[i]?.id ?? 0),
    adGroupId,
  }));
}

export function checkBids(
  primary: {
    baseBidCPMInAdvertiserCurrency?: number | null | undefined;
    maxBidCPMInAdvertiserCurrency?: number | null | undefined;
  },
  pointer: string,
  problems: FieldProblem[],
): void {
  const base = primary.baseBidCPMInAdvertiserCurrency;
  const max = primary.maxBidCPMInAdvertiserCurrency;
  if (base != null && max != null && max < base) {
    problems.push({
      pointer: `${pointer}/maxBidCPMInAdvertiserCurrency`,
      message: `must be at least baseBidCPMInAdvertiserCurrency (${base}), got ${max}`,
    });
  }
}

export function newAdGroup(
  id: string | null,
  campaignId: string | null,
  primary: AdGroupCreateWorkflowPrimaryInput,
  advanced: Advanced | undefined,
  flights: (budget: AdGroupBudget) => AdGroupFlight[],
): AdGroupWorkflow {
  const budget = budgetOf(primary.budget);
  const adGroup: AdGroupWorkflow = {
    id,
    name: primary.name ?? null,
    campaignId,
    isEnabled: primary.isEnabled ?? true,
    description: primary.description ?? null,
    programmaticGuaranteedPrivateContractId:
      primary.programmaticGuaranteedPrivateContractId ?? null,
    channel: primary.channel,
    funnelLocation: primary.funnelLocation,
    budget,
    baseBidCPMInAdvertiserCurrency: primary.baseBidCPMInAdvertiserCurrency ?? null,
    maxBidCPMInAdvertiserCurrency: primary.maxBidCPMInAdvertiserCurrency ?? null,
    roiGoal: { ...(primary.roiGoal ?? {}) },
    creativeIds: primary.creativeIds ?? [],
    associatedBidLists: (primary.associatedBidLists ?? []).map((b) => ({
      bidListId: b.bidListId,
      isEnabled: b.isEnabled ?? true,
      isDefaultForDimension: b.isDefaultForDimension ?? false,
    })),
    flights: flights(budget),
    comscoreSettings: {
      isEnabled: false,
      populationId: null,
      demographicMemberIds: [],
      mobileDemographicMemberIds: [],
    },
    contractTargeting: { allowOpenMarketBiddingWhenTargetingContracts: true },
    dimensionalBiddingAutoOptimizationSettings: [],
    isUseClicksAsConversionsEnabled: false,
    isUseSecondaryConversionsEnabled: false,
  };
  if (primary.marketType) {
    adGroup.marketType = primary.marketType;
  }
  if (primary.audienceTargeting) {
    adGroup.audienceTargeting = audienceOf(primary.audienceTargeting);
  }
  applyAdvanced(adGroup, advanced);
  return adGroup;
}

function applyAdvanced(adGroup: AdGroupWorkflow, advanced: Advanced | undefined): void {
  if (!advanced) {
    return;
  }
  if (advanced.koaOptimizationSettings) {
    const koa = advanced.koaOptimizationSettings;
    const old = adGroup.koaOptimizationSettings;
    adGroup.koaOptimizationSettings = {
      areFutureKoaFeaturesEnabled:
        koa.areFutureKoaFeaturesEnabled ?? old?.areFutureKoaFeaturesEnabled ?? false,
      predictiveClearingEnabled:
        koa.predictiveClearingEnabled ?? old?.predictiveClearingEnabled ?? false,
    };
  }
  if (advanced.comscoreSettings) {
    const c = advanced.comscoreSettings;
    adGroup.comscoreSettings = {
      isEnabled: c.isEnabled,
      populationId: c.populationId ?? null,
      demographicMemberIds: c.demographicMemberIds ?? [],
      mobileDemographicMemberIds: c.mobileDemographicMemberIds ?? [],
    };
  }
  const allowOpen = advanced.contractTargeting?.allowOpenMarketBiddingWhenTargetingContracts;
  if (allowOpen != null) {
    adGroup.contractTargeting = { allowOpenMarketBiddingWhenTargetingContracts: allowOpen };
  }
  if (advanced.dimensionalBiddingAutoOptimizationSettings !== undefined) {
    adGroup.dimensionalBiddingAutoOptimizationSettings =
      advanced.dimensionalBiddingAutoOptimizationSettings;
  }
  if (advanced.isUseClicksAsConversionsEnabled != null) {
    adGroup.isUseClicksAsConversionsEnabled = advanced.isUseClicksAsConversionsEnabled;
  }
  if (advanced.isUseSecondaryConversionsEnabled != null) {
    adGroup.isUseSecondaryConversionsEnabled = advanced.isUseSecondaryConversionsEnabled;
  }
  if (advanced.nielsenTrackingAttributes) {
    const n = advanced.nielsenTrackingAttributes;
    adGroup.nielsenTrackingAttributes = {
      enhancedReportingOption: n.enhancedReportingOption ?? 'None',
      gender: n.gender,
      startAge: n.startAge,
      endAge: n.endAge,
      countries: n.countries ?? [],
    };
  }
}

/** A copy of `adGroup` with the fields given in an update applied. */
export function updatedAdGroup(
  adGroup: AdGroupWorkflow,
  primary: AdGroupUpdateWorkflowPrimaryInput | undefined,
  advanced: AdGroupWorkflowAdvancedInput | undefined,
  flights: (budget: AdGroupBudget) => AdGroupFlight[] | undefined,
): AdGroupWorkflow {
  const next: AdGroupWorkflow = structuredClone(adGroup);
  if (primary) {
    if (primary.name !== undefined) {
      next.name = primary.name;
    }
    if (primary.description !== undefined) {
      next.description = primary.description;
    }
    if (primary.isEnabled != null) {
      next.isEnabled = primary.isEnabled;
    }
    if (primary.channel !== undefined) {
      next.channel = primary.channel;
    }
    if (primary.funnelLocation !== undefined) {
      next.funnelLocation = primary.funnelLocation;
    }
    if (primary.marketType !== undefined) {
      next.marketType = primary.marketType;
    }
    if (primary.budget) {
      next.budget = budgetOf(primary.budget, next.budget);
    }
    if (primary.baseBidCPMInAdvertiserCurrency !== undefined) {
      next.baseBidCPMInAdvertiserCurrency = primary.baseBidCPMInAdvertiserCurrency;
    }
    if (primary.maxBidCPMInAdvertiserCurrency !== undefined) {
      next.maxBidCPMInAdvertiserCurrency = primary.maxBidCPMInAdvertiserCurrency;
    }
    if (primary.audienceTargeting) {
      next.audienceTargeting = audienceOf(primary.audienceTargeting, next.audienceTargeting);
    }
    if (primary.roiGoal) {
      next.roiGoal = { ...primary.roiGoal };
    }
    if (primary.creativeIds !== undefined) {
      next.creativeIds = primary.creativeIds;
    }
    if (primary.associatedBidLists !== undefined) {
      next.associatedBidLists =
        primary.associatedBidLists?.map((b) => ({
          bidListId: b.bidListId,
          isEnabled: b.isEnabled ?? true,
          isDefaultForDimension: b.isDefaultForDimension ?? false,
        })) ?? null;
    }
  }
  applyAdvanced(next, advanced);
  const replaced = flights(next.budget);
  if (replaced) {
    next.flights = replaced;
  }
  return next;
}
