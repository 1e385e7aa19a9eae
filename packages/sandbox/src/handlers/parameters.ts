import type { OperationId, OperationParameters } from '@workflows-api/types';
import { badRequest } from '../problem.js';

/**
 * Each helper takes only the operations whose spec declares the parameter it
 * reads; test/spec-facts.test.ts holds what each accepts to the generated
 * `validateParameters`, whose wording the sandbox's 400s do not use.
 */
interface WithPathId {
  param(name: 'id'): string | undefined;
}
interface WithForceArchive {
  query(name: 'forceArchive'): string | undefined;
}

/** The spec's type of a query parameter `N` of `K`. */
type QueryValue<K extends OperationId, N extends string> = NonNullable<
  NonNullable<OperationParameters<K>['query']> extends infer Q
    ? N extends keyof Q
      ? Q[N]
      : never
    : never
>;

/**
 * `forceArchive` of either archive operation; absent is false, as the spec's
 * default says. (Its return type is the spec's: a compile error if the spec
 * stops declaring a boolean.)
 */
export function parseForceArchive(
  input: WithForceArchive,
): QueryValue<'archiveCampaigns' | 'archiveAdGroups', 'forceArchive'> {
  const raw = input.query('forceArchive');
  if (raw === undefined || raw === 'false') {
    return false;
  }
  if (raw === 'true') {
    return true;
  }
  throw badRequest('forceArchive must be true or false.', [
    { pointer: 'query.forceArchive', message: `must be true or false, got ${JSON.stringify(raw)}` },
  ]);
}

/** A path id that is blank cannot name anything: a 400 naming `path.id`. */
export function pathId(input: WithPathId): string {
  const id = input.param('id') ?? '';
  if (id.trim() === '') {
    throw badRequest('The id in the path is blank.', [
      { pointer: 'path.id', message: 'must not be blank' },
    ]);
  }
  return id;
}

/**
 * Ids of both kinds of job are int64 (the GraphQL status path declares a string,
 * but the job's `id` is int64); the sandbox's fit in a JSON number exactly.
 */
export function parseJobId(input: WithPathId): number {
  const raw = input.param('id');
  const id = raw !== undefined && /^\d{1,19}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(id)) {
    throw badRequest('The job id is not an int64.', [
      { pointer: 'path.id', message: `must be a non-negative integer, got ${JSON.stringify(raw)}` },
    ]);
  }
  return id;
}
