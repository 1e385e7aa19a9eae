import { RedirectError } from './errors.js';

// Loaded on demand: only an answer with a 3xx status needs it.

const MAX_REDIRECTS = 5;

/** Sends one hop of a redirected request: `fetch`, as the path that made the request calls it. */
export type Send = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Where a redirect answer sends the request next: the url and init of the next hop, or
 * undefined when `response` is no redirect to follow (not a 3xx, or one without `Location`).
 * Every request of the client goes out with `redirect: 'manual'`, so that where its headers go
 * is decided here. Same-origin redirects are followed, at most 5 in a row (`hops` counts
 * those made). A redirect to another origin is a `RedirectError` naming both origins: the
 * request carries `TTD-Auth` and the other configured headers, and is neither sent there with
 * them nor silently without them. With `elsewhere: 'bare'` (result downloads, whose files may
 * live on a storage host) it is followed instead, without any of the request's headers. 307
 * and 308 repeat the request, body included; the other redirects turn it into a GET without
 * a body, as browsers do. `what` names the request in messages.
 */
export function nextHop(
  response: Response,
  url: string,
  init: RequestInit,
  what: string,
  hops: number,
  elsewhere: 'refuse' | 'bare' = 'refuse',
): { url: string; init: RequestInit } | undefined {
  const { status } = response;
  const location = response.headers.get('location');
  const fromOrigin = new URL(url).origin;
  const refuse = (why: string, target?: URL) =>
    new RedirectError(`${what}: ${why}`, undefined, { status, fromOrigin, location: target?.href });
  if (response.type === 'opaqueredirect') {
    throw refuse(
      `${fromOrigin} answered with a redirect this runtime does not show (opaqueredirect), so it was not followed`,
    );
  }
  if (status < 300 || status > 399 || location === null) {
    return undefined;
  }
  const target = new URL(location, url);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw refuse(`${status} redirect to ${target.href}, which is not http(s)`, target);
  }
  if (hops >= MAX_REDIRECTS) {
    throw refuse(
      `more than ${MAX_REDIRECTS} redirects in a row (the last to ${target.href})`,
      target,
    );
  }
  if (target.origin !== fromOrigin) {
    if (elsewhere === 'refuse') {
      throw refuse(
        `${status} redirect from ${fromOrigin} to another origin, ${target.origin}; not followed, so that the credential and the other headers of the request do not go there`,
        target,
      );
    }
    init = { ...init, headers: {}, redirect: 'follow' };
  }
  if (status !== 307 && status !== 308 && init.method !== 'HEAD') {
    const headers = new Headers(init.headers);
    headers.delete('content-type');
    // Without the body: absent, not null, since a call's body is a value to send as JSON.
    const { body: _dropped, ...rest } = init;
    init = { ...rest, method: 'GET', headers };
  }
  return { url: target.href, init };
}

/** `nextHop` after `nextHop`, each sent with `send`, until an answer is no redirect. */
export async function followRedirects(
  send: Send,
  response: Response,
  url: string,
  init: RequestInit,
  what: string,
  elsewhere?: 'refuse' | 'bare',
): Promise<Response> {
  for (let hops = 0; ; hops++) {
    const hop = nextHop(response, url, init, what, hops, elsewhere);
    if (!hop) {
      return response;
    }
    response.body?.cancel().catch(() => {});
    ({ url, init } = hop);
    response = await send(url, init);
  }
}
