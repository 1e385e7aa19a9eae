import { planCampaignCreate, planCampaignUpdate } from '../campaigns.js';
import { badRequest, type FieldProblem, notFound } from '../problem.js';
import { carryOut } from './carry-out.js';
import type { OperationHandlers, OperationsOf } from './operation-handler.js';
import { parseForceArchive, pathId } from './parameters.js';
import { bulkJob, nameAt, nameOrId } from './queued-jobs.js';

export const campaignHandlers: Pick<OperationHandlers, OperationsOf<'campaigns'>> = {
  createCampaign({ state, body, now }) {
    const plan = planCampaignCreate(state, body, '', now);
    return { status: 201, body: carryOut(plan, body.validateInputOnly) };
  },

  updateCampaign({ state, body }) {
    return {
      status: 200,
      body: carryOut(planCampaignUpdate(state, body, ''), body.validateInputOnly),
    };
  },

  archiveCampaigns(input) {
    const { state, body: ids } = input;
    const force = parseForceArchive(input);
    const problems: FieldProblem[] = [];
    ids.forEach((id, i) => {
      const stored = state.campaigns.get(id);
      if (!stored) {
        problems.push({ pointer: `/${i}`, message: `no campaign has id ${JSON.stringify(id)}` });
      } else if (!force && !stored.archived) {
        const live = [...state.adGroups.values()].filter(
          (g) => !g.archived && g.adGroup.campaignId === id,
        );
        if (live.length > 0) {
          problems.push({
            pointer: `/${i}`,
            message: `campaign ${id} still has ${live.length} ad group(s); archive them first or pass forceArchive=true`,
          });
        }
      }
    });
    if (problems.length > 0) {
      throw badRequest('Some campaigns cannot be archived; none were.', problems);
    }
    for (const id of ids) {
      const stored = state.campaigns.get(id);
      if (!stored || stored.archived) {
        continue;
      }
      stored.archived = true;
      stored.version = state.newVersion();
      for (const g of state.adGroups.values()) {
        if (g.adGroup.campaignId === id) {
          g.archived = true;
        }
      }
    }
    return { status: 200, body: ids };
  },

  getCampaignVersion(input) {
    const id = pathId(input);
    const stored = input.state.campaigns.get(id);
    if (!stored) {
      throw notFound(`No campaign has id ${JSON.stringify(id)}.`);
    }
    return {
      status: 200,
      body: { Id: id, version: stored.version, budgetingVersion: stored.budgetingVersion },
    };
  },

  bulkCreateCampaigns(input) {
    return bulkJob(
      input,
      'bulkCreateCampaigns',
      input.body,
      (i) => nameAt(i.primaryInput.name),
      (state, item, pointer) => planCampaignCreate(state, item, pointer, input.now),
    );
  },

  bulkUpdateCampaigns(input) {
    return bulkJob(input, 'bulkUpdateCampaigns', input.body, nameOrId, planCampaignUpdate);
  },
};
