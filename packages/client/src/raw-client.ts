import type { paths } from '@workflows-api/types';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { authHeader } from './generated/operations.js';
import { lazy } from './lazy.js';
import type { Context } from './request.js';

// openapi-fetch, loaded on demand: by `client.raw`, and by the calls of a client that has
// middleware. Calls without middleware go straight to fetch (see request.ts), which keeps
// openapi-fetch's 2.6 kB and its per-request `new Request()` off the common path.

const debugLines = lazy(() => import('./debug-log.js'));

/** An openapi-fetch client with the client's server, headers, credential and middleware. */
export function openapiFetchClient(ctx: Context, middleware: readonly Middleware[]): Client<paths> {
  const { credential, log, secretNames } = ctx;
  const client = createClient<paths>({
    baseUrl: ctx.baseUrl,
    fetch: ctx.fetch,
    headers: ctx.staticHeaders,
  });
  if (typeof credential !== 'string' || ctx.debug)
    client.use({
      async onRequest({ request }) {
        // Per attempt, so a rotating `auth` function is asked again before every retry.
        if (typeof credential !== 'string') request.headers.set(authHeader, await credential());
        if (ctx.debug)
          (await debugLines()).logRequest(
            log,
            request.method,
            request.url,
            request.headers,
            secretNames,
          );
      },
    });
  client.use(...middleware);
  return client;
}
