import {
  graphQlBulkJobTerminalStatuses,
  terminalStatuses,
  type WaitOptions,
  type WorkflowsClient,
  WorkflowsError,
} from '@workflows-api/client';
import type { GraphQlBulkJob, StandardJobStatusResponse } from '@workflows-api/types';
import { formatGraphQlJob, formatStatus } from './format.js';

/** What `job` and `graphql-job` share: the same three commands over a different status shape. */
export interface JobKind<S extends { status: string; completionPercentage?: number | null }> {
  /** The command group, e.g. `graphql-job`. */
  group: string;
  /** How messages name one job, e.g. `GraphQL job 7`. */
  label(id: string): string;
  /** Reads the id off the command line; undefined when it is not one. */
  parseId(raw: string): string | undefined;
  terminal: readonly string[];
  getStatus(client: WorkflowsClient, id: string, signal?: AbortSignal): Promise<S>;
  waitFor(client: WorkflowsClient, id: string, options: WaitOptions<S>): Promise<S>;
  result(client: WorkflowsClient, status: S, signal?: AbortSignal): Promise<string | null>;
  format(status: S): string;
}

/** Standard jobs: the API's ids are int64, and this command accepts the ones a JS number holds exactly. */
export const standardJobs: JobKind<StandardJobStatusResponse> = {
  group: 'job',
  label: (id) => `Job ${id}`,
  parseId: (raw) => (/^\d{1,16}$/.test(raw) && Number.isSafeInteger(Number(raw)) ? raw : undefined),
  terminal: terminalStatuses,
  getStatus: (client, id, signal) => client.bulkJobs.getStatus(Number(id), { signal }),
  waitFor: (client, id, options) => client.bulkJobs.waitFor(Number(id), options),
  result: (client, status, signal) => client.bulkJobs.result(status, { signal }),
  format: formatStatus,
};

/** GraphQL bulk jobs: the id stays a digit string end to end, so no id is ever rounded. */
export const graphQlJobs: JobKind<GraphQlBulkJob> = {
  group: 'graphql-job',
  label: (id) => `GraphQL job ${id}`,
  parseId: (raw) => (/^\d{1,19}$/.test(raw) ? raw : undefined),
  terminal: graphQlBulkJobTerminalStatuses,
  async getStatus(client, id, signal) {
    const answer = await client.graphQlBulkJobs.getStatus(id, { signal });
    if (answer.job) {
      return answer.job;
    }
    throw new WorkflowsError(
      `GraphQL job ${id}: the status answer has no job${answer.errors ? ` (${answer.errors})` : ''}`,
    );
  },
  waitFor: (client, id, options) => client.graphQlBulkJobs.waitFor(id, options),
  result: (client, status, signal) => client.graphQlBulkJobs.result(status, { signal }),
  format: formatGraphQlJob,
};
