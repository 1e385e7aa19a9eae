import type { RetryPolicy } from './types.js';

/** Statuses retried whatever the policy lists: the server asked us to come back later. */
const ALWAYS_RETRIED = [408, 429];

/**
 * Error codes meaning the connection was never established, so no byte of the request
 * reached the server and even a POST can be sent again without risk of a duplicate.
 */
const NEVER_SENT = [
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
];

export const isIdempotent = (method: string) => method !== 'POST' && method !== 'PATCH';

export function retriesStatus(policy: RetryPolicy, status: number): boolean {
  return (
    ALWAYS_RETRIED.includes(status) ||
    policy.statusCodes.some((code) =>
      /^\dXX$/i.test(code) ? Math.floor(status / 100) === Number(code[0]) : Number(code) === status,
    )
  );
}

/** Whether an error thrown by fetch proves the request was never sent (looks through causes). */
export function neverSent(error: unknown, depth = 0): boolean {
  if (depth > 4 || error === null || typeof error !== 'object') return false;
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (NEVER_SENT.includes(e.code as string)) return true;
  // Happy eyeballs reports one refusal per address in an AggregateError.
  if (Array.isArray(e.errors) && e.errors.length > 0)
    return e.errors.every((x) => neverSent(x, depth + 1));
  return neverSent(e.cause, depth + 1);
}

/** `Retry-After` in milliseconds (delta-seconds or HTTP-date), undefined when absent or bad. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const ms = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/** The pause before retry number `retry` (0-based). */
export function retryDelay(
  policy: RetryPolicy,
  retry: number,
  retryAfter: string | null,
  random = Math.random,
): number {
  const asked = parseRetryAfter(retryAfter);
  if (asked !== undefined) return Math.min(asked, policy.maxIntervalMs);
  const base = Math.min(policy.maxIntervalMs, policy.initialIntervalMs * policy.exponent ** retry);
  // Up to 25 % less, so clients that failed together do not come back together.
  return base * (1 - random() * 0.25);
}
