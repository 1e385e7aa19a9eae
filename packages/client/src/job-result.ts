import { ConnectionError } from './call-errors.js';
import { apiError } from './error-factory.js';
import { WorkflowsError } from './errors.js';
import type { JobsRuntime } from './jobs-runtime.js';
import { redactHeaders } from './redact-headers.js';
import type { ResultOptions } from './types.js';

/** Where a finished job's result is: inline, or at a url. */
export interface ResultSource {
  rawResult?: string | null;
  url?: string | null;
}

async function readLimited(response: Response, limit: number, what: string): Promise<string> {
  const tooBig = (size: string | number) =>
    new WorkflowsError(`${what} result is ${size} bytes, over the limit of ${limit} (maxBytes)`);
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
 * `rawResult`, else the body at `url`, else null. Credentials go only to the API's own
 * origin: any other host (a storage bucket, say) gets a request without the client's
 * headers, and redirects from the API are followed by hand so a credential never follows
 * one elsewhere. `what` names the job in messages (`bulk job 77`), `helper` the method in
 * API errors (`bulkJobs.result`).
 */
export async function downloadResult(
  { ctx, deadline }: JobsRuntime,
  what: string,
  helper: string,
  { rawResult, url }: ResultSource,
  { maxBytes = ctx.maxResultBytes, signal, timeoutMs = ctx.timeoutMs }: ResultOptions = {},
): Promise<string | null> {
  if (rawResult != null) return rawResult;
  if (!url) return null;
  const apiOrigin = new URL(ctx.baseUrl).origin;
  let target = new URL(url, `${ctx.baseUrl}/`);
  for (let hop = 0; hop < 5; hop++) {
    if (target.protocol !== 'https:' && target.protocol !== 'http:')
      throw new WorkflowsError(`${what}: result url ${target.href} is not http(s)`);
    const trusted = target.origin === apiOrigin;
    const attempt = deadline(timeoutMs, signal, `${what} result download`);
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
          `${what}: the API redirected the result download and this runtime hides where to`,
        );
      if (!response.ok)
        throw apiError(
          response.status,
          await response.text(),
          redactHeaders(response.headers, ctx.secretNames),
          helper,
        );
      return await readLimited(response, maxBytes, what);
    } catch (thrown) {
      if (thrown instanceof WorkflowsError) throw thrown;
      throw (
        attempt.reason() ??
        new ConnectionError(`${what}: result download failed`, { cause: thrown })
      );
    } finally {
      attempt.clear();
    }
  }
  throw new WorkflowsError(`${what}: too many redirects downloading the result`);
}
