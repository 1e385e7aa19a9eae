import { operationIds } from '@workflows-api/types';
import { operationValidation, validate } from '@workflows-api/validators';
import { describe, expect, it } from 'vitest';
import { createManualClock, createSandbox, jobDuration } from '../src/index.js';
import { call } from './helpers.js';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** The spec's methods per path, read from the validators' table rather than the sandbox's. */
function specMethodsByPath(): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const id of operationIds) {
    const { path, method } = operationValidation[id];
    byPath.set(path, [...(byPath.get(path) ?? []), method.toUpperCase()]);
  }
  return byPath;
}

const concrete = (template: string) => template.replace(/\{[^}]+\}/g, '5000000001');
const sortedList = (header: string | null) => (header ?? '').split(/,\s*/).sort();

describe('an unknown method on a known path', () => {
  const sb = createSandbox();

  it('is a 405 with Allow listing the methods the spec defines there, and a ProblemDetails', async () => {
    const byPath = specMethodsByPath();
    expect(byPath.size).toBeGreaterThan(10);
    for (const [template, defined] of byPath) {
      for (const method of METHODS.filter((m) => !defined.includes(m))) {
        const path = concrete(template);
        const res = await sb.fetch(
          new Request(`http://sandbox.test${path}`, { method, headers: { 'TTD-Auth': 't' } }),
        );
        const where = `${method} ${path}`;
        expect(res.status, where).toBe(405);
        expect(sortedList(res.headers.get('Allow')), where).toEqual([...defined].sort());
        const text = await res.text();
        if (method === 'HEAD') {
          expect(text, where).toBe('');
          continue;
        }
        const body = JSON.parse(text) as Record<string, unknown>;
        expect(validate('ProblemDetails', body).valid, where).toBe(true);
        expect(body).toMatchObject({
          status: 405,
          title: 'The method is not allowed on this path.',
        });
        expect(body.detail).toBe(
          `${method} is not allowed on ${path}; it takes ${res.headers.get('Allow')}.`,
        );
      }
    }
  });

  it('needs no token (routing answers before auth), and is not recorded as an operation', async () => {
    const before = sb.requests.length;
    const res = await sb.fetch(new Request('http://sandbox.test/campaign', { method: 'DELETE' }));
    expect(res.status).toBe(405);
    expect(sortedList(res.headers.get('Allow'))).toEqual(['PATCH', 'POST']);
    expect(sb.requests.length).toBe(before);
  });

  it('leaves unknown paths a 404 and known methods served', async () => {
    const miss = await sb.fetch(new Request('http://sandbox.test/campaigns', { method: 'DELETE' }));
    expect(miss.status).toBe(404);
    expect(miss.headers.get('Allow')).toBeNull();
    const deeper = await sb.fetch(new Request('http://sandbox.test/campaign/x/version/extra'));
    expect(deeper.status).toBe(404);
    const served = await call(sb, 'getCampaignVersion', { params: { id: 'nope' } });
    expect(served.status).toBe(404);
    expect(served.headers.get('Allow')).toBeNull();
  });

  it('on the results origin too: a download url takes GET only', async () => {
    const clock = createManualClock();
    const big = createSandbox({ clock, inlineResultLimitBytes: 10 });
    const submitted = await call(big, 'submitThirdPartyDataJob', { body: { partnerId: 'p1' } });
    clock.advance(jobDuration(10, 1));
    const status = await call(big, 'getBulkJobStatus', {
      params: { id: (submitted.body as { id: number }).id },
    });
    const url = (status.body as { url: string }).url;
    for (const method of ['POST', 'DELETE', 'HEAD']) {
      const res = await big.resultsFetch(new Request(url, { method }));
      expect(res.status, method).toBe(405);
      expect(res.headers.get('Allow')).toBe('GET');
    }
    expect((await big.resultsFetch(new Request(url))).status).toBe(200);
    expect((await big.resultsFetch(new Request(`${url}/x`, { method: 'POST' }))).status).toBe(404);
  });
});
