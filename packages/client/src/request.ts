import type { paths } from '@workflows-api/types';
import type { Client, Middleware } from 'openapi-fetch';
import { WorkflowsError } from './errors.js';
import { lazy } from './lazy.js';
import type { Log } from './log.js';
import type { OperationRow } from './operation.js';
import { deadline, throwIfAborted } from './signals.js';
import type { APIPromise, RequestOptions, RetryPolicy, ValidateMode } from './types.js';
import type { Checks } from './validation.js';

interface RequestInit {
  params: { path: Record<string, unknown>; query: Record<string, unknown> };
  body: unknown;
  headers: Record<string, string> | undefined;
  signal: AbortSignal;
}

/**
 * One call by method and path template, answered the way openapi-fetch answers with
 * `parseAs: 'text'`: the body text on 2xx, else the body parsed as JSON where it is JSON.
 */
export interface Requester {
  request(
    method: string,
    path: string,
    init: RequestInit & { parseAs: 'text' },
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** Everything a call needs from its client, resolved once at construction. */
export interface Context {
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  /** The configured headers (lower-case names), with the credential when it is a string. */
  staticHeaders: Record<string, string>;
  credential: string | (() => Promise<string>);
  /** Headers of every API request (lower-case names), the credential included; read-only. */
  headers(): Readonly<Record<string, string>> | Promise<Readonly<Record<string, string>>>;
  /** openapi-fetch middleware of the client; while there is any, calls go through openapi-fetch. */
  middleware: readonly Middleware[];
  openapiFetch(): Promise<Client<paths>>;
  debug: boolean;
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
let checks: Checks | undefined;
const loadChecks = lazy(async () => {
  checks = await (await import('./validation.js')).loadChecks();
  return checks;
});
const debugLines = lazy(() => import('./debug-log.js'));

/** Path templates split at their parameters, once per template. */
const templates = new Map<string, string[]>();

/**
 * Calls without middleware: straight to fetch, with the URL, headers and body openapi-fetch
 * would have built. Skipping its `new Request()` per call is most of the gap to raw fetch.
 */
async function directRequest(
  ctx: Context,
  method: string,
  path: string,
  { params, body, headers, signal }: RequestInit,
): ReturnType<Requester['request']> {
  let url = ctx.baseUrl;
  const parts = templates.get(path) ?? templates.set(path, path.split(/\{([^{}]+)\}/)).get(path);
  // Literal text at even indices, parameter names at odd ones.
  parts?.forEach((part, i) => {
    url += i % 2 ? encodeURIComponent(String(params.path[part])) : part;
  });
  let separator = '?';
  for (const name in params.query)
    for (const value of [params.query[name]].flat()) {
      url += `${separator}${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`;
      separator = '&';
    }
  // Lowest to highest precedence, as openapi-fetch merges them.
  const all: Record<string, string> =
    body === undefined ? {} : { 'content-type': 'application/json' };
  const common = ctx.headers();
  Object.assign(all, common instanceof Promise ? await common : common);
  for (const name in headers) all[name.toLowerCase()] = headers[name] as string;
  if (ctx.debug) (await debugLines()).logRequest(ctx.log, method, url, all, ctx.secretNames);
  const response = await ctx.fetch(url, {
    method,
    headers: all,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  const text = await response.text();
  if (response.ok) return { data: text, response };
  let error: unknown = text;
  try {
    error = JSON.parse(text);
  } catch {}
  return { error, response };
}

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
 * One operation call: sends it (through openapi-fetch when there is middleware) and turns
 * the answer into data. A failed attempt goes to the failure path (loaded then), which
 * retries by the policy or throws the typed error.
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
  for (let i = 0; i < pathNames.length; i++) {
    if (pathValues[i] == null)
      throw new WorkflowsError(`${operationId}: path parameter "${pathNames[i]}" is missing`);
    params.path[pathNames[i] as string] = pathValues[i];
  }
  for (const name of queryNames)
    if (options[name] !== undefined) params.query[name] = options[name];

  const { requests, responses } = ctx.validate;
  if (requestBody !== undefined && requests !== 'off')
    (checks ?? (await loadChecks())).request(ctx.log, requests, operationId, requestBody);

  const timeoutMs = options.timeoutMs ?? ctx.timeoutMs;
  const attempt: Attempt = async () => {
    throwIfAborted(options.signal);
    const limit = deadline(timeoutMs, options.signal, `${operationId} (${method} ${path})`);
    try {
      const init = {
        params,
        body: requestBody,
        headers: options.headers,
        signal: limit.signal,
        // Text, so a malformed body can be reported as it came.
        parseAs: 'text',
      } as const;
      const result = ctx.middleware.length
        ? await ((await ctx.openapiFetch()) as unknown as Requester).request(method, path, init)
        : await directRequest(ctx, method, path, init);
      const { response } = result;
      if (ctx.debug)
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
        (checks ?? (await loadChecks())).response(
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
