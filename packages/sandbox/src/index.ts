export { type Clock, createManualClock, type ManualClock, systemClock } from './clock.js';
export { DroppedConnectionError, type FaultSettings } from './faults.js';
export { FAIL_MARKER } from './handlers.js';
export {
  type BulkJob,
  type FinalStatus,
  INLINE_RESULT_LIMIT_BYTES,
  JOB_BASE_MS,
  JOB_PER_ITEM_MS,
  type JobOperation,
  type JobOutcome,
  jobDuration,
} from './jobs.js';
export { type OperationRoute, operationRoutes } from './operations.js';
export type { SandboxProblem } from './problem.js';
export {
  createSandbox,
  IN_PROCESS_RESULTS_URL,
  type RequestRecord,
  type Sandbox,
  type SandboxOptions,
} from './sandbox.js';
export { type RunningSandbox, type StartSandboxOptions, startSandbox } from './server.js';
export type { SandboxState, StoredAdGroup, StoredCampaign } from './state.js';
