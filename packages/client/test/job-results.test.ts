import type { GraphQlBulkJob, StandardJobStatusResponse } from '@workflows-api/types';
import { describe, expect, it } from 'vitest';
import { APIError, WorkflowsError } from '../src/index.js';
import { clientFor, TOKEN } from './helpers/client.js';
import { serversClosedAfterEach } from './helpers/server.js';

const serve = serversClosedAfterEach();

type Client = ReturnType<typeof clientFor>;
type Source = { rawResult?: string | null; url?: string | null };
type ResultOf = (
  client: Client,
  source: Source,
  options?: { maxBytes?: number },
) => Promise<string | null>;

const standardJob = (source: Source): StandardJobStatusResponse => ({
  id: 77,
  createdAtUtc: '2026-01-01T00:00:00Z',
  status: 'Success',
  ...source,
});
const graphQlJob = (source: Source): GraphQlBulkJob => ({
  id: 88,
  createdAt: '2026-01-01T00:00:00Z',
  status: 'Success',
  runtimeErrors: null,
  ...source,
});

// Both kinds of job fetch their result with the same code: each guarantee is checked on both.
const helpers: [string, ResultOf][] = [
  ['bulkJobs.result', (c, s, o) => c.bulkJobs.result(standardJob(s), o)],
  ['graphQlBulkJobs.result', (c, s, o) => c.graphQlBulkJobs.result(graphQlJob(s), o)],
  [
    'graphQlBulkJobs.result of a status answer',
    (c, s, o) => c.graphQlBulkJobs.result({ job: graphQlJob(s), errors: null }, o),
  ],
];

for (const [name, resultOf] of helpers) {
  describe(name, () => {
    it('returns rawResult without any request, and null when there is no result', async () => {
      const s = await serve(() => ({ status: 500 }));
      const client = clientFor(s);
      expect(await resultOf(client, { rawResult: 'a,b\n1,2', url: `${s.url}/x` })).toBe('a,b\n1,2');
      expect(await resultOf(client, { rawResult: null, url: null })).toBeNull();
      expect(s.requests).toHaveLength(0);
    });

    it('downloads a url on another origin without TTD-Auth or configured headers', async () => {
      const api = await serve(() => ({ status: 500 }));
      const storage = await serve(() => ({ body: 'big,result' }));
      const client = clientFor(api, {
        headers: { 'x-api-key': 'partner-secret', 'x-app': 'tests' },
        secretHeaders: ['x-api-key'],
      });
      const text = await resultOf(client, { url: `${storage.url}/results/1.csv?sig=abc` });
      expect(text).toBe('big,result');
      expect(storage.requests).toHaveLength(1);
      const headers = storage.requests[0]?.headers ?? {};
      expect(storage.requests[0]?.url).toBe('/results/1.csv?sig=abc');
      expect(headers['ttd-auth']).toBeUndefined();
      expect(headers['x-api-key']).toBeUndefined();
      expect(headers['x-app']).toBeUndefined();
      expect(JSON.stringify(headers)).not.toContain(TOKEN);
      expect(api.requests).toHaveLength(0);
    });

    it('sends the credential when the url is on the API origin', async () => {
      const api = await serve(() => ({ body: 'own,result' }));
      expect(await resultOf(clientFor(api), { url: `${api.url}/results/1` })).toBe('own,result');
      expect(api.requests[0]?.headers['ttd-auth']).toBe(TOKEN);
    });

    it('drops the credential when the API redirects the download elsewhere', async () => {
      const storage = await serve(() => ({ body: 'moved' }));
      const api = await serve(() => ({
        status: 302,
        headers: { location: `${storage.url}/blob/1` },
      }));
      expect(await resultOf(clientFor(api), { url: `${api.url}/results/1` })).toBe('moved');
      expect(api.requests[0]?.headers['ttd-auth']).toBe(TOKEN);
      expect(storage.requests[0]?.headers['ttd-auth']).toBeUndefined();
    });

    it('enforces the size limit, declared or streamed', async () => {
      const big = 'x'.repeat(5000);
      const storage = await serve((r) =>
        r.path === '/declared' ? { body: big } : { body: big, headers: { 'content-length': '' } },
      );
      await expect(
        resultOf(clientFor(storage), { url: `${storage.url}/declared` }, { maxBytes: 1000 }),
      ).rejects.toThrow(/over the limit of 1000/);
      const streamed = await serve(() => ({ body: big }));
      const small = clientFor(streamed, { maxResultBytes: 4999 });
      await expect(resultOf(small, { url: `${streamed.url}/any` })).rejects.toBeInstanceOf(
        WorkflowsError,
      );
      expect(await resultOf(small, { url: `${streamed.url}/any` }, { maxBytes: 5000 })).toBe(big);
    });

    it('turns a failed download into the typed API error of the helper', async () => {
      const storage = await serve(() => ({ status: 403, body: 'expired signature' }));
      const error = await resultOf(clientFor(storage), { url: `${storage.url}/r` }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(APIError);
      expect((error as APIError).operationId).toBe(name.split(' ')[0]);
    });

    it('refuses non-http urls', async () => {
      const api = await serve(() => ({}));
      await expect(resultOf(clientFor(api), { url: 'file:///etc/passwd' })).rejects.toThrow(
        /not http/,
      );
    });
  });
}
