export type { SandboxEnv } from './app-env.js';
export { DEFAULT_BODY_LIMIT_BYTES } from './body-limit.js';
export { type Clock, createManualClock, type ManualClock, systemClock } from './clock.js';
export { DroppedConnectionError, type FaultSettings } from './faults.js';
export { DEFAULT_SHUTDOWN_GRACE_MS } from './graceful-close.js';
export type { JobLimits, StoredDownload } from './job-store.js';
export {
  type BulkJob,
  DEFAULT_EXPIRED_JOB_RETENTION_MS,
  DEFAULT_MAX_JOBS,
  DEFAULT_RESULT_RETENTION_MS,
  type FinalStatus,
  type FinishedJob,
  type GraphQlJobOperation,
  INLINE_RESULT_LIMIT_BYTES,
  JOB_BASE_MS,
  JOB_PER_ITEM_MS,
  JOB_QUEUE_MS,
  type JobOperation,
  type JobOutcome,
  jobDuration,
  type OutcomeStatus,
  queueDuration,
} from './jobs.js';
export { FAIL_MARKER, LARGE_MARKER } from './markers.js';
export { type OperationRoute, operationRoutes } from './operations.js';
export { MAX_LISTED_ERRORS, type SandboxProblem } from './problem.js';
export {
  createSandbox,
  IN_PROCESS_RESULTS_URL,
  type RequestRecord,
  type Sandbox,
  type SandboxOptions,
} from './sandbox.js';
export { type RunningSandbox, type StartSandboxOptions, startSandbox } from './server.js';
export type { SandboxState, StoredAdGroup, StoredCampaign } from './state.js';
