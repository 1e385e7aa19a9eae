import type { GraphQLBulkJobError, GraphQlBulkJobResponse } from '@workflows-api/types';
import { WorkflowsError } from './errors.js';

// Errors of the job helpers, as bare classes (see errors.ts): the helpers, which load on
// demand, write their messages and fields.

/**
 * A standard job finished, but the API no longer keeps its result (`ResultsExpired`): the
 * result cannot be had any more, only by running the job again.
 */
export class ResultsExpiredError extends WorkflowsError {
  override name = 'ResultsExpiredError';
  declare readonly jobId: number;
}

/** The answer to a GraphQL bulk job submission has no job id, or reports errors. */
export class GraphQlBulkJobSubmitError extends WorkflowsError {
  override name = 'GraphQlBulkJobSubmitError';
  /** The answer's `payload.errors` (empty when it has none). */
  declare readonly errors: GraphQLBulkJobError[];
  /** The answer as received. */
  declare readonly response: GraphQlBulkJobResponse | undefined;
}

/** A GraphQL bulk job status answer without the job. */
export class GraphQlBulkJobStatusError extends WorkflowsError {
  override name = 'GraphQlBulkJobStatusError';
  /** The id polled for, when known. */
  declare readonly jobId: string | undefined;
  /** The answer's `errors`. */
  declare readonly errors: string | null;
}

/**
 * Polls of a job gave no status the client knows, several in a row: a status outside the
 * spec's enum (an API newer than this client), none, or an empty answer. Waiting would never
 * end, since none of them is known to be final.
 */
export class UnknownJobStatusError extends WorkflowsError {
  override name = 'UnknownJobStatusError';
  declare readonly jobId: string;
  /** The last answer's status (undefined when it had none). */
  declare readonly status: unknown;
  /** How many polls in a row gave no known status. */
  declare readonly polls: number;
}
