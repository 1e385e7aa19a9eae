import { WorkflowsError } from './errors.js';
import { specRetryPolicy } from './generated/operations.js';
import { lazy } from './lazy.js';
import type { Log } from './log.js';
import type { OperationRow } from './operation.js';
import { deadline, sleep, throwIfAborted } from './signals.js';
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

function policyFor(ctx: Context, override: RequestOptions['retries']): RetryPolicy | false {
  return override === false
    ? false
    : override
      ? { ...specRetryPolicy, ...ctx.retries, ...override }
      : ctx.retries;
}

/**
 * One operation call: sends through openapi-fetch, retries by the policy, and turns every
 * failure into a typed error.
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

  const policy = policyFor(ctx, options.retries);
  const timeoutMs = options.timeoutMs ?? ctx.timeoutMs;
  const started = Date.now();
  for (let retry = 0; ; retry++) {
    throwIfAborted(options.signal);
    const attempt = deadline(timeoutMs, options.signal, `${operationId} (${method} ${path})`);
    let response: Response | undefined;
    let body: unknown;
    let thrown: unknown;
    try {
      const result = await ctx.raw.request(method, path, {
        params,
        body: requestBody,
        headers: options.headers,
        signal: attempt.signal,
        // Text, so a malformed body can be reported as it came.
        parseAs: 'text',
      });
      response = result.response;
      ctx.log('debug', `← ${response.status} ${method} ${response.url} (${operationId})`);
      if (response.ok) {
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
      }
      body = result.error;
    } catch (error) {
      if (error instanceof WorkflowsError) throw error;
      // Our own timer or the caller's signal: final, whatever the retry policy says.
      const aborted = attempt.reason();
      if (aborted) throw aborted;
      thrown = error;
    } finally {
      attempt.clear();
    }
    const { error, wait } = (await failurePath()).assess(ctx, row, options, policy, {
      retry,
      started,
      response,
      body,
      thrown,
    });
    if (wait < 0) throw error;
    await sleep(wait, options.signal);
  }
}

/** The data as a promise, plus `.withResponse()` for the raw `Response`. */
export function apiPromise<T>(sent: Promise<Sent<T>>): APIPromise<T> {
  const data = sent.then((r) => r.data) as APIPromise<T>;
  // Callers who only use `.withResponse()` must not get an unhandled rejection from `data`.
  data.catch(() => {});
  data.withResponse = () => sent;
  return data;
}
