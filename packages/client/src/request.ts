import { WorkflowsError } from './errors.js';
import { lazy } from './lazy.js';
import type { Log } from './log.js';
import type { OperationRow } from './operation.js';
import { deadline, throwIfAborted } from './signals.js';
import type { APIPromise, RequestOptions, RetryPolicy, ValidateMode } from './types.js';

/** The slice of openapi-fetch the runtime drives: one call by method and path template. */
export interface RawRequester {
  request(
    method: string,
    path: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** Everything a call needs from its client, resolved once at construction. */
export interface Context {
  raw: RawRequester;
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  /** Headers of every API request, the credential included. */
  headers(): Promise<Record<string, string>>;
  secretNames: ReadonlySet<string>;
  timeoutMs: number;
  retries: RetryPolicy | false;
  /** What a per-call `retries` policy completes: the client's, else the spec's. */
  retryBase: RetryPolicy;
  validate: { responses: ValidateMode; requests: ValidateMode };
  log: Log;
  maxResultBytes: number;
}

const failurePath = lazy(() => import('./failure.js'));
const validation = lazy(() => import('./validation.js'));

export interface Sent<T> {
  data: T;
  response: Response;
}

/** How an attempt failed: the answer when there was one, else what fetch threw. */
export interface Failed {
  response?: Response;
  body?: unknown;
  thrown?: unknown;
}

/** One attempt, with everything `send` resolved; the errors it throws are final. */
export type Attempt = () => Promise<Sent<unknown> | Failed>;

/**
 * One operation call: sends through openapi-fetch and turns the answer into data. A failed
 * attempt goes to the failure path (loaded then), which retries by the policy or throws
 * the typed error.
 */
export async function send(
  ctx: Context,
  row: OperationRow,
  pathValues: readonly unknown[],
  requestBody: unknown,
  options: RequestOptions & Record<string, unknown>,
): Promise<Sent<unknown>> {
  const [operationId, method, path, , , pathNames, queryNames] = row;
  const params: { path: Record<string, unknown>; query: Record<string, unknown> } = {
    path: {},
    query: {},
  };
  pathNames.forEach((name, i) => {
    if (pathValues[i] === undefined || pathValues[i] === null)
      throw new WorkflowsError(`${operationId}: path parameter "${name}" is missing`);
    params.path[name] = pathValues[i];
  });
  for (const name of queryNames)
    if (options[name] !== undefined) params.query[name] = options[name];

  const { requests, responses } = ctx.validate;
  if (requestBody !== undefined && requests !== 'off')
    await (await validation()).checkRequest(ctx.log, requests, operationId, requestBody);

  const timeoutMs = options.timeoutMs ?? ctx.timeoutMs;
  const attempt: Attempt = async () => {
    throwIfAborted(options.signal);
    const limit = deadline(timeoutMs, options.signal, `${operationId} (${method} ${path})`);
    try {
      const result = await ctx.raw.request(method, path, {
        params,
        body: requestBody,
        headers: options.headers,
        signal: limit.signal,
        // Text, so a malformed body can be reported as it came.
        parseAs: 'text',
      });
      const { response } = result;
      ctx.log('debug', `← ${response.status} ${method} ${response.url} (${operationId})`);
      if (!response.ok) return { response, body: result.error };
      const text = result.data as string | undefined;
      let data: unknown;
      if (text) {
        try {
          data = JSON.parse(text);
        } catch {
          throw (await failurePath()).notJSON(text, operationId);
        }
      }
      if (responses !== 'off')
        await (await validation()).checkResponse(
          ctx.log,
          responses,
          operationId,
          response.status,
          data,
          text,
        );
      return { data, response };
    } catch (thrown) {
      if (thrown instanceof WorkflowsError) throw thrown;
      // Our own timer or the caller's signal: final, whatever the retry policy says.
      const aborted = limit.reason();
      if (aborted) throw aborted;
      return { thrown };
    } finally {
      limit.clear();
    }
  };
  const started = Date.now();
  const first = await attempt();
  return 'data' in first
    ? first
    : (await failurePath()).recover(ctx, row, options, attempt, first, started);
}

/** The data as a promise, plus `.withResponse()` for the raw `Response`. */
export function apiPromise<T>(sent: Promise<Sent<T>>): APIPromise<T> {
  const data = sent.then((r) => r.data) as APIPromise<T>;
  // Callers who only use `.withResponse()` must not get an unhandled rejection from `data`.
  data.catch(() => {});
  data.withResponse = () => sent;
  return data;
}
