import type {
  OperationBody,
  OperationId,
  OperationParameters,
  OperationResponses,
  ResponseBody,
  SuccessStatus,
} from '@workflows-api/types';
import type { OperationTable } from '@workflows-api/types/operations';
import type { JobLimits } from '../job-store.js';
import type { SandboxState } from '../state.js';

/** The names of one kind of parameter (`path`, `query`) an operation declares; never if none. */
type NamesIn<P> = [NonNullable<P>] extends [never] ? never : keyof NonNullable<P> & string;

export type PathParameterName<K extends OperationId> = NamesIn<OperationParameters<K>['path']>;
export type QueryParameterName<K extends OperationId> = NamesIn<OperationParameters<K>['query']>;

/** The sandbox as every handler sees it. */
export interface SandboxContext {
  state: SandboxState;
  /** The sandbox clock's time of this request; jobs are settled up to it. */
  now: number;
  jobSpeed: number;
  resultsBaseUrl: string;
  jobLimits: JobLimits;
}

/** What a handler of operation `K` is given: its body as the spec types it, and the sandbox. */
export interface OperationInput<K extends OperationId> extends SandboxContext {
  /** The request body, already checked against the spec (the JSON-body middleware did). */
  body: OperationBody<K>;
  /** A path parameter the spec declares for `K`, as sent. */
  param(name: PathParameterName<K>): string | undefined;
  /** A query parameter the spec declares for `K`, as sent. */
  query(name: QueryParameterName<K>): string | undefined;
}

type SuccessStatusOf<K extends OperationId> = keyof OperationResponses<K> & SuccessStatus;

/**
 * The success answers the spec documents for `K`, each status with its own
 * body: a bodiless status takes none, any other exactly its schema's type.
 * Errors are not replies: they are thrown as a `ProblemException`.
 */
export type SuccessReply<K extends OperationId> = {
  [S in SuccessStatusOf<K>]: [ResponseBody<OperationResponses<K>[S]>] extends [undefined]
    ? { status: S; body?: undefined }
    : { status: S; body: ResponseBody<OperationResponses<K>[S]> };
}[SuccessStatusOf<K>];

/** Answers operation `K`: its body in, one of its documented success answers out. */
export type OperationHandler<K extends OperationId> = (input: OperationInput<K>) => SuccessReply<K>;

/** One handler per operation of the spec, each typed by its own operation. */
export type OperationHandlers = { readonly [K in OperationId]: OperationHandler<K> };

/** The operations of the spec's resource groups `G` (`x-speakeasy-group`), as the operation table lists them. */
export type OperationsOf<G extends string> = {
  [K in OperationId]: OperationTable[K]['group'] extends G ? K : never;
}[OperationId];
