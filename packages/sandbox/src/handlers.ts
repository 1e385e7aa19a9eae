import type {
  AdGroupBulkCreateWorkflowInputWithValidation,
  AdGroupBulkUpdateWorkflowInputWithValidation,
  AdGroupCreateWorkflowInputWithValidation,
  AdGroupUpdateWorkflowInputWithValidation,
  CallRestApiWorkflowInput,
  CampaignBulkCreateWorkflowInputWithValidation,
  CampaignBulkUpdateWorkflowInputWithValidation,
  CampaignCreateWorkflowInputWithValidation,
  CampaignUpdateWorkflowInputWithValidation,
  CampaignVersionWorkflow,
  FirstPartyDataInput,
  GraphQLRequestInput,
  GraphQlBulkJobResponse,
  GraphQlQueryJobInput,
  OperationId,
  ThirdPartyDataInput,
} from '@workflows-api/types';
import { planAdGroupCreate, planAdGroupUpdate } from './ad-group-plans.js';
import { type Plan, planCampaignCreate, planCampaignUpdate } from './campaigns.js';
import { firstPartyDataJob, thirdPartyDataJob } from './data-jobs.js';
import { graphQlBulkJobView, graphQlJobRetrieval, graphQlJobWork } from './graphql-jobs.js';
import type { JobLimits } from './job-store.js';
import {
  type BulkJob,
  forgottenJobNotice,
  GRAPHQL_JOB_OPERATION,
  type GraphQlJobOperation,
  type ItemReport,
  isGraphQlJob,
  type JobOperation,
  type JobOutcome,
  jobDuration,
  outcomeOfItems,
  queueDuration,
  standardJobStatus,
} from './jobs.js';
import { FAIL_MARKER, hasMarker } from './markers.js';
import { answerGraphQL, answerRestRequest } from './passthrough.js';
import { badRequest, type FieldProblem, notFound } from './problem.js';
import type { SandboxState } from './state.js';

export interface HandlerContext {
  state: SandboxState;
  now: number;
  /** The request body, already checked against the spec. */
  body: unknown;
  param(name: string): string | undefined;
  query(name: string): string | undefined;
  jobSpeed: number;
  resultsBaseUrl: string;
  jobLimits: JobLimits;
}

export interface Reply {
  status: number;
  /** Absent for a bodiless answer. */
  body?: unknown;
}

export type Handler = (ctx: HandlerContext) => Reply;

interface ItemName {
  value: string | null | undefined;
  /** Where the name sits in the item. */
  pointer: string;
}

const nameAt = (value: string | null | undefined): ItemName => ({
  value,
  pointer: '/primaryInput/name',
});
const nameOrId = (item: {
  id: string | null;
  primaryInput?: { name?: string | null };
}): ItemName =>
  item.primaryInput?.name != null
    ? nameAt(item.primaryInput.name)
    : { value: item.id, pointer: '/id' };

function failsOnPurpose({ value: name, pointer }: ItemName): FieldProblem | undefined {
  if (hasMarker(name, FAIL_MARKER)) {
    return {
      pointer,
      message: `the sandbox fails items whose name contains "${FAIL_MARKER}" (got ${JSON.stringify(name)})`,
    };
  }
  return undefined;
}

function applyPlan<T>(
  plan: Plan<T>,
  validateOnly: boolean | null | undefined,
  status: number,
): Reply {
  if (plan.problems.length > 0)
    throw badRequest(
      'The request names things that do not exist or do not fit together.',
      plan.problems,
    );
  return { status, body: validateOnly ? plan.preview() : plan.commit() };
}

/** Stores a new job of `items` parts; only GraphQL bulk jobs wait in a queue first. */
function queueJob(
  ctx: HandlerContext,
  operationId: JobOperation | GraphQlJobOperation,
  items: number,
  run: (job: BulkJob) => JobOutcome,
): BulkJob {
  const job: BulkJob = {
    id: ctx.state.newJobId(),
    operationId,
    createdAt: ctx.now,
    queuedMs: operationId === GRAPHQL_JOB_OPERATION ? queueDuration(ctx.jobSpeed) : 0,
    durationMs: jobDuration(items, ctx.jobSpeed),
    run: () => run(job),
  };
  ctx.state.addJob(job);
  return job;
}

function submitJob(
  ctx: HandlerContext,
  operationId: JobOperation,
  items: number,
  run: (job: BulkJob) => JobOutcome,
): Reply {
  return { status: 202, body: { id: queueJob(ctx, operationId, items, run).id } };
}

/**
 * A bulk job over `items`: each item is planned when the job finishes (so it
 * sees the state of that moment), fails on purpose when its name says so,
 * and is stored unless the job only validates.
 */
function bulkJob<I>(
  ctx: HandlerContext,
  operationId: JobOperation,
  input: { input?: I[] | null; validateInputOnly?: boolean | null },
  nameOf: (item: I) => ItemName,
  plan: (
    state: SandboxState,
    item: I,
    pointer: string,
  ) => Plan<{ campaign?: { id: string | null }; adGroup?: { id: string | null } }>,
): Reply {
  const items = input.input ?? [];
  const validateOnly = input.validateInputOnly === true;
  return submitJob(ctx, operationId, items.length, (job) => {
    const reports: ItemReport[] = items.map((item, index) => {
      const onPurpose = failsOnPurpose(nameOf(item));
      if (onPurpose) {
        return {
          index,
          status: 'Failure',
          errors: [{ ...onPurpose, pointer: `/input/${index}${onPurpose.pointer}` }],
        };
      }
      const p = plan(ctx.state, item, `/input/${index}`);
      if (p.problems.length > 0) return { index, status: 'Failure', errors: p.problems };
      const done = validateOnly ? p.preview() : p.commit();
      const id = done.campaign?.id ?? done.adGroup?.id ?? undefined;
      return id ? { index, status: 'Success', id } : { index, status: 'Success' };
    });
    return outcomeOfItems({ id: job.id, operationId }, reports, validateOnly);
  });
}

function parseForceArchive(ctx: HandlerContext): boolean {
  const raw = ctx.query('forceArchive');
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  throw badRequest('forceArchive must be true or false.', [
    { pointer: 'query.forceArchive', message: `must be true or false, got ${JSON.stringify(raw)}` },
  ]);
}

function archiveCampaigns(ctx: HandlerContext): Reply {
  const ids = ctx.body as string[];
  const force = parseForceArchive(ctx);
  const problems: FieldProblem[] = [];
  ids.forEach((id, i) => {
    const stored = ctx.state.campaigns.get(id);
    if (!stored)
      problems.push({ pointer: `/${i}`, message: `no campaign has id ${JSON.stringify(id)}` });
    else if (!force && !stored.archived) {
      const live = [...ctx.state.adGroups.values()].filter(
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
  if (problems.length > 0)
    throw badRequest('Some campaigns cannot be archived; none were.', problems);
  for (const id of ids) {
    const stored = ctx.state.campaigns.get(id);
    if (!stored || stored.archived) continue;
    stored.archived = true;
    stored.version = ctx.state.newVersion();
    for (const g of ctx.state.adGroups.values()) if (g.adGroup.campaignId === id) g.archived = true;
  }
  return { status: 200, body: ids };
}

function archiveAdGroups(ctx: HandlerContext): Reply {
  const ids = ctx.body as string[];
  const force = parseForceArchive(ctx);
  const problems: FieldProblem[] = [];
  ids.forEach((id, i) => {
    const stored = ctx.state.adGroups.get(id);
    if (!stored)
      problems.push({ pointer: `/${i}`, message: `no ad group has id ${JSON.stringify(id)}` });
    else if (!force && !stored.archived && stored.adGroup.isEnabled) {
      problems.push({
        pointer: `/${i}`,
        message: `ad group ${id} is enabled (running); disable it first or pass forceArchive=true`,
      });
    }
  });
  if (problems.length > 0)
    throw badRequest('Some ad groups cannot be archived; none were.', problems);
  for (const id of ids) {
    const stored = ctx.state.adGroups.get(id);
    if (stored) stored.archived = true;
  }
  return { status: 200, body: ids };
}

/** A path id that is blank cannot name anything: a 400 naming `path.id`. */
function pathId(ctx: HandlerContext): string {
  const id = ctx.param('id') ?? '';
  if (id.trim() === '') {
    throw badRequest('The id in the path is blank.', [
      { pointer: 'path.id', message: 'must not be blank' },
    ]);
  }
  return id;
}

/**
 * Ids of both kinds of job are int64 (the GraphQL status path declares a string,
 * but the job's `id` is int64); the sandbox's fit in a JSON number exactly.
 */
function parseJobId(raw: string | undefined): number {
  const id = raw !== undefined && /^\d{1,19}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(id)) {
    throw badRequest('The job id is not an int64.', [
      { pointer: 'path.id', message: `must be a non-negative integer, got ${JSON.stringify(raw)}` },
    ]);
  }
  return id;
}

/** Why no job of the kind asked for has `id`: never had, or forgotten (a job of the other kind says nothing). */
function unknownJob(
  ctx: HandlerContext,
  kind: string,
  id: number,
  otherKind: BulkJob | undefined,
): string {
  return !otherKind && ctx.state.issuedJobId(id)
    ? forgottenJobNotice(kind, id, ctx.jobLimits)
    : `No ${kind} has id ${id}.`;
}

export const handlers: { readonly [K in OperationId]: Handler } = {
  createCampaign(ctx) {
    const body = ctx.body as CampaignCreateWorkflowInputWithValidation;
    return applyPlan(planCampaignCreate(ctx.state, body, '', ctx.now), body.validateInputOnly, 201);
  },
  updateCampaign(ctx) {
    const body = ctx.body as CampaignUpdateWorkflowInputWithValidation;
    return applyPlan(planCampaignUpdate(ctx.state, body, ''), body.validateInputOnly, 200);
  },
  archiveCampaigns,
  getCampaignVersion(ctx) {
    const id = pathId(ctx);
    const stored = ctx.state.campaigns.get(id);
    if (!stored) throw notFound(`No campaign has id ${JSON.stringify(id)}.`);
    const body: CampaignVersionWorkflow = {
      Id: id,
      version: stored.version,
      budgetingVersion: stored.budgetingVersion,
    };
    return { status: 200, body };
  },
  bulkCreateCampaigns(ctx) {
    const body = ctx.body as CampaignBulkCreateWorkflowInputWithValidation;
    return bulkJob(
      ctx,
      'bulkCreateCampaigns',
      body,
      (i) => nameAt(i.primaryInput.name),
      (state, item, pointer) => planCampaignCreate(state, item, pointer, ctx.now),
    );
  },
  bulkUpdateCampaigns(ctx) {
    const body = ctx.body as CampaignBulkUpdateWorkflowInputWithValidation;
    return bulkJob(ctx, 'bulkUpdateCampaigns', body, nameOrId, planCampaignUpdate);
  },
  createAdGroup(ctx) {
    const body = ctx.body as AdGroupCreateWorkflowInputWithValidation;
    const plan = planAdGroupCreate(ctx.state, body, '');
    const reply = applyPlan(plan, body.validateInputOnly, 201);
    // The spec's bodiless 200 is the answer to a create that only validates.
    return body.validateInputOnly ? { status: 200 } : reply;
  },
  updateAdGroup(ctx) {
    const body = ctx.body as AdGroupUpdateWorkflowInputWithValidation;
    return applyPlan(planAdGroupUpdate(ctx.state, body, ''), body.validateInputOnly, 200);
  },
  archiveAdGroups,
  bulkCreateAdGroups(ctx) {
    const body = ctx.body as AdGroupBulkCreateWorkflowInputWithValidation;
    return bulkJob(
      ctx,
      'bulkCreateAdGroups',
      body,
      (i) => nameAt(i.primaryInput.name),
      planAdGroupCreate,
    );
  },
  bulkUpdateAdGroups(ctx) {
    const body = ctx.body as AdGroupBulkUpdateWorkflowInputWithValidation;
    return bulkJob(ctx, 'bulkUpdateAdGroups', body, nameOrId, planAdGroupUpdate);
  },
  submitFirstPartyDataJob(ctx) {
    const work = firstPartyDataJob(ctx.body as FirstPartyDataInput);
    return submitJob(ctx, 'submitFirstPartyDataJob', 10, work);
  },
  submitThirdPartyDataJob(ctx) {
    const work = thirdPartyDataJob(ctx.body as ThirdPartyDataInput);
    return submitJob(ctx, 'submitThirdPartyDataJob', 10, work);
  },
  getBulkJobStatus(ctx) {
    const id = parseJobId(ctx.param('id'));
    const job = ctx.state.jobs.get(id);
    if (!job || isGraphQlJob(job)) throw notFound(unknownJob(ctx, 'bulk job', id, job));
    return { status: 200, body: standardJobStatus(job, ctx.now, ctx.resultsBaseUrl) };
  },
  submitGraphQlBulkQueryJob(ctx) {
    const work = graphQlJobWork(ctx.body as GraphQlQueryJobInput);
    const job = queueJob(ctx, GRAPHQL_JOB_OPERATION, work.parts, work.run);
    const body: GraphQlBulkJobResponse = {
      payload: { data: graphQlBulkJobView(job, ctx.now, ctx.resultsBaseUrl), errors: null },
      errors: null,
    };
    return { status: 200, body };
  },
  getGraphQlBulkJobStatus(ctx) {
    const id = parseJobId(ctx.param('id'));
    const job = ctx.state.jobs.get(id);
    if (!job || !isGraphQlJob(job)) throw notFound(unknownJob(ctx, 'GraphQL bulk job', id, job));
    return { status: 200, body: graphQlJobRetrieval(job, ctx.now, ctx.resultsBaseUrl) };
  },
  postGraphQLRequest(ctx) {
    return { status: 200, body: answerGraphQL(ctx.body as GraphQLRequestInput) };
  },
  callPubApi(ctx) {
    return { status: 200, body: answerRestRequest(ctx.body as CallRestApiWorkflowInput) };
  },
};
