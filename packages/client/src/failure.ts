import { type APIError, ConnectionError } from './call-errors.js';
import { apiError, invalidResponse } from './error-factory.js';
import type { OperationRow } from './operation.js';
import { redactHeaders } from './redact-headers.js';
import type { Call, Context, Failed } from './request.js';
import { isIdempotent, neverSent, retriesStatus, retryDelay } from './retry.js';
import { sleep } from './sleep.js';
import type { RequestOptions, RetryPolicy } from './types.js';

// The failure path of a call, loaded on the first failed attempt: a client whose calls
// succeed never loads the error classes and the retry policy.

export const notJSON = (text: string, operationId: string) =>
  invalidResponse(
    [{ path: '', message: 'is not JSON', keyword: 'json', schemaPath: '' }],
    text,
    operationId,
  );

function policyFor(ctx: Context, override: RequestOptions['retries']): RetryPolicy | false {
  return override === false ? false : override ? { ...ctx.retryBase, ...override } : ctx.retries;
}

/** After a failed first attempt: retries while the policy allows, else throws the typed error. */
export async function recover(
  call: Call,
  failed: Failed,
  attempt: (call: Call) => Promise<unknown>,
): Promise<unknown> {
  const { ctx, row, options, started } = call;
  const policy = policyFor(ctx, options.retries);
  call.retrying = true;
  for (let retry = 0; ; retry++) {
    const { error, wait } = assess(ctx, row, options, policy, retry, started, failed);
    if (wait < 0) throw error;
    await sleep(wait, options.signal);
    const next = await attempt(call);
    if (next !== call) return next;
    failed = call.failed as Failed;
  }
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
  const error = response
    ? apiError(
        response.status,
        body === '' ? undefined : body,
        redactHeaders(response.headers, ctx.secretNames),
        operationId,
      )
    : new ConnectionError(
        `${operationId}: ${method} ${path} failed: ${(thrown as Error)?.message ?? thrown}`,
        { cause: thrown },
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
  if (policy && Date.now() - started + wait > policy.maxElapsedTimeMs) wait = -1;
  if (wait >= 0)
    ctx.log(
      'info',
      `${operationId}: ${response ? response.status : 'connection failed'}; retry ${retry + 1} in ${Math.round(wait)} ms`,
    );
  return { error, wait };
}
