import type { Middleware } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { RedirectError } from '../src/index.js';
import { clientFor, TOKEN } from './helpers/client.js';
import { type Recorded, serversClosedAfterEach, type TestServer } from './helpers/server.js';

const serve = serversClosedAfterEach();

const SECRET = 'partner-secret-value-42';
const noop: Middleware = { onRequest() {} };
const options = { headers: { 'x-api-key': SECRET }, secretHeaders: ['x-api-key'] };

type Client = ReturnType<typeof clientFor>;
/** One call on each path a request can take: straight to fetch, through middleware, `client.raw`. */
const paths: [string, (api: TestServer) => Client, (c: Client) => Promise<unknown>][] = [
  [
    'straight to fetch',
    (api) => clientFor(api, options),
    (c) => c.campaigns.create({ primaryInput: { name: 'x' } } as never),
  ],
  [
    'through middleware',
    (api) => clientFor(api, { ...options, middleware: [noop] }),
    (c) => c.campaigns.create({ primaryInput: { name: 'x' } } as never),
  ],
  [
    'client.raw',
    (api) => clientFor(api, options),
    async (c) => {
      // A `redirect: 'follow'` of the caller's must not open the door either.
      const { data, error } = await c.raw.POST('/campaign', {
        body: { primaryInput: { name: 'x' } } as never,
        redirect: 'follow',
      } as never);
      return data ?? Promise.reject(error);
    },
  ],
];

/** Nothing of the request (credential, secret header, body) reached `server`. */
const nothingReached = (server: TestServer) => {
  expect(server.requests).toEqual([]);
};
const credentialed = (r: Recorded | undefined) => {
  expect(r?.headers['ttd-auth']).toBe(TOKEN);
  expect(r?.headers['x-api-key']).toBe(SECRET);
};

for (const [path, client, call] of paths) {
  describe(`redirects, ${path}`, () => {
    for (const status of [302, 307, 308]) {
      it(`a ${status} to another origin is a RedirectError naming both; nothing is sent there`, async () => {
        const elsewhere = await serve(() => ({ status: 201, body: { stolen: true } }));
        const api = await serve(() => ({
          status,
          headers: { location: `${elsewhere.url}/campaign` },
        }));
        const error = await call(client(api)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(RedirectError);
        expect(error).toMatchObject({
          status,
          fromOrigin: api.origin,
          location: `${elsewhere.url}/campaign`,
        });
        expect((error as Error).message).toContain(
          `${status} redirect from ${api.origin} to another origin, ${elsewhere.origin}; not followed`,
        );
        nothingReached(elsewhere);
        expect(api.requests).toHaveLength(1);
      });
    }

    it('a 307 on the same origin is followed with the credential and the body', async () => {
      const api = await serve((r) =>
        r.path === '/campaign'
          ? { status: 307, headers: { location: '/v2/campaign' } }
          : { status: 201, body: { moved: r.method, body: JSON.parse(r.body) } },
      );
      expect(await call(client(api))).toEqual({
        moved: 'POST',
        body: { primaryInput: { name: 'x' } },
      });
      const [first, second] = api.requests;
      expect(second?.path).toBe('/v2/campaign');
      credentialed(second);
      expect(second?.body).toBe(first?.body);
    });

    it('a 303 on the same origin becomes a GET without the body', async () => {
      const api = await serve((r) =>
        r.path === '/campaign'
          ? { status: 303, headers: { location: `${api.url}/campaign/c1` } }
          : { status: 200, body: { got: r.method } },
      );
      expect(await call(client(api))).toEqual({ got: 'GET' });
      const second = api.requests[1];
      expect(second?.method).toBe('GET');
      expect(second?.body).toBe('');
      expect(second?.headers['content-type']).toBeUndefined();
      credentialed(second);
    });

    it('gives up after 5 redirects in a row', async () => {
      const api = await serve((_, i) => ({ status: 307, headers: { location: `/hop/${i}` } }));
      const error = await call(client(api)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedirectError);
      expect((error as Error).message).toContain(
        `more than 5 redirects in a row (the last to ${api.url}/hop/5)`,
      );
      expect(api.requests).toHaveLength(6);
    });
  });
}

describe('a redirect to another origin, and the credential in the error', () => {
  it('a redirected GET is refused too, and the error holds no credential', async () => {
    const elsewhere = await serve(() => ({ body: {} }));
    const api = await serve(() => ({
      status: 301,
      headers: { location: `${elsewhere.url}/steal?token=${encodeURIComponent(TOKEN)}` },
    }));
    const error = await clientFor(api)
      .bulkJobs.getStatus(1)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(encodeURIComponent(TOKEN));
    nothingReached(elsewhere);
  });
});
