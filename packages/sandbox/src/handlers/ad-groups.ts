import { planAdGroupCreate, planAdGroupUpdate } from '../ad-group-plans.js';
import { badRequest, type FieldProblem } from '../problem.js';
import { carryOut } from './carry-out.js';
import type { OperationHandlers, OperationsOf } from './operation-handler.js';
import { parseForceArchive } from './parameters.js';
import { bulkJob, nameAt, nameOrId } from './queued-jobs.js';

export const adGroupHandlers: Pick<OperationHandlers, OperationsOf<'adGroups'>> = {
  createAdGroup({ state, body }) {
    const adGroup = carryOut(planAdGroupCreate(state, body, ''), body.validateInputOnly);
    // The spec's bodiless 200 is the answer to a create that only validates.
    return body.validateInputOnly ? { status: 200 } : { status: 201, body: adGroup };
  },

  updateAdGroup({ state, body }) {
    return {
      status: 200,
      body: carryOut(planAdGroupUpdate(state, body, ''), body.validateInputOnly),
    };
  },

  archiveAdGroups(input) {
    const { state, body: ids } = input;
    const force = parseForceArchive(input);
    const problems: FieldProblem[] = [];
    ids.forEach((id, i) => {
      const stored = state.adGroups.get(id);
      if (!stored) {
        problems.push({ pointer: `/${i}`, message: `no ad group has id ${JSON.stringify(id)}` });
      } else if (!force && !stored.archived && stored.adGroup.isEnabled) {
        problems.push({
          pointer: `/${i}`,
          message: `ad group ${id} is enabled (running); disable it first or pass forceArchive=true`,
        });
      }
    });
    if (problems.length > 0) {
      throw badRequest('Some ad groups cannot be archived; none were.', problems);
    }
    for (const id of ids) {
      const stored = state.adGroups.get(id);
      if (stored) {
        stored.archived = true;
      }
    }
    return { status: 200, body: ids };
  },

  bulkCreateAdGroups(input) {
    return bulkJob(
      input,
      'bulkCreateAdGroups',
      input.body,
      (i) => nameAt(i.primaryInput.name),
      planAdGroupCreate,
    );
  },

  bulkUpdateAdGroups(input) {
    return bulkJob(input, 'bulkUpdateAdGroups', input.body, nameOrId, planAdGroupUpdate);
  },
};
