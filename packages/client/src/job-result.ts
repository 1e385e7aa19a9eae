import type { ClientRuntime } from './client-runtime.js';
import { apiError } from './error-factory.js';
import { ConnectionError, ResponseTooLargeError, WorkflowsError } from './errors.js';
import type { JobsRuntime } from './jobs-runtime.js';
import { redactHeaders } from './redact-headers.js';
import { followRedirects } from './redirects.js';
import type { ResultOptions } from './types.js';

/** Where a finished job's result is: inline, or at a url. */
export interface ResultSource {
  rawResult?: string | null;
  url?: string | null;
}

/** The result's text, at most `limit` bytes of it; a `ResponseTooLargeError` past that. */
async function readResult(
  ctx: ClientRuntime,
  response: Response,
  limit: number,
  what: string,
): Promise<string> {
  const tooBig = (size: string | number) =>
    new ResponseTooLargeError(
      `${what} result is ${size} bytes, over the limit of ${limit} (maxBytes)`,
      undefined,
      { limit },
    );
  // A body that announces its size is refused before a byte of it is read.
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit && !response.headers.has('content-encoding')) {
    response.body?.cancel().catch(() => {});
    throw tooBig(declared);
  }
  const text = await ctx.readAnswer(response, limit);
  if (text === undefined) {
    throw tooBig(`more than ${limit}`);
  }
  return text;
}

/**
 * `rawResult`, else the body at `url`, else null. Credentials go only to the API's own
 * origin: any other host (a storage bucket, say) gets a request without the client's
 * headers, and redirects from the API are followed by hand, a hop elsewhere without them.
 * `what` names the job in messages (`bulk job 77`), `helper` the method in API errors
 * (`bulkJobs.result`).
 */
export async function downloadResult(
  { ctx, deadline }: JobsRuntime,
  what: string,
  helper: string,
  { rawResult, url }: ResultSource,
  { maxBytes = ctx.maxResultBytes, signal, timeoutMs = ctx.timeoutMs }: ResultOptions = {},
): Promise<string | null> {
  if (rawResult != null) {
    return rawResult;
  }
  if (!url) {
    return null;
  }
  const target = new URL(url, `${ctx.baseUrl}/`);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw new WorkflowsError(`${what}: result url ${target.href} is not http(s)`);
  }
  const trusted = target.origin === new URL(ctx.baseUrl).origin;
  const attempt = deadline(timeoutMs, signal, `${what} result download`);
  try {
    const init: RequestInit = {
      headers: trusted ? await ctx.headers() : {},
      // A bare request may follow redirects anywhere; one with the credential only by hand.
      redirect: trusted ? 'manual' : 'follow',
      signal: attempt.signal,
    };
    const response = await followRedirects(
      ctx.fetch,
      await ctx.fetch(target.href, init),
      target.href,
      init,
      `${what} result download`,
      'bare',
    );
    if (!response.ok) {
      throw apiError(
        response.status,
        await ctx.readAnswer(response, maxBytes),
        redactHeaders(response.headers, ctx.secretNames),
        helper,
      );
    }
    return await readResult(ctx, response, maxBytes, what);
  } catch (thrown) {
    if (thrown instanceof WorkflowsError) {
      throw thrown;
    }
    throw (
      attempt.reason() ?? new ConnectionError(`${what}: result download failed`, { cause: thrown })
    );
  } finally {
    attempt.clear();
  }
}
