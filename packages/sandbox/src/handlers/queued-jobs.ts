import { type StandardJobSubmitResponse, WorkflowStatusValues } from '@workflows-api/types';
import type { Plan } from '../campaigns.js';
import {
  type BulkJob,
  forgottenJobNotice,
  GRAPHQL_JOB_OPERATION,
  type GraphQlJobOperation,
  type ItemReport,
  type JobOperation,
  type JobOutcome,
  jobDuration,
  outcomeOfItems,
  queueDuration,
} from '../jobs.js';
import { FAIL_MARKER, hasMarker } from '../markers.js';
import type { FieldProblem } from '../problem.js';
import type { SandboxState } from '../state.js';
import type { SandboxContext } from './operation-handler.js';

export interface ItemName {
  value: string | null | undefined;
  /** Where the name sits in the item. */
  pointer: string;
}

export const nameAt = (value: string | null | undefined): ItemName => ({
  value,
  pointer: '/primaryInput/name',
});

export const nameOrId = (item: {
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

/** Stores a new job of `items` parts; only GraphQL bulk jobs wait in a queue first. */
export function queueJob(
  ctx: SandboxContext,
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

/** The 202 of an operation that queues a standard job. */
export function submitJob(
  ctx: SandboxContext,
  operationId: JobOperation,
  items: number,
  run: (job: BulkJob) => JobOutcome,
): { status: 202; body: StandardJobSubmitResponse } {
  return { status: 202, body: { id: queueJob(ctx, operationId, items, run).id } };
}

/**
 * A bulk job over `items`: each item is planned when the job finishes (so it
 * sees the state of that moment), fails on purpose when its name says so,
 * and is stored unless the job only validates.
 */
export function bulkJob<I>(
  ctx: SandboxContext,
  operationId: JobOperation,
  input: { input?: I[] | null; validateInputOnly?: boolean | null },
  nameOf: (item: I) => ItemName,
  plan: (
    state: SandboxState,
    item: I,
    pointer: string,
  ) => Plan<{ campaign?: { id: string | null }; adGroup?: { id: string | null } }>,
): { status: 202; body: StandardJobSubmitResponse } {
  const items = input.input ?? [];
  const validateOnly = input.validateInputOnly === true;
  return submitJob(ctx, operationId, items.length, (job) => {
    const reports: ItemReport[] = items.map((item, index) => {
      const onPurpose = failsOnPurpose(nameOf(item));
      if (onPurpose) {
        return {
          index,
          status: WorkflowStatusValues.Failure,
          errors: [{ ...onPurpose, pointer: `/input/${index}${onPurpose.pointer}` }],
        };
      }
      const p = plan(ctx.state, item, `/input/${index}`);
      if (p.problems.length > 0) {
        return { index, status: WorkflowStatusValues.Failure, errors: p.problems };
      }
      const done = validateOnly ? p.preview() : p.commit();
      const id = done.campaign?.id ?? done.adGroup?.id ?? undefined;
      return id
        ? { index, status: WorkflowStatusValues.Success, id }
        : { index, status: WorkflowStatusValues.Success };
    });
    return outcomeOfItems({ id: job.id, operationId }, reports, validateOnly);
  });
}

/** Why no job of the kind asked for has `id`: never had, or forgotten (a job of the other kind says nothing). */
export function unknownJob(
  ctx: SandboxContext,
  kind: string,
  id: number,
  otherKind: BulkJob | undefined,
): string {
  return !otherKind && ctx.state.issuedJobId(id)
    ? forgottenJobNotice(kind, id, ctx.jobLimits)
    : `No ${kind} has id ${id}.`;
}
