import { describe, expect, it } from 'vitest';
import {
  createManualClock,
  createSandbox,
  IN_PROCESS_RESULTS_URL,
  INLINE_RESULT_LIMIT_BYTES,
  JOB_BASE_MS,
  JOB_PER_ITEM_MS,
  JOB_QUEUE_MS,
} from '../src/index.js';
import { call, graphQlJobStatus, specErrors, submitGraphQlJob } from './helpers.js';

const T0 = Date.UTC(2026, 3, 24, 9);

describe('GraphQL bulk job lifecycle on a manual clock', () => {
  it('is Queued, then InProgress with a rising completionPercentage, then Success', async () => {
    const clock = createManualClock(T0);
    const sb = createSandbox({ clock });
    const queued = await submitGraphQlJob(
      sb,
      'query Q { advertiser(id: "a1") { id name } campaigns { id } }',
    );
    expect(queued).toEqual({
      id: expect.any(Number),
      createdAt: '2026-04-24T09:00:00.000Z',
      status: 'Queued',
      completionPercentage: 0,
      completedAt: null,
      url: null,
      rawResult: null,
      queryGqlErrors: null,
      runtimeErrors: null,
    });
    expect(Number.isSafeInteger(queued.id) && queued.id > 2 ** 32).toBe(true);

    clock.advance(JOB_QUEUE_MS - 1);
    expect((await graphQlJobStatus(sb, queued.id)).job?.status).toBe('Queued');
    clock.advance(1);
    expect((await graphQlJobStatus(sb, queued.id)).job).toMatchObject({
      status: 'InProgress',
      completionPercentage: 0,
    });

    // Two top-level fields: the job's two parts, timed like a standard job of two items.
    const duration = JOB_BASE_MS + 2 * JOB_PER_ITEM_MS;
    const seen: number[] = [];
    for (let t = duration / 6; t < duration - 1; t += duration / 6) {
      clock.set(T0 + JOB_QUEUE_MS + Math.floor(t));
      const job = (await graphQlJobStatus(sb, queued.id)).job;
      expect(job?.status).toBe('InProgress');
      seen.push(job?.completionPercentage as number);
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen[0]).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThan(100);

    clock.set(T0 + JOB_QUEUE_MS + duration);
    const done = await graphQlJobStatus(sb, queued.id);
    expect(done.errors).toBeNull();
    expect(done.job).toMatchObject({
      status: 'Success',
      completionPercentage: 100,
      completedAt: new Date(T0 + JOB_QUEUE_MS + duration).toISOString(),
      url: null,
      queryGqlErrors: null,
      runtimeErrors: null,
    });
    const result = JSON.parse(done.job?.rawResult as string);
    expect(Object.keys(result)).toEqual(['data']);
    expect(Object.keys(result.data.advertiser)).toEqual(['id', 'name']);
    expect(result.data.campaigns.id).toMatch(/^[0-9a-f]{8}$/);
    // Finishing happens once: asking again changes nothing.
    expect(await graphQlJobStatus(sb, queued.id)).toEqual(done);
  });

  it('fails the fields that say "fail": PartialSuccess when some do, Failure when all do', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const partial = await submitGraphQlJob(
      sb,
      '{ good: advertiser { id } report(kind: "FAIL") { id } }',
    );
    const failed = await submitGraphQlJob(sb, '{ failFirst { id } failSecond }');
    clock.advance(60_000);

    const p = (await graphQlJobStatus(sb, partial.id)).job;
    expect(p?.status).toBe('PartialSuccess');
    expect(p?.queryGqlErrors).toEqual([
      'report: the sandbox fails fields whose name or arguments contain "fail"',
    ]);
    const partialResult = JSON.parse(p?.rawResult as string);
    expect(partialResult.data.report).toBeNull();
    expect(partialResult.data.good.id).toEqual(expect.any(String));
    expect(partialResult.errors).toEqual([{ message: p?.queryGqlErrors?.[0], path: ['report'] }]);

    const f = (await graphQlJobStatus(sb, failed.id)).job;
    expect(f?.status).toBe('Failure');
    expect(f?.queryGqlErrors).toHaveLength(2);
    expect(JSON.parse(f?.rawResult as string).data).toEqual({ failFirst: null, failSecond: null });
  });

  it('runs jobSpeed times faster, queue included', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock, jobSpeed: 4 });
    const job = await submitGraphQlJob(sb, '{ a }');
    const total = JOB_QUEUE_MS / 4 + (JOB_BASE_MS + JOB_PER_ITEM_MS) / 4;
    clock.advance(JOB_QUEUE_MS / 4);
    expect((await graphQlJobStatus(sb, job.id)).job?.status).toBe('InProgress');
    clock.advance(total - JOB_QUEUE_MS / 4 - 1);
    expect((await graphQlJobStatus(sb, job.id)).job?.status).toBe('InProgress');
    clock.advance(1);
    expect((await graphQlJobStatus(sb, job.id)).job?.status).toBe('Success');
  });
});

describe('GraphQL bulk job results', () => {
  it('a field that says "large" gives a result over 5 MB, served only by url', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock });
    const job = await submitGraphQlJob(sb, '{ large: segments { id name } }');
    clock.advance(60_000);
    const done = (await graphQlJobStatus(sb, job.id)).job;
    expect(done?.status).toBe('Success');
    expect(done?.rawResult).toBeNull();
    expect(done?.url).toMatch(
      new RegExp(`^${IN_PROCESS_RESULTS_URL}/results/${job.id}/[0-9a-f-]{36}$`),
    );
    const download = await sb.resultsFetch(new Request(done?.url as string));
    expect(download.status).toBe(200);
    const text = await download.text();
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(INLINE_RESULT_LIMIT_BYTES);
    const rows = JSON.parse(text).data.large as { id: string; name: string }[];
    expect(Object.keys(rows[0] ?? {})).toEqual(['id', 'name']);
    expect(new Set(rows.slice(0, 100).map((r) => r.id)).size).toBe(100);
  });

  it('follows the inline limit like standard jobs', async () => {
    const clock = createManualClock();
    const sb = createSandbox({ clock, inlineResultLimitBytes: 50 });
    const job = await submitGraphQlJob(sb, '{ advertiser { id name description } }');
    clock.advance(60_000);
    const done = (await graphQlJobStatus(sb, job.id)).job;
    expect(done?.rawResult).toBeNull();
    const body = await (await sb.resultsFetch(new Request(done?.url as string))).text();
    expect(Object.keys(JSON.parse(body).data.advertiser)).toEqual(['id', 'name', 'description']);
  });
});

describe('GraphQL bulk job submission', () => {
  it('answers 400 naming the field, and queues nothing, for a query it cannot run', async () => {
    const sb = createSandbox();
    const bad: [unknown, string, RegExp][] = [
      [{ query: 'query { advertiser { id ' }, '/query', /unclosed selection set/],
      [{ query: 'mutation { archive(id: 1) }' }, '/query', /must be a query/],
      [{ query: '' }, '/query', /at least 1 character/],
      [{}, '/query', /is required/],
      [{ query: '{ a }', callbackInput: {} }, '/callbackInput/callbackUrl', /is required/],
      [{ query: '{ a }', variables: {} }, '/variables', /GraphQlQueryJobInput takes only query/],
    ];
    for (const [body, pointer, message] of bad) {
      const a = await call(sb, 'submitGraphQlBulkQueryJob', { body });
      expect(a.status, JSON.stringify(body)).toBe(400);
      expect(specErrors(a)).toEqual([]);
      const errors = (a.body as { errors: Record<string, string[]> }).errors;
      expect(Object.keys(errors), JSON.stringify(body)).toEqual([pointer]);
      expect(errors[pointer]?.[0]).toMatch(message);
    }
    expect(sb.state.jobs.size).toBe(0);
  });
});
