import type { paths } from '@workflows-api/types';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { ClientRuntime } from './client-runtime.js';
import { logRequest } from './debug-log.js';
import { tooLarge } from './error-factory.js';
import { authHeader } from './generated/operations.js';
import { followRedirects } from './redirects.js';

// openapi-fetch, loaded on demand: by `client.raw`, and by the calls of a client that has
// middleware. Calls without middleware go straight to fetch (see call-operation.ts), which keeps
// openapi-fetch's 2.6 kB and its per-request `new Request()` off the common path.

/** The default limit of an answer to `client.raw`, which may call any path. */
const RAW_ANSWER_BYTES = 2 ** 25;

/** What call-operation.ts sets in the init of its calls, which openapi-fetch copies onto the Request. */
interface CallRequest extends Request {
  operationId?: string;
  maxResponseBytes?: number;
}

/**
 * The fetch openapi-fetch is given: the client's, with the guarantees of the direct path.
 * Redirects are followed by hand (same origin only), and the answer is read through its size
 * limit before any middleware or openapi-fetch sees it: a 2xx answer over the limit is a
 * `ResponseTooLargeError`, an error answer keeps its first 64 KiB. The limit is the call's,
 * else the client's, else 32 MiB (`client.raw` may call any path).
 */
async function guardedFetch(ctx: ClientRuntime, request: CallRequest): Promise<Response> {
  const what = request.operationId ?? `${request.method} ${new URL(request.url).pathname}`;
  const limit = request.maxResponseBytes ?? ctx.maxResponseBytes ?? RAW_ANSWER_BYTES;
  // A `redirect` passed to a `client.raw` call must not make fetch follow one elsewhere.
  if (request.redirect !== 'manual') {
    request = new Request(request, { redirect: 'manual' });
  }
  // Kept for a 307 or 308, which repeats the body; the request's own stream is spent by then.
  const body = request.body ? await request.clone().arrayBuffer() : null;
  const response = await followRedirects(
    (url, init) => ctx.fetch(new Request(url, init)),
    await ctx.fetch(request),
    request.url,
    {
      method: request.method,
      headers: request.headers,
      body,
      redirect: 'manual',
      signal: request.signal,
    },
    what,
  );
  const text = await ctx.readAnswer(response, limit);
  if (text === undefined) {
    throw tooLarge(what, limit);
  }
  const read = new Response(text || null, response);
  // A new Response has no url; middleware and `.withResponse()` still see where it came from.
  Object.defineProperty(read, 'url', { value: response.url });
  return read;
}

/** An openapi-fetch client with the client's server, headers, credential and middleware. */
export function openapiFetchClient(
  ctx: ClientRuntime,
  middleware: readonly Middleware[],
): Client<paths> {
  const { credential, log, secretNames } = ctx;
  const client = createClient<paths>({
    baseUrl: ctx.baseUrl,
    fetch: (request: Request) => guardedFetch(ctx, request),
    headers: ctx.staticHeaders,
    redirect: 'manual',
  });
  if (typeof credential !== 'string' || ctx.debug) {
    client.use({
      async onRequest({ request }) {
        // Per attempt, so a rotating `auth` function is asked again before every retry.
        if (typeof credential !== 'string') {
          request.headers.set(authHeader, await credential());
        }
        if (ctx.debug) {
          logRequest(log, request.method, request.url, request.headers, secretNames);
        }
      },
    });
  }
  client.use(...middleware);
  return client;
}
