import type { ClientRuntime } from './client-runtime.js';
import type { OperationRow } from './operation.js';
import type { deadline } from './signals.js';
import type { APIPromise, RequestOptions, ResultOptions } from './types.js';

/**
 * What polling and downloading take from the client, for one kind of job. Handed over rather
 * than imported: code-splitting bundlers place a module in a chunk by the set of chunks that
 * import it, so importing these from the helpers would move them out of the entry chunk into
 * one shared with the helpers, and every symbol crossing between chunks costs bytes on the
 * first load.
 */
export interface JobsRuntime {
  ctx: ClientRuntime;
  /** One status request: the `getStatus` of this kind of job. */
  poll(id: number | string, options: RequestOptions): Promise<unknown>;
  deadline: typeof deadline;
  /** The statuses of a finished job, from the spec. */
  terminalStatuses: readonly string[];
}

/**
 * What each job helper module (bulk-jobs.ts, graphql-bulk-jobs.ts) exports, as the client
 * calls it; the public types of these methods are in the generated resources.
 */
export interface JobHelpers {
  waitFor(jobs: JobsRuntime, id: unknown, options?: unknown): Promise<unknown>;
  result(jobs: JobsRuntime, status: unknown, options?: ResultOptions): Promise<string | null>;
  /**
   * The submit-wait-result convenience: `submit` makes the call of `row` that queues the job,
   * once the options have been checked.
   */
  andWait(
    jobs: JobsRuntime,
    row: OperationRow,
    submit: () => APIPromise<unknown>,
    options: unknown,
  ): Promise<unknown>;
}
