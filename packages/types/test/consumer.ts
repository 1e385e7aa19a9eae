// A consumer's view of @workflows-api/types. `pnpm typecheck` compiles this
// file, and consumer.test.ts compiles it through the TypeScript API, so a
// change to the generated types that breaks users breaks the build.
import {
  type BulkJobStatusResponse,
  type CampaignCreateWorkflowInputWithValidation,
  type GetBulkJobStatusResponse,
  type OperationBody,
  type OperationErrorResponse,
  type OperationSuccessResponse,
  operationIds,
  type ProblemDetails,
  type paths,
  WorkflowStatus,
} from '@workflows-api/types';

type StatusOperation = paths['/bulkjob/{id}/status']['get'];
type StatusPath = StatusOperation['parameters']['path'];
type StatusOk = StatusOperation['responses'][200]['content']['application/json'];

export const pathParams: StatusPath = { id: 42 };

export const status: StatusOk = {
  id: 9_007_199_254_740_991,
  createdAtUtc: '2025-01-01T00:00:00Z',
  status: 'InProgress',
  completionPercentage: null,
};
export const sameType: BulkJobStatusResponse = status;
export const fromHelper: GetBulkJobStatusResponse = status;
export const viaGeneric: OperationSuccessResponse<'getBulkJobStatus'> = status;

export const terminal = WorkflowStatus.filter((s) => s !== 'InProgress');
export const first: WorkflowStatus = WorkflowStatus[0];

export const problem: ProblemDetails = { title: 'Bad', status: 400, traceId: 'abc' };
export const errorBody: OperationErrorResponse<'getBulkJobStatus'> = problem;

export const body: OperationBody<'createCampaign'> =
  {} as CampaignCreateWorkflowInputWithValidation;
export const ids: readonly string[] = operationIds;

// @ts-expect-error an unknown status is not a WorkflowStatus
export const wrongStatus: WorkflowStatus = 'Cancelled';

// @ts-expect-error the id is an int64 number on the wire, never a string
export const wrongId: BulkJobStatusResponse = { ...status, id: '42' };

// @ts-expect-error createdAtUtc is required
export const missing: BulkJobStatusResponse = { id: 1, status: 'Success' };

// @ts-expect-error wire names are camelCase
export const snake: BulkJobStatusResponse = { ...status, created_at_utc: '2025-01-01T00:00:00Z' };
