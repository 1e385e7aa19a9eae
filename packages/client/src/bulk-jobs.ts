import type { BulkJobStatusResponse, BulkJobSubmitResponse } from '@workflows-api/types';
import { ConnectionError } from './call-errors.js';
import { apiError } from './error-factory.js';
import { TimeoutError, WorkflowsError } from './errors.js';
import { redactHeaders } from './redact-headers.js';
import type { Context } from './request.js';
import type { deadline } from './signals.js';
import { sleep } from './sleep.js';
import type {
  AndWaitOptions,
  BulkJobOutcome,
  RequestOptions,
  ResultOptions,
  WaitOptions,
} from './types.js';

/**
 * What polling and downloading take from the client. Handed over rather than imported:
 * code-splitting bundlers place a module in a chunk by the set of chunks that import it, so
 * importing these here would move them out of the entry chunk into one shared with this
 * module, and every symbol crossing between chunks costs bytes on the first load.
 */
export interface JobsRuntime {
  ctx: Context;
  /** One status request: the client's `getStatus`. */
  poll(id: number, options: RequestOptions): Promise<unknown>;
  deadline: typeof deadline;
  terminalStatuses: readonly string[];
}

/** Polls with a growing pause until the job reaches a terminal `WorkflowStatus`. */
export async function waitFor(
  { ctx, poll, terminalStatuses }: JobsRuntime,
  id: number,
  { intervalMs = 1000, maxIntervalMs = 30_000, timeoutMs, signal, onProgress }: WaitOptions = {},
): Promise<BulkJobStatusResponse> {
  const giveUpAt = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
  let last: BulkJobStatusResponse | undefined;
  const tooLong = () =>
    new TimeoutError(
      last
        ? `bulk job ${id} is still ${last.status} (${last.completionPercentage ?? '?'} %) after ${timeoutMs} ms`
        : `bulk job ${id}: no status within ${timeoutMs} ms`,
    );
  let pause = intervalMs;
  for (;;) {
    try {
      last = (await poll(id, {
        signal,
        // The last poll must not outlive the caller's limit either.
        timeoutMs: Math.max(1, Math.min(ctx.timeoutMs, giveUpAt - Date.now())),
      })) as BulkJobStatusResponse;
    } catch (error) {
      throw error instanceof TimeoutError && Date.now() >= giveUpAt ? tooLong() : error;
    }
    onProgress?.(last.completionPercentage ?? null, last);
    if (terminalStatuses.includes(last.status)) return last;
    const nap = Math.min(pause, giveUpAt - Date.now());
    if (nap <= 0) throw tooLong();
    await sleep(nap, signal);
    pause = Math.min(pause * 1.5, maxIntervalMs);
  }
}

async function readLimited(response: Response, limit: number): Promise<string> {
  const tooBig = (size: string | number) =>
    new WorkflowsError(`bulk job result is ${size} bytes, over the limit of ${limit} (maxBytes)`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) {
    await response.body?.cancel();
    throw tooBig(declared);
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooBig(`more than ${limit}`);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * `rawResult`, else the body at `url`. Credentials go only to the API's own origin: any
 * other host (a storage bucket, say) gets a request without the client's headers, and
 * redirects from the API are followed by hand so a credential never follows one elsewhere.
 */
export async function result(
  { ctx, deadline }: JobsRuntime,
  status: BulkJobStatusResponse,
  { maxBytes = ctx.maxResultBytes, signal, timeoutMs = ctx.timeoutMs }: ResultOptions = {},
): Promise<string | null> {
  if (status.rawResult != null) return status.rawResult;
  if (!status.url) return null;
  const apiOrigin = new URL(ctx.baseUrl).origin;
  let target = new URL(status.url, `${ctx.baseUrl}/`);
  for (let hop = 0; hop < 5; hop++) {
    if (target.protocol !== 'https:' && target.protocol !== 'http:')
      throw new WorkflowsError(`bulk job ${status.id}: result url ${target.href} is not http(s)`);
    const trusted = target.origin === apiOrigin;
    const attempt = deadline(timeoutMs, signal, `bulk job ${status.id} result download`);
    try {
      const response = await ctx.fetch(target, {
        headers: trusted ? await ctx.headers() : {},
        redirect: trusted ? 'manual' : 'follow',
        signal: attempt.signal,
      });
      const location = response.headers.get('location');
      if (trusted && response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        target = new URL(location, target);
        continue;
      }
      if (response.type === 'opaqueredirect')
        throw new WorkflowsError(
          `bulk job ${status.id}: the API redirected the result download and this runtime hides where to`,
        );
      if (!response.ok)
        throw apiError(
          response.status,
          await response.text(),
          redactHeaders(response.headers, ctx.secretNames),
          'bulkJobs.result',
        );
      return await readLimited(response, maxBytes);
    } catch (thrown) {
      if (thrown instanceof WorkflowsError) throw thrown;
      throw (
        attempt.reason() ??
        new ConnectionError(`bulk job ${status.id}: result download failed`, { cause: thrown })
      );
    } finally {
      attempt.clear();
    }
  }
  throw new WorkflowsError(`bulk job ${status.id}: too many redirects downloading the result`);
}

/** The submit-wait-result convenience: `submitted` is the call that queued the job. */
export async function andWait(
  jobs: JobsRuntime,
  submitted: Promise<unknown>,
  options: AndWaitOptions,
): Promise<BulkJobOutcome> {
  const { id } = (await submitted) as BulkJobSubmitResponse;
  const status = await waitFor(jobs, id, {
    ...options,
    timeoutMs: options.waitTimeoutMs,
  });
  return { status, result: await result(jobs, status, options) };
}
