import { type APIError, ConnectionError, ResponseTooLargeError } from './call-errors.js';
import { apiError, invalidResponse } from './error-factory.js';
import { WorkflowsError } from './errors.js';
import { authHeader, specRetryPolicy } from './generated/operations.js';
import type { OperationRow } from './operation.js';
import { redactHeaders } from './redact-headers.js';
import { nextHop } from './redirects.js';
import type { Call, Context, Failed } from './request.js';
import { isIdempotent, neverSent, retriesStatus, retryDelay } from './retry.js';
import { sleep } from './sleep.js';
import type { RequestOptions, RetryPolicy } from './types.js';

// The failure path of a call, loaded on the first failed attempt (or redirect, or answer over
// its size limit): a client whose calls succeed never loads the error classes and the retry
// policy.

export const notJSON = (text: string, operationId: string) =>
  invalidResponse(
    [{ path: '', message: 'is not JSON', keyword: 'json', schemaPath: '' }],
    text,
    operationId,
  );

export const tooLarge = (what: string, limit: number) =>
  new ResponseTooLargeError(
    `${what}: the answer is larger than ${limit} bytes (maxResponseBytes); the rest was not read`,
    undefined,
    { limit },
  );

function policyFor(ctx: Context, override: RequestOptions['retries']): RetryPolicy | false {
  if (override === 'spec') return specRetryPolicy;
  return override === false ? false : override ? { ...ctx.retryBase, ...override } : ctx.retries;
}

/**
 * The header of the request that HTTP cannot carry (a line break, a control character, one
 * above U+00FF, or a bad name), if any: fetch refuses such a request before sending it, with
 * a TypeError that looks like a network failure and quotes the value (the credential).
 */
async function unsendableHeader(
  ctx: Context,
  options: RequestOptions,
): Promise<string | undefined> {
  const headers = { ...(await ctx.headers()), ...options.headers };
  for (const name in headers)
    try {
      new Headers([[name, headers[name] as string]]);
    } catch {
      return name;
    }
  return undefined;
}

/** The rest of the call goes where a redirect points: the next attempt reads `call`. */
function redirect(call: Call, { url, init }: NonNullable<ReturnType<typeof nextHop>>): void {
  call.url = url;
  // The call's body, or none (`nextHop` drops it for a redirect that is no 307 or 308).
  call.body = init.body;
  call.row = call.row.map((v, i) => (i === 1 ? init.method : v)) as unknown as OperationRow;
}

/**
 * After a failed first attempt: follows a same-origin redirect (which takes no retry), retries
 * while the policy allows, else throws the typed error.
 */
export async function recover(
  call: Call,
  failed: Failed,
  attempt: (call: Call) => Promise<unknown>,
): Promise<unknown> {
  const { ctx, options, started } = call;
  const policy = policyFor(ctx, options.retries);
  call.retrying = true;
  for (let retry = 0, hops = 0; ; ) {
    const [operationId, method] = call.row;
    // The body only stands for itself here: `nextHop` keeps it or drops it.
    const init = { method, body: call.body as BodyInit };
    const hop = failed.response && nextHop(failed.response, call.url, init, operationId, hops);
    if (hop) {
      hops++;
      redirect(call, hop);
    } else {
      if (!failed.response) {
        // No retry can send what HTTP cannot carry: say so at once, without the value.
        const header = await unsendableHeader(ctx, options).catch(() => undefined);
        if (header)
          throw new WorkflowsError(
            `${operationId}: ${header.toLowerCase() === authHeader.toLowerCase() ? `the credential (\`auth\`, sent as ${authHeader})` : `header "${header}"`} has a character an HTTP header cannot carry (a line break, a control character or one above U+00FF); nothing was sent`,
          );
      }
      const { error, wait } = assess(ctx, call.row, options, policy, retry++, started, failed);
      if (wait < 0) throw error;
      ctx.onRetry?.({ operationId, retry, delayMs: wait, error });
      await sleep(wait, options.signal);
    }
    const next = await attempt(call);
    if (next !== call) return next;
    failed = call.failed as Failed;
  }
}

/** Why fetch failed, with the reason it gives underneath (`connect ECONNREFUSED …`). */
function reasonOf(thrown: unknown): string {
  const cause = (thrown as { cause?: { message?: string; code?: string } })?.cause;
  const below = cause?.message || cause?.code;
  return `${(thrown as Error)?.message ?? thrown}${below ? ` (${below})` : ''}`;
}

/** The typed error of a failed attempt, and how long to pause before retrying (-1: don't). */
export function assess(
  ctx: Context,
  [operationId, method, path]: OperationRow,
  options: RequestOptions,
  policy: RetryPolicy | false,
  retry: number,
  started: number,
  { response, body, thrown }: Failed,
): { error: APIError | ConnectionError; wait: number } {
  const elapsedMs = Date.now() - started;
  const attempts = retry + 1;
  const error = response
    ? apiError(
        response.status,
        body === '' ? undefined : body,
        redactHeaders(response.headers, ctx.secretNames),
        operationId,
      )
    : new ConnectionError(
        `${operationId}: ${method} ${path} failed after ${attempts} attempt${attempts > 1 ? 's' : ''} over ${(elapsedMs / 1000).toFixed(1)} s: ${reasonOf(thrown)}`,
        { cause: thrown },
        { attempts, elapsedMs },
      );
  const retryable =
    policy &&
    retry < policy.maxRetries &&
    (response ? retriesStatus(policy, response.status) : policy.retryConnectionErrors) &&
    // A retried POST must not create a second campaign or job behind the caller's back.
    (isIdempotent(method) || options.retryNonIdempotent || (!response && neverSent(thrown)));
  let wait = retryable
    ? retryDelay(policy, retry, response?.headers.get('retry-after') ?? null)
    : -1;
  if (policy && elapsedMs + wait > policy.maxElapsedTimeMs) wait = -1;
  // At the default level: a retry means trouble, and a silent one looks like a hang.
  if (wait >= 0)
    ctx.log(
      'warn',
      `${operationId}: ${response ? response.status : `connection failed (${reasonOf(thrown)})`}; retry ${attempts} in ${Math.round(wait)} ms`,
    );
  return { error, wait };
}
