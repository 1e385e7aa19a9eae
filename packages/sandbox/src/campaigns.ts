import type {
  AdGroupWorkflow,
  CampaignCreateWorkflowInput,
  CampaignFlightWorkflow,
  CampaignPayload,
  CampaignUpdateWorkflowInput,
  CampaignWorkflow,
  CampaignWorkflowBudgetInput,
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
  budget: CampaignWorkflowBudgetInput | undefined,
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
  if (!stored) problems.push({ pointer, message: `no campaign has id ${JSON.stringify(id)}` });
  else if (stored.archived) problems.push({ pointer, message: `campaign ${id} is archived` });
  return stored && !stored.archived ? stored : undefined;
}

export function planCampaignUpdate(
  state: SandboxState,
  input: CampaignUpdateWorkflowInput,
  pointer: string,
): Plan<CampaignPayload> {
  const problems: FieldProblem[] = [];
  const stored = findCampaignForEdit(state, input.id, `${pointer}/id`, problems);
  const p = input.primaryInput;
  if (p?.primaryGoal) checkGoal(p.primaryGoal, `${pointer}/primaryInput/primaryGoal`, problems);

  const build = (ids: Ids, track: FieldProblem[]) => {
    if (!stored) throw new Error('planCampaignUpdate: build without a campaign');
    const next = structuredClone(stored.campaign);
    let budgetChanged = false;
    if (p) {
      if (p.name !== undefined) next.name = p.name;
      if (p.description !== undefined) next.description = p.description;
      if (p.timeZone !== undefined) next.timeZone = p.timeZone;
      if (p.customCPAClickWeight !== undefined) next.customCPAClickWeight = p.customCPAClickWeight;
      if (p.customCPAViewthroughWeight !== undefined) {
        next.customCPAViewthroughWeight = p.customCPAViewthroughWeight;
      }
      if (p.customCPAType !== undefined) next.customCPAType = p.customCPAType;
      if (p.impressionsOnlyBudgetingCpm !== undefined) {
        next.impressionsOnlyBudgetingCpm = p.impressionsOnlyBudgetingCpm;
      }
      if (p.startDateInUtc != null) next.startDate = p.startDateInUtc;
      if (p.endDateInUtc !== undefined) next.endDate = p.endDateInUtc;
      if (p.primaryChannel !== undefined) next.primaryChannel = p.primaryChannel;
      if (p.primaryGoal) next.primaryGoal = goalName(p.primaryGoal) ?? next.primaryGoal ?? null;
      if (p.seedId !== undefined) next.seedId = p.seedId;
      if (p.campaignConversionReportingColumns !== undefined) {
        next.conversionReportingColumnsCount = p.campaignConversionReportingColumns?.length ?? 0;
      }
      // The API's campaign carries its budget on flights; an update moves the latest one.
      const latest = next.flights?.at(-1);
      if (p.budget && latest) {
        latest.budgetInAdvertiserCurrency = p.budget.budgetInAdvertiserCurrency;
        latest.budgetInImpressions =
          p.budget.budgetInImpressions ?? latest.budgetInImpressions ?? null;
        latest.dailyTargetInAdvertiserCurrency =
          p.budget.dailyTargetInAdvertiserCurrency ??
          latest.dailyTargetInAdvertiserCurrency ??
          null;
        latest.dailyTargetInImpressions =
          p.budget.dailyTargetInImpressions ?? latest.dailyTargetInImpressions ?? null;
        budgetChanged = true;
      }
    }
    const flights = input.advancedInput?.flights;
    if (flights && flights.length > 0) {
      next.flights = flightsFrom(flights, ids, `${pointer}/advancedInput/flights`, track);
      budgetChanged = true;
    }
    checkDates(next.startDate, next.endDate, `${pointer}/primaryInput/endDateInUtc`, track);
    return { next, budgetChanged };
  };

  if (stored) build(previewIds, problems);
  const adGroupsOf = (campaignId: string | null) =>
    [...state.adGroups.values()]
      .filter((g) => !g.archived && g.adGroup.campaignId === campaignId)
      .map((g) => structuredClone(g.adGroup));

  return {
    problems,
    preview: () => {
      const { next } = build(previewIds, []);
      return { campaign: next, adGroups: adGroupsOf(next.id) };
    },
    commit() {
      const { next, budgetChanged } = build(realIds(state), []);
      const target = stored as StoredCampaign;
      target.campaign = next;
      if (input.advancedInput?.purchaseOrderNumber !== undefined) {
        target.purchaseOrderNumber = input.advancedInput.purchaseOrderNumber;
      }
      target.version = state.newVersion();
      if (budgetChanged) target.budgetingVersion = target.version;
      return { campaign: structuredClone(next), adGroups: adGroupsOf(next.id) };
    },
  };
}
