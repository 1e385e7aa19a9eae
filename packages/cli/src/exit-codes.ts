import { BulkJobStatusValues, WorkflowStatusValues } from '@workflows-api/types';

/**
 * Exit codes of `workflows`. `job wait` exits by the job's final status, so
 * scripts can branch on the outcome without parsing output.
 */
export const exitCodes = {
  /** The command worked; for `job wait`, the job ended in Success. */
  ok: 0,
  /** The API answered with an error, or could not be reached. */
  apiError: 1,
  /** Bad command line or configuration (unknown option, no credential). */
  usage: 2,
  /** `job wait`: the job ended in Failure. */
  jobFailure: 3,
  /** `job wait`: the job ended in PartialSuccess. */
  jobPartialSuccess: 4,
  /** `job wait --timeout` ran out, or `job result` was asked of a job still running. */
  notFinished: 5,
  /** The job finished, but the API no longer keeps its result (`ResultsExpired`): run it again. */
  resultsExpired: 6,
  /** `graphql-job wait`: the job was cancelled. */
  jobCancelled: 7,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

export function exitCodeOfStatus(status: string): ExitCode {
  switch (status) {
    case WorkflowStatusValues.Success:
      return exitCodes.ok;
    case WorkflowStatusValues.PartialSuccess:
      return exitCodes.jobPartialSuccess;
    case WorkflowStatusValues.Failure:
      return exitCodes.jobFailure;
    case WorkflowStatusValues.ResultsExpired:
      return exitCodes.resultsExpired;
    case BulkJobStatusValues.Cancelled:
      return exitCodes.jobCancelled;
    default:
      return exitCodes.notFinished;
  }
}
