import {
  BulkJobStatus,
  type BulkJobStatus as BulkJobStatusValue,
  type GraphQlBulkJob,
} from '@workflows-api/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  GraphQlBulkJobStatusError,
  GraphQlBulkJobSubmitError,
  graphQlBulkJobTerminalStatuses,
  TimeoutError,
  WorkflowsError,
} from '../src/index.js';
import { BIG_ID, clientFor, TOKEN } from './helpers/client.js';
import { eventQueue } from './helpers/events.js';
import { type Handler, type Reply, serversClosedAfterEach } from './helpers/server.js';

const serve = serversClosedAfterEach();
afterEach(() => {
  vi.useRealTimers();
});

const job = (
  status: BulkJobStatusValue,
  completionPercentage: number | null,
  extra: Partial<GraphQlBulkJob> = {},
): GraphQlBulkJob => ({
  id: 88,
  createdAt: '2026-04-24T10:00:00Z',
  completedAt: null,
  completionPercentage,
  status,
  url: null,
  rawResult: null,
  queryGqlErrors: null,
  runtimeErrors: null,
  ...extra,
});

/** Answers the status polls of job `id` from `steps` in order, repeating the last one. */
const polls = (id: string, steps: object[]): Handler => {
  let n = 0;
  return (req) =>
    req.method === 'GET' && req.path === `/graphqlbulkjob/${id}`
      ? { body: steps[Math.min(++n, steps.length) - 1] }
      : { status: 404 };
};

describe('GraphQL bulk job terminal statuses', () => {
  it('are every BulkJobStatus value of the spec but Queued and InProgress', () => {
    expect([...graphQlBulkJobTerminalStatuses].sort()).toEqual(
      BulkJobStatus.filter((s) => s !== 'Queued' && s !== 'InProgress').sort(),
    );
    expect(graphQlBulkJobTerminalStatuses).toContain('Cancelled');
  });
});

describe('graphQlBulkJobs.waitFor', () => {
  it('polls GET /graphqlbulkjob/{id} through Queued and InProgress until Success', async () => {
    const s = await serve(
      polls('88', [
        { job: job('Queued', null) },
        { job: job('InProgress', 40) },
        { job: job('Success', 100, { rawResult: '{"data":[]}' }), errors: null },
      ]),
    );
    const seen: [number | null, string][] = [];
    const final = await clientFor(s).graphQlBulkJobs.waitFor(88, {
      intervalMs: 1,
      onProgress: (p, j) => seen.push([p, j.status]),
    });
    expect(final).toEqual(job('Success', 100, { rawResult: '{"data":[]}' }));
    expect(seen).toEqual([
      [null, 'Queued'],
      [40, 'InProgress'],
      [100, 'Success'],
    ]);
    expect(s.requests.map((r) => `${r.method} ${r.url}`)).toEqual(
      Array(3).fill('GET /graphqlbulkjob/88'),
    );
    expect(s.requests.every((r) => r.headers['ttd-auth'] === TOKEN)).toBe(true);
  });

  it('stops at Cancelled, a final status, and returns it', async () => {
    const s = await serve(polls('88', [{ job: job('Queued', 0) }, { job: job('Cancelled', 0) }]));
    const final = await clientFor(s).graphQlBulkJobs.waitFor('88', { intervalMs: 1 });
    expect(final.status).toBe('Cancelled');
    expect(s.requests).toHaveLength(2);
  });

  it('keeps a string id beyond 2^53 exact in the path', async () => {
    const s = await serve(polls(BIG_ID, [{ job: job('Failure', null) }]));
    const final = await clientFor(s).graphQlBulkJobs.waitFor(BIG_ID);
    expect(final.status).toBe('Failure');
    expect(s.requests.map((r) => r.path)).toEqual([`/graphqlbulkjob/${BIG_ID}`]);
  });

  it('refuses an id a JS number may have rounded, or one that is not digits, before any request', async () => {
    const s = await serve(() => ({ status: 500 }));
    const client = clientFor(s);
    await expect(client.graphQlBulkJobs.waitFor(Number(BIG_ID))).rejects.toThrow(
      /not 9007199254740992 \(beyond 2\^53 a JS number may already be rounded: pass the id as a string\)/,
    );
    await expect(client.graphQlBulkJobs.waitFor('12/../34')).rejects.toThrow(
      /graphQlBulkJobs\.waitFor: a job id is a string of digits or a non-negative safe integer, not "12\/\.\.\/34"/,
    );
    await expect(client.graphQlBulkJobs.waitFor(1.5)).rejects.toBeInstanceOf(WorkflowsError);
    expect(s.requests).toHaveLength(0);
  });

  it('a status answer without the job is a GraphQlBulkJobStatusError carrying its errors', async () => {
    const s = await serve(polls('88', [{ errors: 'job 88 does not exist' }]));
    const error = await clientFor(s)
      .graphQlBulkJobs.waitFor(88)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQlBulkJobStatusError);
    expect(error).toMatchObject({
      name: 'GraphQlBulkJobStatusError',
      jobId: '88',
      errors: 'job 88 does not exist',
      message: 'GraphQL bulk job 88: the status answer has no job (job 88 does not exist)',
    });
  });

  it('throws TimeoutError naming the status when the job stays Queued past timeoutMs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const s = await serve(polls('88', [{ job: job('Queued', null) }]));
    const polled = eventQueue<void>();
    const waiting = clientFor(s)
      .graphQlBulkJobs.waitFor(88, {
        intervalMs: 1000,
        timeoutMs: 1000,
        onProgress: () => polled.push(),
      })
      .catch((e: unknown) => e);
    await polled.next();
    await vi.advanceTimersByTimeAsync(1000);
    await polled.next();
    const error = await waiting;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe(
      'GraphQL bulk job 88 is still Queued (? %) after 1000 ms',
    );
    expect(s.requests).toHaveLength(2);
  });
});

describe('graphQlBulkJobs.result', () => {
  it('a status answer without the job is a GraphQlBulkJobStatusError', async () => {
    const s = await serve(() => ({}));
    await expect(clientFor(s).graphQlBulkJobs.result({ errors: 'no job' })).rejects.toBeInstanceOf(
      GraphQlBulkJobStatusError,
    );
  });
});

/** A submit answer written as text, so that an id beyond 2^53 reaches the client as digits. */
const submitted = (payload: string): Reply => ({
  headers: { 'content-type': 'application/json' },
  body: `{"payload":${payload},"errors":null}`,
});

describe('graphQlBulkJobs.submitAndWait', () => {
  it('submits once, polls the exact id it was given, and returns id, job and result', async () => {
    const done = job('Success', 100, { rawResult: 'rows' });
    const status = polls(BIG_ID, [{ job: job('InProgress', 50) }, { job: done }]);
    const s = await serve((req, i) =>
      req.path === '/graphqlbulkqueryjob'
        ? submitted(
            `{"data":{"id":${BIG_ID},"createdAt":"2026-04-24T10:00:00Z","status":"Queued","runtimeErrors":null},"errors":null}`,
          )
        : status(req, i),
    );
    const progress: (number | null)[] = [];
    const outcome = await clientFor(s).graphQlBulkJobs.submitAndWait(
      { query: '{ campaigns { id } }' },
      { intervalMs: 1, onProgress: (p) => progress.push(p) },
    );
    expect(outcome).toEqual({ id: BIG_ID, job: done, result: 'rows' });
    expect(progress).toEqual([50, 100]);
    expect(s.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /graphqlbulkqueryjob',
      `GET /graphqlbulkjob/${BIG_ID}`,
      `GET /graphqlbulkjob/${BIG_ID}`,
    ]);
    expect(JSON.parse(s.requests[0]?.body ?? '')).toEqual({ query: '{ campaigns { id } }' });
  });

  it('an answer with payload.errors is a GraphQlBulkJobSubmitError carrying them; nothing is polled', async () => {
    const errors = [
      { message: 'Cannot query field "nope"', field: ['nope'], additionalData: null },
      { message: null },
    ];
    const s = await serve(() => submitted(JSON.stringify({ data: null, errors })));
    const error = await clientFor(s)
      .graphQlBulkJobs.submitAndWait({ query: '{ nope }' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQlBulkJobSubmitError);
    const e = error as GraphQlBulkJobSubmitError;
    expect(e.errors).toEqual(errors);
    expect(e.response).toEqual({ payload: { data: null, errors }, errors: null });
    expect(e.message).toBe(
      'submitGraphQlBulkQueryJob: the API reported errors for the GraphQL bulk job: Cannot query field "nope"; (no message)',
    );
    expect(s.requests).toHaveLength(1);
  });

  it('an answer without payload.data.id is a GraphQlBulkJobSubmitError too', async () => {
    const s = await serve(() => ({ body: { errors: 'query rejected' } }));
    const error = await clientFor(s)
      .graphQlBulkJobs.submitAndWait({ query: '{ x }' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQlBulkJobSubmitError);
    expect(error).toMatchObject({
      errors: [],
      message:
        'submitGraphQlBulkQueryJob: the answer has no payload.data.id, so there is no job to wait for (query rejected)',
    });
    expect(s.requests).toHaveLength(1);
  });
});
