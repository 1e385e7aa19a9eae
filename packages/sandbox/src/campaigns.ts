import type {
  AdGroupWorkflow,
  CampaignCreateWorkflowBudgetInput,
  CampaignCreateWorkflowInput,
  CampaignFlightWorkflow,
  CampaignPayload,
  CampaignUpdateWorkflowInput,
  CampaignWorkflow,
  CampaignWorkflowFlightInput,
  CampaignWorkflowROIGoalInput,
} from '@workflows-api/types';
import { checkBids, flightsByPosition, newAdGroup } from './ad-groups.js';
import type { FieldProblem } from './problem.js';
import type { SandboxState, StoredCampaign } from './state.js';

/** What a create or update would do: its problems, what it would return, and a way to do it. */
export interface Plan<T> {
  problems: FieldProblem[];
  /** The answer without storing anything (`validateInputOnly`). */
  preview(): T;
  /** Stores the change and returns the answer. Only call when `problems` is empty. */
  commit(): T;
}

/** Id sources: real ones when storing, nulls for a preview that stores nothing. */
interface Ids {
  campaign(): string | null;
  adGroup(): string | null;
  flight(): number | null;
}
const previewIds: Ids = { campaign: () => null, adGroup: () => null, flight: () => null };
const realIds = (state: SandboxState): Ids => ({
  campaign: () => state.newCampaignId(),
  adGroup: () => state.newAdGroupId(),
  flight: () => state.newFlightId(),
});

const iso = (ms: number) => new Date(ms).toISOString();
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The campaign's goal as the API reports it: the name of the one goal that is set. */
function goalName(goal: CampaignWorkflowROIGoalInput): string | undefined {
  const set = Object.entries(goal).filter(([, v]) => v !== null && v !== undefined && v !== false);
  return set.length === 1 && set[0] ? capitalize(set[0][0]) : undefined;
}

function checkGoal(goal: CampaignWorkflowROIGoalInput, pointer: string, problems: FieldProblem[]) {
  if (goalName(goal) === undefined) {
    const set = Object.keys(goal).filter((k) => {
      const v = goal[k as keyof CampaignWorkflowROIGoalInput];
      return v !== null && v !== undefined && v !== false;
    });
    problems.push({
      pointer,
      message: `set exactly one goal; ${set.length === 0 ? 'none is set' : `got ${set.join(', ')}`}`,
    });
  }
}

/** The optional secondary and tertiary goals: each, when given, sets exactly one goal too. */
const EXTRA_GOALS = ['secondaryGoal', 'tertiaryGoal'] as const;

function checkExtraGoals(
  p: { [K in (typeof EXTRA_GOALS)[number]]?: CampaignWorkflowROIGoalInput },
  pointer: string,
  problems: FieldProblem[],
) {
  for (const key of EXTRA_GOALS) {
    const goal = p[key];
    if (goal) {
      checkGoal(goal, `${pointer}/${key}`, problems);
    }
  }
}

function checkDates(
  start: string | null | undefined,
  end: string | null | undefined,
  endPointer: string,
  problems: FieldProblem[],
) {
  if (start && end && Date.parse(end) <= Date.parse(start)) {
    problems.push({
      pointer: endPointer,
      message: `must be after the start (${start}), got ${end}`,
    });
  }
}

function flightsFrom(
  input: CampaignWorkflowFlightInput[],
  ids: Ids,
  pointer: string,
  problems: FieldProblem[],
): CampaignFlightWorkflow[] {
  return input.map((f, i) => {
    checkDates(
      f.startDateInclusiveUTC,
      f.endDateExclusiveUTC,
      `${pointer}/${i}/endDateExclusiveUTC`,
      problems,
    );
    return {
      id: nullableString(ids.flight()),
      startDateInclusiveUTC: f.startDateInclusiveUTC,
      endDateExclusiveUTC: f.endDateExclusiveUTC ?? null,
      budgetInAdvertiserCurrency: f.budgetInAdvertiserCurrency,
      budgetInImpressions: f.budgetInImpressions ?? null,
      dailyTargetInAdvertiserCurrency: f.dailyTargetInAdvertiserCurrency ?? null,
      dailyTargetInImpressions: f.dailyTargetInImpressions ?? null,
    };
  });
}

const nullableString = (n: number | null) => (n === null ? null : String(n));

/** Without explicit flights, a campaign runs one flight carrying its budget. */
function defaultFlight(
  start: string,
  end: string | null,
  budget: CampaignCreateWorkflowBudgetInput | undefined,
  ids: Ids,
): CampaignFlightWorkflow {
  return {
    id: nullableString(ids.flight()),
    startDateInclusiveUTC: start,
    endDateExclusiveUTC: end,
    budgetInAdvertiserCurrency: budget?.budgetInAdvertiserCurrency ?? 0,
    budgetInImpressions: budget?.budgetInImpressions ?? null,
    dailyTargetInAdvertiserCurrency: budget?.dailyTargetInAdvertiserCurrency ?? null,
    dailyTargetInImpressions: budget?.dailyTargetInImpressions ?? null,
  };
}

export function planCampaignCreate(
  state: SandboxState,
  input: CampaignCreateWorkflowInput,
  pointer: string,
  now: number,
): Plan<CampaignPayload> {
  const p = input.primaryInput;
  const problems: FieldProblem[] = [];
  checkGoal(p.primaryGoal, `${pointer}/primaryInput/primaryGoal`, problems);
  checkExtraGoals(p, `${pointer}/primaryInput`, problems);
  checkDates(p.startDateInUtc, p.endDateInUtc, `${pointer}/primaryInput/endDateInUtc`, problems);
  (input.adGroups ?? []).forEach((g, i) => {
    checkBids(g.primaryInput, `${pointer}/adGroups/${i}/primaryInput`, problems);
  });

  const build = (ids: Ids, track: FieldProblem[]) => {
    const start = p.startDateInUtc ?? iso(now);
    const end = p.endDateInUtc ?? null;
    const flightsInput = input.advancedInput?.flights;
    const campaign: CampaignWorkflow = {
      id: ids.campaign(),
      name: p.name,
      campaignGroupId: p.campaignGroupId ?? null,
      description: p.description ?? null,
      startDate: start,
      endDate: end,
      timeZone: p.timeZone ?? 'UTC',
      customCPAClickWeight: p.customCPAClickWeight ?? null,
      customCPAViewthroughWeight: p.customCPAViewthroughWeight ?? null,
      customCPAType: p.customCPAType ?? 'Disabled',
      impressionsOnlyBudgetingCpm: p.impressionsOnlyBudgetingCpm ?? null,
      primaryChannel: p.primaryChannel,
      primaryGoal: goalName(p.primaryGoal) ?? null,
      seedId: p.seedId ?? null,
      conversionReportingColumnsCount: p.campaignConversionReportingColumns?.length ?? 0,
      flights:
        flightsInput && flightsInput.length > 0
          ? flightsFrom(flightsInput, ids, `${pointer}/advancedInput/flights`, track)
          : [defaultFlight(start, end, p.budget, ids)],
      secondaryGoal: p.secondaryGoal ? (goalName(p.secondaryGoal) ?? null) : null,
      tertiaryGoal: p.tertiaryGoal ? (goalName(p.tertiaryGoal) ?? null) : null,
    };
    const adGroups: AdGroupWorkflow[] = (input.adGroups ?? []).map((g, i) => {
      const adGroupId = ids.adGroup();
      return newAdGroup(adGroupId, campaign.id, g.primaryInput, g.advancedInput, (budget) =>
        flightsByPosition(
          campaign,
          adGroupId,
          budget,
          g.advancedInput?.flights,
          `${pointer}/adGroups/${i}/advancedInput/flights`,
          track,
        ),
      );
    });
    return { campaign, adGroups };
  };

  // Flight problems come out of building; a dry build finds them without using ids.
  build(previewIds, problems);

  return {
    problems,
    preview: () => build(previewIds, []),
    commit() {
      const payload = build(realIds(state), []);
      const id = payload.campaign.id as string;
      const version = state.newVersion();
      state.campaigns.set(id, {
        campaign: payload.campaign,
        advertiserId: p.advertiserId,
        purchaseOrderNumber: input.advancedInput?.purchaseOrderNumber ?? null,
        pacingMode: p.budget?.pacingMode ?? null,
        archived: false,
        version,
        budgetingVersion: version,
      });
      for (const adGroup of payload.adGroups) {
        state.adGroups.set(adGroup.id as string, { adGroup, archived: false });
      }
      return structuredClone(payload);
    },
  };
}

export function findCampaignForEdit(
  state: SandboxState,
  id: string | null,
  pointer: string,
  problems: FieldProblem[],
): StoredCampaign | undefined {
  const stored = id == null ? undefined : state.campaigns.get(id);
  if (!stored) {
    problems.push({ pointer, message: `no campaign has id ${JSON.stringify(id)}` });
  } else if (stored.archived) {
    problems.push({ pointer, message: `campaign ${id} is archived` });
  }
  return stored && !stored.archived ? stored : undefined;
}

/**
 * A campaign update changes only what the 2026-02 API lets it: the primary
 * fields, the pacing mode (the budget's amounts and the flights are no longer
 * part of an update; the spec's validators reject them, naming the field) and
 * the purchase order number. Fields left out keep their value.
 */
export function planCampaignUpdate(
  state: SandboxState,
  input: CampaignUpdateWorkflowInput,
  pointer: string,
): Plan<CampaignPayload> {
  const problems: FieldProblem[] = [];
  const stored = findCampaignForEdit(state, input.id, `${pointer}/id`, problems);
  const p = input.primaryInput;
  if (p?.primaryGoal) {
    checkGoal(p.primaryGoal, `${pointer}/primaryInput/primaryGoal`, problems);
  }
  if (p) {
    checkExtraGoals(p, `${pointer}/primaryInput`, problems);
  }

  const build = (target: StoredCampaign, track: FieldProblem[]) => {
    const next = structuredClone(target.campaign);
    if (p) {
      if (p.name !== undefined) {
        next.name = p.name;
      }
      if (p.campaignGroupId !== undefined) {
        next.campaignGroupId = p.campaignGroupId;
      }
      if (p.description !== undefined) {
        next.description = p.description;
      }
      if (p.timeZone !== undefined) {
        next.timeZone = p.timeZone;
      }
      if (p.customCPAClickWeight !== undefined) {
        next.customCPAClickWeight = p.customCPAClickWeight;
      }
      if (p.customCPAViewthroughWeight !== undefined) {
        next.customCPAViewthroughWeight = p.customCPAViewthroughWeight;
      }
      if (p.customCPAType !== undefined) {
        next.customCPAType = p.customCPAType;
      }
      if (p.impressionsOnlyBudgetingCpm !== undefined) {
        next.impressionsOnlyBudgetingCpm = p.impressionsOnlyBudgetingCpm;
      }
      if (p.startDateInUtc != null) {
        next.startDate = p.startDateInUtc;
      }
      if (p.endDateInUtc !== undefined) {
        next.endDate = p.endDateInUtc;
      }
      if (p.primaryChannel !== undefined) {
        next.primaryChannel = p.primaryChannel;
      }
      if (p.primaryGoal) {
        next.primaryGoal = goalName(p.primaryGoal) ?? next.primaryGoal ?? null;
      }
      for (const key of EXTRA_GOALS) {
        const goal = p[key];
        if (goal) {
          next[key] = goalName(goal) ?? next[key] ?? null;
        }
      }
      if (p.seedId !== undefined) {
        next.seedId = p.seedId;
      }
      if (p.campaignConversionReportingColumns !== undefined) {
        next.conversionReportingColumnsCount = p.campaignConversionReportingColumns?.length ?? 0;
      }
    }
    checkDates(next.startDate, next.endDate, `${pointer}/primaryInput/endDateInUtc`, track);
    return next;
  };

  if (stored) {
    build(stored, problems);
  }
  const adGroupsOf = (campaignId: string | null) =>
    [...state.adGroups.values()]
      .filter((g) => !g.archived && g.adGroup.campaignId === campaignId)
      .map((g) => structuredClone(g.adGroup));
  const target = () => {
    if (!stored) {
      throw new Error('planCampaignUpdate: used without a campaign');
    }
    return stored;
  };

  return {
    problems,
    preview: () => {
      const next = build(target(), []);
      return { campaign: next, adGroups: adGroupsOf(next.id) };
    },
    commit() {
      const edited = target();
      const next = build(edited, []);
      edited.campaign = next;
      const budget = p?.budget;
      if (budget) {
        edited.pacingMode = budget.pacingMode;
      }
      if (input.advancedInput?.purchaseOrderNumber !== undefined) {
        edited.purchaseOrderNumber = input.advancedInput.purchaseOrderNumber;
      }
      edited.version = state.newVersion();
      // Pacing is the one budget setting an update can change.
      if (budget) {
        edited.budgetingVersion = edited.version;
      }
      return { campaign: structuredClone(next), adGroups: adGroupsOf(next.id) };
    },
  };
}
