import type { paths } from '@workflows-api/types';
import type { Client, Middleware } from 'openapi-fetch';
import { WorkflowsError } from './errors.js';
import { largeAnswerOperations } from './generated/operations.js';
import { lazy } from './lazy.js';
import type { Log } from './log.js';
import type { OperationRow } from './operation.js';
import type { readAnswer } from './read-body.js';
import { deadline, throwIfAborted } from './signals.js';
import type {
  APIPromise,
  ClientOptions,
  RequestOptions,
  RetryPolicy,
  ValidateMode,
} from './types.js';
import type { Checks } from './validation.js';

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
  onRetry: ClientOptions['onRetry'];
  /** The client's `maxResponseBytes`; undefined: each operation's default. */
  maxResponseBytes: number | undefined;
  maxResultBytes: number;
  /**
   * `read-body.ts`, handed over to the modules that load on demand rather than imported by
   * them (see jobs-runtime.ts: it stays in the first chunk, without a chunk of its own).
   */
  readAnswer: typeof readAnswer;
}

const failurePath = lazy(() => import('./failure.js'));
let checks: Checks | undefined;
const loadChecks = lazy(async () => {
  checks = await (await import('./validation.js')).loadChecks();
  return checks;
});
const debugLines = lazy(() => import('./debug-log.js'));

/** Path templates split at their parameters (names at odd indices), once per template. */
const templates = new Map<string, string[]>();

/**
 * One call, resolved once; every attempt sends it again as it is. A same-origin redirect
 * followed on the direct path moves it: `url`, and for a 301, 302 or 303 the method in `row`
 * (GET) and `body` (none), so that the attempts after it go there (failure.ts).
 */
export interface Call {
  ctx: Context;
  row: OperationRow;
  pathValues: readonly unknown[];
  body: unknown;
  options: RequestOptions & Record<string, unknown>;
  /** The URL openapi-fetch would build: path parameters simple-style, query form-style. */
  url: string;
  /** When the first attempt started: the retry policy's time budget counts from then. */
  started: number;
  /** The answer of the attempt that succeeded and its body, for `.withResponse()`. */
  response?: Response;
  text?: string;
  /**
   * Set by the failure path. An attempt then answers a failure by setting `failed` and
   * returning the call itself, instead of handing it to the failure path again.
   */
  retrying?: boolean;
  failed?: Failed;
}

/** How an attempt failed: the answer when there was one, else what fetch threw. */
export interface Failed {
  response?: Response;
  body?: unknown;
  thrown?: unknown;
}

/**
 * One operation call: the data as a promise, plus `.withResponse()` for the raw `Response`.
 * The first attempt is the promise itself: in Node each extra async layer on the way back
 * costs microseconds per call, which is what the client adds to a loopback request.
 */
export function send(
  ctx: Context,
  row: OperationRow,
  pathValues: readonly unknown[],
  body: unknown,
  options: RequestOptions & Record<string, unknown>,
): APIPromise<unknown> {
  const [operationId, , path, , , , queryNames] = row;
  let parts = templates.get(path);
  if (!parts) {
    parts = path.split(/\{([^{}]+)\}/);
    templates.set(path, parts);
  }
  let url = ctx.baseUrl;
  let missing: string | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const value = i % 2 ? pathValues[(i - 1) / 2] : part;
    if (value == null) missing ??= part;
    else url += i % 2 ? encodeURIComponent(String(value)) : part;
  }
  let separator = '?';
  for (const name of queryNames)
    if (options[name] !== undefined)
      for (const value of [options[name]].flat()) {
        url += `${separator}${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`;
        separator = '&';
      }
  const call: Call = { ctx, row, pathValues, body, options, url, started: Date.now() };
  const { requests } = ctx.validate;
  const data = (
    missing !== undefined
      ? Promise.reject(new WorkflowsError(`${operationId}: path parameter "${missing}" is missing`))
      : body !== undefined && requests !== 'off'
        ? loadChecks().then((c) => {
            c.request(ctx.log, requests, operationId, body);
            call.started = Date.now();
            return attempt(call);
          })
        : attempt(call)
  ) as APIPromise<unknown>;
  data.withResponse = () =>
    data.then((d) => ({ data: d, response: call.response as Response, text: call.text }));
  return data;
}

/**
 * Through openapi-fetch, for a client with middleware: the hooks see every attempt. Answers
 * as openapi-fetch does with `parseAs: 'text'`: the text on 2xx, else the body as JSON where
 * it is JSON.
 */
async function viaOpenapiFetch(
  {
    ctx,
    row: [operationId, method, path, , , pathNames, queryNames],
    pathValues,
    body,
    options,
  }: Call,
  signal: AbortSignal,
  maxResponseBytes: number,
): Promise<{ data?: unknown; error?: unknown; response: Response }> {
  const params = { path: {} as Record<string, unknown>, query: {} as Record<string, unknown> };
  pathNames.forEach((name, i) => {
    params.path[name] = pathValues[i];
  });
  for (const name of queryNames)
    if (options[name] !== undefined) params.query[name] = options[name];
  const raw = (await ctx.openapiFetch()) as unknown as {
    request(method: string, path: string, init: object): ReturnType<typeof viaOpenapiFetch>;
  };
  return raw.request(method, path, {
    params,
    body,
    headers: options.headers,
    signal,
    parseAs: 'text',
    // openapi-fetch copies these onto the Request, where its fetch reads them (raw-client.ts).
    operationId,
    maxResponseBytes,
  });
}

/** One attempt; it resolves to the data, and the errors it throws are final. */
export async function attempt(call: Call): Promise<unknown> {
  const { ctx, row, body, options } = call;
  const [operationId, method, path] = row;
  throwIfAborted(options.signal);
  const limit = deadline(
    options.timeoutMs ?? ctx.timeoutMs,
    options.signal,
    `${operationId} (${method} ${path})`,
  );
  // How many bytes of a 2xx answer to read: the call's `maxResponseBytes`, else the client's,
  // else 32 MiB for the answers the spec does not bound (job statuses, which may carry a
  // result inline; passthroughs) and 4 MiB for every other JSON answer.
  const most =
    options.maxResponseBytes ??
    ctx.maxResponseBytes ??
    (largeAnswerOperations.includes(operationId) ? 2 ** 25 : 2 ** 22);
  let failed: Failed;
  try {
    let response: Response;
    let text: string | undefined;
    let error: unknown;
    if (ctx.middleware.length) {
      const answer = await viaOpenapiFetch(call, limit.signal, most);
      response = answer.response;
      text = answer.data as string | undefined;
      error = answer.error;
    } else {
      // Lowest to highest precedence, as openapi-fetch merges them.
      const headers: Record<string, string> =
        body === undefined ? {} : { 'content-type': 'application/json' };
      const common = ctx.headers();
      Object.assign(headers, common instanceof Promise ? await common : common);
      for (const name in options.headers)
        headers[name.toLowerCase()] = options.headers[name] as string;
      if (ctx.debug)
        (await debugLines()).logRequest(ctx.log, method, call.url, headers, ctx.secretNames);
      response = await ctx.fetch(call.url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        // A redirect is then an answer that is not ok: the failure path follows it by hand, or
        // refuses to (another origin), so the credential never follows one elsewhere.
        redirect: 'manual',
        signal: limit.signal,
      });
      text = await ctx.readAnswer(response, most);
      if (text === undefined) throw (await failurePath()).tooLarge(operationId, most);
      if (!response.ok) {
        error = text;
        try {
          error = JSON.parse(text);
        } catch {}
      }
    }
    if (ctx.debug)
      ctx.log('debug', `← ${response.status} ${method} ${response.url} (${operationId})`);
    if (response.ok) {
      let data: unknown;
      if (text) {
        try {
          data = JSON.parse(text);
        } catch {
          throw (await failurePath()).notJSON(text, operationId);
        }
      }
      const { responses } = ctx.validate;
      if (responses !== 'off')
        (checks ?? (await loadChecks())).response(
          ctx.log,
          responses,
          operationId,
          response.status,
          data,
          text,
        );
      call.response = response;
      call.text = text;
      return data;
    }
    failed = { response, body: error };
  } catch (thrown) {
    if (thrown instanceof WorkflowsError) throw thrown;
    // Our own timer or the caller's signal: final, whatever the retry policy says.
    const aborted = limit.reason();
    if (aborted) throw aborted;
    failed = { thrown };
  } finally {
    limit.clear();
  }
  if (!call.retrying) return (await failurePath()).recover(call, failed, attempt);
  call.failed = failed;
  return call;
}
