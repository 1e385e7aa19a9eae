import { statusCodeCovers } from '@workflows-api/types/status-codes';
import { type APIError, ConnectionError } from './errors.js';
import type { RetryPolicy } from './types.js';

// Whether a failed attempt is retried, and after how long: pure functions of the error, the
// attempt and the policy. The caller reads the clock and draws the jitter. Loaded with the
// failure path (failed-attempt.ts).

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
    policy.statusCodes.some((code) => statusCodeCovers(code, status))
  );
}

/** Whether an error thrown by fetch proves the request was never sent (looks through causes). */
export function neverSent(error: unknown, depth = 0): boolean {
  if (depth > 4 || error === null || typeof error !== 'object') {
    return false;
  }
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (NEVER_SENT.includes(e.code as string)) {
    return true;
  }
  // Happy eyeballs reports one refusal per address in an AggregateError.
  if (Array.isArray(e.errors) && e.errors.length > 0) {
    return e.errors.every((x) => neverSent(x, depth + 1));
  }
  return neverSent(e.cause, depth + 1);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d\\d):(\\d\\d):(\\d\\d)';
/**
 * The three forms of an HTTP-date (RFC 9110, 5.6.7), each with where its captures hold the
 * day, month, year, hour, minute and second.
 */
const HTTP_DATES: [RegExp, number[]][] = [
  // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
  [new RegExp(`^${DAY}, (\\d\\d) ${MONTH} (\\d{4}) ${TIME} GMT$`), [1, 2, 3, 4, 5, 6]],
  // obsolete RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
  [new RegExp(`^${DAY}[a-z]*, (\\d\\d)-${MONTH}-(\\d\\d) ${TIME} GMT$`), [1, 2, 3, 4, 5, 6]],
  // asctime: Sun Nov  6 08:49:37 1994
  [new RegExp(`^${DAY} ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`), [2, 1, 6, 3, 4, 5]],
];

/** An HTTP-date as epoch milliseconds, or undefined when `value` is not one. */
function parseHttpDate(value: string, now: number): number | undefined {
  for (const [pattern, order] of HTTP_DATES) {
    const m = pattern.exec(value);
    if (!m) {
      continue;
    }
    const [day = 0, month = 0, year = 0, hour = 0, minute = 0, second = 0] = order.map((at, i) =>
      i === 1 ? MONTHS.indexOf(m[at] as string) : Number(m[at]),
    );
    if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
      return undefined;
    }
    // RFC 850's two-digit year: the latest year with those digits not more than 50 years ahead.
    let fullYear = year;
    if (year < 100) {
      const thisYear = new Date(now).getUTCFullYear();
      fullYear += Math.floor(thisYear / 100) * 100;
      if (fullYear > thisYear + 50) {
        fullYear -= 100;
      }
    }
    return Date.UTC(fullYear, month, day, hour, minute, second);
  }
  return undefined;
}

/**
 * `Retry-After` in milliseconds, per RFC 9110 (10.2.3): delay-seconds (digits only: `-1`,
 * `1.5` or `1e3` are not) or an HTTP-date (a date past is 0). Undefined when absent or
 * anything else, which is ignored rather than guessed at (`Date.parse('-1')` is a date in
 * 2001).
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) {
    return undefined;
  }
  if (/^\d+$/.test(text)) {
    return Number(text) * 1000;
  }
  const date = parseHttpDate(text, now);
  return date === undefined ? undefined : Math.max(0, date - now);
}

/**
 * The pause before retry number `retry` (0-based): the backoff's interval, or longer when the
 * server's `Retry-After` asks for more (never shorter: `Retry-After: 0` must not become a
 * storm of requests), at most `maxIntervalMs`.
 */
export function retryDelay(
  policy: RetryPolicy,
  retry: number,
  retryAfter: string | null,
  random = Math.random,
  now = Date.now(),
): number {
  const base = Math.min(policy.maxIntervalMs, policy.initialIntervalMs * policy.exponent ** retry);
  // Up to 25 % less, so clients that failed together do not come back together.
  const backoff = base * (1 - random() * 0.25);
  return Math.min(policy.maxIntervalMs, Math.max(backoff, parseRetryAfter(retryAfter, now) ?? 0));
}

/** What `decideRetry` weighs of a failed attempt besides its error. */
export interface AttemptFacts {
  /** Retries made so far: 0 after the first attempt. */
  retries: number;
  method: string;
  /** The call's `retryNonIdempotent`. */
  retryNonIdempotent: boolean | undefined;
  /** The answer's `Retry-After` as sent, or null. */
  retryAfter: string | null;
  /** Since the first attempt started: no retry starts past the policy's `maxElapsedTimeMs`. */
  elapsedMs: number;
  /** Epoch milliseconds, what an HTTP-date `Retry-After` counts from. */
  now: number;
  /** A number in [0, 1): how much of the jitter (up to 25 %) comes off the backoff. */
  jitter: number;
}

/**
 * Whether the call is tried again after an attempt failed with `error`, and the pause before
 * it: while the policy has retries and time left, for a status it lists (or 408, 429) or a
 * connection error, and for a POST or PATCH only with `retryNonIdempotent` or when the request
 * provably never left.
 */
export function decideRetry(
  error: APIError | ConnectionError,
  attempt: AttemptFacts,
  policy: RetryPolicy | false,
): { retry: boolean; delayMs: number } {
  const connectionFailed = error instanceof ConnectionError;
  const retryable =
    policy &&
    attempt.retries < policy.maxRetries &&
    (connectionFailed ? policy.retryConnectionErrors : retriesStatus(policy, error.status)) &&
    // A retried POST must not create a second campaign or job behind the caller's back.
    (isIdempotent(attempt.method) ||
      attempt.retryNonIdempotent ||
      (connectionFailed && neverSent(error.cause)));
  if (!retryable) {
    return { retry: false, delayMs: 0 };
  }
  const delayMs = retryDelay(
    policy,
    attempt.retries,
    attempt.retryAfter,
    () => attempt.jitter,
    attempt.now,
  );
  return attempt.elapsedMs + delayMs > policy.maxElapsedTimeMs
    ? { retry: false, delayMs: 0 }
    : { retry: true, delayMs };
}
