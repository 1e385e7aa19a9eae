import type {
  GraphQLBulkJobRetrievalResponse,
  GraphQlBulkJob,
  GraphQlQueryJobInput,
} from '@workflows-api/types';
import { BulkJobStatusValues } from '@workflows-api/types';
import { parseGraphQL, resolveSelection, type Selection } from './graphql-query.js';
import {
  type BulkJob,
  expiryNotice,
  INLINE_RESULT_LIMIT_BYTES,
  type JobOutcome,
  progressOf,
  resultFields,
  statusOfParts,
} from './jobs.js';
import { FAIL_MARKER, hasMarker, LARGE_MARKER } from './markers.js';
import { badRequest } from './problem.js';

/**
 * GraphQL bulk jobs run a query like the GraphQL passthrough answers one, with
 * each top-level field as one part of the job: a field whose alias, name or
 * arguments contain `fail` fails (null data and a query error), one containing
 * `large` is a list of rows over 5 MB. No failed field is Success, all is
 * Failure, some is PartialSuccess, as for the items of a standard bulk job.
 */
export interface GraphQlJobWork {
  /** Top-level fields: the job's size, for its duration. */
  parts: number;
  run: () => JobOutcome;
}

/** Checks the query now (a 400 naming `/query` when it does not parse or is a mutation). */
export function graphQlJobWork(input: GraphQlQueryJobInput): GraphQlJobWork {
  const { kind, selections } = parseGraphQL(input.query, '/query');
  if (kind === 'mutation') {
    throw badRequest('A GraphQL bulk job runs queries only.', [
      { pointer: '/query', message: 'must be a query; send mutations to /graphqlrequest' },
    ]);
  }
  return {
    parts: selections.length,
    run: () => ({ ...runQuery(selections), remake: () => runQuery(selections).result }),
  };
}

/** A pure function of the query: run again, it gives the same result. */
function runQuery(selections: Selection[]): JobOutcome {
  const data: Record<string, unknown> = {};
  const errors: { message: string; path: string[] }[] = [];
  for (const s of selections) {
    const named = `${s.alias} ${s.field}(${s.args})`;
    if (hasMarker(named, FAIL_MARKER)) {
      data[s.alias] = null;
      errors.push({
        message: `${s.alias}: the sandbox fails fields whose name or arguments contain "${FAIL_MARKER}"`,
        path: [s.alias],
      });
    } else if (hasMarker(named, LARGE_MARKER)) {
      data[s.alias] = largeList(s);
    } else {
      data[s.alias] = resolveSelection(s, '', '', 'Query');
    }
  }
  return {
    status: statusOfParts(errors.length, selections.length),
    result: JSON.stringify(errors.length > 0 ? { data, errors } : { data }),
    errors: null,
    queryErrors: errors.map((e) => e.message),
  };
}

/** Rows of a field marked large, until they pass the spec's 5 MB inline limit. */
function largeList(s: Selection): unknown[] {
  const rows: unknown[] = [];
  let bytes = 0;
  // Every row serialises to at least a few bytes, so the loop ends.
  while (bytes < INLINE_RESULT_LIMIT_BYTES) {
    const row = resolveSelection(s, `[${rows.length}]`, '', 'Query');
    bytes += JSON.stringify(row).length + 1;
    rows.push(row);
  }
  return rows;
}

/** A GraphQL bulk job as its submit and status answers show it. */
export function graphQlBulkJobView(
  job: BulkJob,
  now: number,
  resultsBaseUrl: string,
): GraphQlBulkJob {
  const base = { id: job.id, createdAt: new Date(job.createdAt).toISOString() };
  const progress = progressOf(job, now);
  if (progress.phase !== 'finished') {
    const running = progress.phase === 'running';
    return {
      ...base,
      status: running ? BulkJobStatusValues.InProgress : BulkJobStatusValues.Queued,
      completionPercentage: running ? progress.percentage : 0,
      completedAt: null,
      url: null,
      rawResult: null,
      queryGqlErrors: null,
      runtimeErrors: null,
    };
  }
  const done = progress.finished;
  return {
    ...base,
    status: done.status,
    completionPercentage: 100,
    completedAt: new Date(done.completedAt).toISOString(),
    ...resultFields(job, done, resultsBaseUrl),
    queryGqlErrors: done.queryErrors && done.queryErrors.length > 0 ? done.queryErrors : null,
    runtimeErrors: null,
  };
}

/**
 * `BulkJobStatus` has no `ResultsExpired`: an expired GraphQL bulk job keeps
 * its final status, loses `rawResult` and `url`, and says why in `errors`.
 */
export function graphQlJobRetrieval(
  job: BulkJob,
  now: number,
  resultsBaseUrl: string,
): GraphQLBulkJobRetrievalResponse {
  const done = job.finished;
  return {
    job: graphQlBulkJobView(job, now, resultsBaseUrl),
    errors: done?.expired ? expiryNotice(job, done) : null,
  };
}
