import type { Call, FailedAttempt } from './call.js';
import type { ClientRuntime } from './client-runtime.js';
import { apiError } from './error-factory.js';
import { type APIError, ConnectionError, WorkflowsError } from './errors.js';
import { authHeader, specRetryPolicy } from './generated/operations.js';
import type { OperationRow } from './operation.js';
import { redactHeaders } from './redact-headers.js';
import { nextHop } from './redirects.js';
import { decideRetry } from './retry-decision.js';
import { sleep } from './sleep.js';
import type { RequestOptions, RetryPolicy } from './types.js';

// The failure path of a call, loaded on the first failed attempt (or redirect, or answer over
// its size limit): a client whose calls succeed never loads the error factory, the redirect
// rules and the retry policy. The attempts themselves are made by the one loop of
// call-operation.ts; this module decides what happens between them.

// The errors an attempt throws itself, from here so that the failure path is one thing to load.
export { notJSON, tooLarge } from './error-factory.js';

function policyOf(ctx: ClientRuntime, override: RequestOptions['retries']): RetryPolicy | false {
  if (override === 'spec') {
    return specRetryPolicy;
  }
  return override === false ? false : override ? { ...ctx.retryBase, ...override } : ctx.retries;
}

/**
 * The header of the request that HTTP cannot carry (a line break, a control character, one
 * above U+00FF, or a bad name), if any: fetch refuses such a request before sending it, with
 * a TypeError that looks like a network failure and quotes the value (the credential).
 */
async function unsendableHeader(
  ctx: ClientRuntime,
  options: RequestOptions,
): Promise<string | undefined> {
  const headers = { ...(await ctx.headers()), ...options.headers };
  for (const name in headers) {
    try {
      new Headers([[name, headers[name] as string]]);
    } catch {
      return name;
    }
  }
  return undefined;
}

/** The rest of the call goes where a redirect points: the next attempt reads `call`. */
function moveCall(call: Call, { url, init }: NonNullable<ReturnType<typeof nextHop>>): void {
  call.url = url;
  // The call's body, or none (`nextHop` drops it for a redirect that is no 307 or 308).
  call.body = init.body;
  call.row = call.row.map((v, i) => (i === 1 ? init.method : v)) as unknown as OperationRow;
}

/** Why fetch failed, with the reason it gives underneath (`connect ECONNREFUSED …`). */
function reasonOf(thrown: unknown): string {
  const cause = (thrown as { cause?: { message?: string; code?: string } })?.cause;
  const below = cause?.message || cause?.code;
  return `${(thrown as Error)?.message ?? thrown}${below ? ` (${below})` : ''}`;
}

/** The typed error of a failed attempt: what the call throws when it is not retried. */
function errorOf(
  ctx: ClientRuntime,
  [operationId, method, path]: OperationRow,
  attempts: number,
  elapsedMs: number,
  failed: FailedAttempt,
): APIError | ConnectionError {
  return failed.response
    ? apiError(
        failed.response.status,
        failed.body === '' ? undefined : failed.body,
        redactHeaders(failed.response.headers, ctx.secretNames),
        operationId,
      )
    : new ConnectionError(
        `${operationId}: ${method} ${path} failed after ${attempts} attempt${attempts > 1 ? 's' : ''} over ${(elapsedMs / 1000).toFixed(1)} s: ${reasonOf(failed.thrown)}`,
        { cause: failed.thrown },
        { attempts, elapsedMs },
      );
}

/**
 * Between a failed attempt and the next: follows a same-origin redirect by moving the call
 * (no retry taken), else pauses before a retry when `decideRetry` allows one, else throws the
 * attempt's typed error. A redirect that is not followed is a `RedirectError`. It counts the
 * redirects and retries of the call as it goes.
 */
export async function afterFailedAttempt(call: Call, failed: FailedAttempt): Promise<void> {
  const { ctx, options, retries = 0, hops = 0 } = call;
  const [operationId, method] = call.row;
  if (failed.response) {
    // The body only stands for itself here: `nextHop` keeps it or drops it.
    const init = { method, body: call.body as BodyInit };
    const hop = nextHop(failed.response, call.url, init, operationId, hops);
    if (hop) {
      moveCall(call, hop);
      call.hops = hops + 1;
      return;
    }
  } else {
    // No retry can send what HTTP cannot carry: say so at once, without the value.
    const header = await unsendableHeader(ctx, options).catch(() => undefined);
    if (header) {
      throw new WorkflowsError(
        `${operationId}: ${header.toLowerCase() === authHeader.toLowerCase() ? `the credential (\`auth\`, sent as ${authHeader})` : `header "${header}"`} has a character an HTTP header cannot carry (a line break, a control character or one above U+00FF); nothing was sent`,
      );
    }
  }
  const now = Date.now();
  const elapsedMs = now - call.started;
  const attempts = retries + 1;
  const error = errorOf(ctx, call.row, attempts, elapsedMs, failed);
  const { retry, delayMs } = decideRetry(
    error,
    {
      retries,
      method,
      retryNonIdempotent: options.retryNonIdempotent,
      retryAfter: failed.response?.headers.get('retry-after') ?? null,
      elapsedMs,
      now,
      jitter: Math.random(),
    },
    policyOf(ctx, options.retries),
  );
  if (!retry) {
    throw error;
  }
  call.retries = attempts;
  // At the default level: a retry means trouble, and a silent one looks like a hang.
  ctx.log(
    'warn',
    `${operationId}: ${failed.response ? failed.response.status : `connection failed (${reasonOf(failed.thrown)})`}; retry ${attempts} in ${Math.round(delayMs)} ms`,
  );
  ctx.onRetry?.({ operationId, retry: attempts, delayMs, error });
  await sleep(delayMs, options.signal);
}
