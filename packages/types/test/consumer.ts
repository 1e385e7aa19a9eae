// A consumer's view of @workflows-api/types. `pnpm typecheck` compiles this
// file, and consumer.test.ts compiles it through the TypeScript API, so a
// change to the generated types that breaks users breaks the build.
import {
  BulkJobStatus,
  type BulkJobStatusResponse,
  type BulkJobSubmitResponse,
  type CallPubApiWorkflowInput,
  type CallRestApiWorkflowInput,
  type CampaignCreateWorkflowInputWithValidation,
  type CampaignUpdateWorkflowBudgetInput,
  type CampaignWorkflowROIGoalInput,
  type GetBulkJobStatusResponse,
  type GetGraphQlBulkJobStatusResponse,
  type GraphQlBulkJob,
  type OperationBody,
  type OperationErrorResponse,
  type OperationSuccessResponse,
  operationIds,
  type ProblemDetails,
  PubApiMethodType,
  type paths,
  type RestApiMethodType,
  type SchemaByName,
  type StandardJobStatusResponse,
  type StandardJobSubmitResponse,
  schemaAliases,
  WorkflowStatus,
} from '@workflows-api/types';

type StatusOperation = paths['/standardjob/{id}/status']['get'];
type StatusPath = StatusOperation['parameters']['path'];
type StatusOk = StatusOperation['responses'][200]['content']['application/json'];

export const pathParams: StatusPath = { id: 42 };

export const status: StatusOk = {
  id: 9_007_199_254_740_991,
  createdAtUtc: '2025-01-01T00:00:00Z',
  status: 'InProgress',
  completionPercentage: null,
};
export const sameType: StandardJobStatusResponse = status;
export const fromHelper: GetBulkJobStatusResponse = status;
export const viaGeneric: OperationSuccessResponse<'getBulkJobStatus'> = status;
export const expired: StandardJobStatusResponse = { ...status, status: 'ResultsExpired' };

export const terminal = WorkflowStatus.filter((s) => s !== 'InProgress');
export const first: WorkflowStatus = WorkflowStatus[0];

// GraphQL bulk jobs have their own state enum, with Queued and Cancelled.
export const graphQlJob: GraphQlBulkJob = {
  id: 7,
  createdAt: '2025-10-10T09:00:00Z',
  status: 'Queued',
  runtimeErrors: null,
};
export const retrieved: GetGraphQlBulkJobStatusResponse = { job: graphQlJob, errors: null };
export const cancelled: BulkJobStatus = BulkJobStatus[5];

// The wire spells this property in PascalCase.
export const goal: CampaignWorkflowROIGoalInput = { NewBuyerTargetValue: 3 };
export const pacingOnly: CampaignUpdateWorkflowBudgetInput = { pacingMode: 'PaceEvenly' };

export const problem: ProblemDetails = { title: 'Bad', status: 400, traceId: 'abc' };
export const errorBody: OperationErrorResponse<'getBulkJobStatus'> = problem;

export const body: OperationBody<'createCampaign'> =
  {} as CampaignCreateWorkflowInputWithValidation;
export const ids: readonly string[] = operationIds;

// Former names (deprecated) are the same types and values as the current names.
export const oldStatus: BulkJobStatusResponse = status;
export const backToNew: StandardJobStatusResponse = oldStatus;
export const oldSubmit: BulkJobSubmitResponse = { id: 1 } satisfies StandardJobSubmitResponse;
export const oldCall: CallPubApiWorkflowInput = {
  methodType: PubApiMethodType[2],
  endpoint: '/v3/campaign/abc',
} satisfies CallRestApiWorkflowInput;
export const sameValues: typeof RestApiMethodType = PubApiMethodType;
export const aliasTarget: 'StandardJobStatusResponse' = schemaAliases.BulkJobStatusResponse;
export const byOldName: SchemaByName<'BulkJobStatusResponse'> = status;

// @ts-expect-error an unknown status is not a WorkflowStatus
export const wrongStatus: WorkflowStatus = 'Cancelled';

// @ts-expect-error Queued is a GraphQL bulk job state, not a standard job state
export const queued: WorkflowStatus = 'Queued';

// @ts-expect-error the id is an int64 number on the wire, never a string
export const wrongId: StandardJobStatusResponse = { ...status, id: '42' };

// @ts-expect-error createdAtUtc is required
export const missing: StandardJobStatusResponse = { id: 1, status: 'Success' };

export const snake: StandardJobStatusResponse = {
  ...status,
  // @ts-expect-error wire names are camelCase
  created_at_utc: '2025-01-01T00:00:00Z',
};

// @ts-expect-error a former name has the rules of the current name: createdAtUtc is required
export const oldMissing: BulkJobStatusResponse = { id: 1, status: 'Success' };

export const amount: CampaignUpdateWorkflowBudgetInput = {
  pacingMode: 'PaceAhead',
  // @ts-expect-error the narrowed campaign update takes no amount
  budgetInAdvertiserCurrency: 1,
};

// @ts-expect-error NewBuyerTargetValue is PascalCase on the wire
export const camel: CampaignWorkflowROIGoalInput = { newBuyerTargetValue: 3 };
