import type { Call, FailedAttempt } from './call.js';
import type { ClientRuntime } from './client-runtime.js';
import { WorkflowsError } from './errors.js';
import { largeAnswerOperations } from './generated/operations.js';
import { lazy } from './lazy.js';
import type { OperationRow } from './operation.js';
import { deadline, throwIfAborted } from './signals.js';
import type { APIPromise, RequestOptions } from './types.js';
import type { Checks } from './validation.js';

// One operation call: its URL, then the loop of its attempts. What happens between two
// attempts (a redirect followed, a retry decided and waited for, the final error) is the
// failure path, loaded on the first failed attempt.

const failurePath = lazy(() => import('./failed-attempt.js'));
let checks: Checks | undefined;
const loadChecks = lazy(async () => {
  checks = await (await import('./validation.js')).loadChecks();
  return checks;
});
const debugLines = lazy(() => import('./debug-log.js'));

/** Path templates split at their parameters (names at odd indices), once per template. */
const templates = new Map<string, string[]>();

/**
 * One operation call: the data as a promise, plus `.withResponse()` for the raw `Response`.
 * The loop of attempts is the promise itself: in Node each extra async layer on the way back
 * costs microseconds per call, which is what the client adds to a loopback request.
 */
export function callOperation(
  ctx: ClientRuntime,
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
    if (value == null) {
      missing ??= part;
    } else {
      url += i % 2 ? encodeURIComponent(String(value)) : part;
    }
  }
  let separator = '?';
  for (const name of queryNames) {
    if (options[name] !== undefined) {
      for (const value of [options[name]].flat()) {
        url += `${separator}${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`;
        separator = '&';
      }
    }
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
            return attemptUntilSettled(call);
          })
        : attemptUntilSettled(call)
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
  for (const name of queryNames) {
    if (options[name] !== undefined) {
      params.query[name] = options[name];
    }
  }
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

/**
 * The one loop of a call's attempts: it resolves to the data of the first that succeeds.
 * After a failed attempt the failure path follows a redirect (which takes no retry), or pauses
 * before a retry, or throws the call's final error; so the loop ends by a return or a throw.
 * The errors an attempt throws itself (timeouts, the caller's abort, a `WorkflowsError`) are
 * final.
 */
async function attemptUntilSettled(call: Call): Promise<unknown> {
  for (;;) {
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
    let failed: FailedAttempt;
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
        for (const name in options.headers) {
          headers[name.toLowerCase()] = options.headers[name] as string;
        }
        if (ctx.debug) {
          (await debugLines()).logRequest(ctx.log, method, call.url, headers, ctx.secretNames);
        }
        response = await ctx.fetch(call.url, {
          method,
          headers,
          body: body === undefined ? null : JSON.stringify(body),
          // A redirect is then an answer that is not ok: the failure path follows it by hand,
          // or refuses to (another origin), so the credential never follows one elsewhere.
          redirect: 'manual',
          signal: limit.signal,
        });
        text = await ctx.readAnswer(response, most);
        if (text === undefined) {
          throw (await failurePath()).tooLarge(operationId, most);
        }
        if (!response.ok) {
          error = text;
          try {
            error = JSON.parse(text);
          } catch {}
        }
      }
      if (ctx.debug) {
        ctx.log('debug', `← ${response.status} ${method} ${response.url} (${operationId})`);
      }
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
        if (responses !== 'off') {
          (checks ?? (await loadChecks())).response(
            ctx.log,
            responses,
            operationId,
            response.status,
            data,
            text,
          );
        }
        call.response = response;
        call.text = text;
        return data;
      }
      failed = { response, body: error };
    } catch (thrown) {
      if (thrown instanceof WorkflowsError) {
        throw thrown;
      }
      // Our own timer or the caller's signal: final, whatever the retry policy says.
      const aborted = limit.reason();
      if (aborted) {
        throw aborted;
      }
      failed = { thrown };
    } finally {
      limit.clear();
    }
    await (await failurePath()).afterFailedAttempt(call, failed);
  }
}
