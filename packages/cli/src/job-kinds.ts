import {
  graphQlBulkJobTerminalStatuses,
  terminalStatuses,
  type WaitOptions,
  type WorkflowsClient,
  WorkflowsError,
} from '@workflows-api/client';
import type { GraphQlBulkJob, StandardJobStatusResponse } from '@workflows-api/types';
import { formatGraphQlJob, formatStatus } from './format.js';
import { parseJsonSource } from './json-source.js';

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
  /**
   * The id of the job a submit answered with, read digit for digit from the answer's text
   * (an int64 beyond 2^53 would be rounded in the parsed body).
   */
  submittedId(answerText: string): string;
}

/** The digits at `pointer` of a submit's answer, checked by `kind.parseId`. */
function idIn(kind: Pick<JobKind<never>, 'parseId'>, text: string, pointer: string) {
  let raw: string | undefined;
  try {
    raw = parseJsonSource(text, 'the answer').rawAt(pointer);
  } catch {
    raw = undefined;
  }
  const id = raw === undefined ? undefined : kind.parseId(raw);
  if (id === undefined) {
    throw new WorkflowsError(
      raw === undefined
        ? `the answer has no job id at ${pointer}, so there is no job to wait for`
        : `the answer's job id ${raw} is not one this command can poll exactly`,
    );
  }
  return id;
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
  submittedId: (text) => idIn(standardJobs, text, '/id'),
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
  submittedId(text) {
    let errors: unknown;
    try {
      errors = (JSON.parse(text) as { payload?: { errors?: unknown } }).payload?.errors;
    } catch {
      errors = undefined;
    }
    if (Array.isArray(errors) && errors.length > 0) {
      const messages = errors.map((e: { message?: unknown }) => e?.message ?? '(no message)');
      throw new WorkflowsError(
        `the API reported errors for the GraphQL bulk job: ${messages.join('; ')}`,
      );
    }
    return idIn(graphQlJobs, text, '/payload/data/id');
  },
};
