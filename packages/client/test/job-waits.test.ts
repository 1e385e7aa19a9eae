import { BulkJobStatus, WorkflowStatus } from '@workflows-api/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  GraphQlBulkJobStatusError,
  ResponseValidationError,
  TimeoutError,
  UnknownJobStatusError,
  type ValidateMode,
  WorkflowsError,
} from '../src/index.js';
import { BIG_ID, clientFor } from './helpers/client.js';
import { type Reply, serversClosedAfterEach, type TestServer } from './helpers/server.js';

const serve = serversClosedAfterEach();
afterEach(() => {
  vi.useRealTimers();
});

type Client = ReturnType<typeof clientFor>;
type Options = Record<string, unknown>;

interface Kind {
  /** The group of `waitFor`. */
  group: string;
  statusPath(id: string): string;
  /** A status answer of job 77 with this status (or none, when undefined). */
  answer(status: unknown): unknown;
  statuses: readonly string[];
  waitFor(client: Client, id: unknown, options?: Options): Promise<unknown>;
  /** The submit-wait-result method, its name, the path it posts to, and its answer's text. */
  andWait(client: Client, options?: Options): Promise<unknown>;
  andWaitName: string;
  submitPath: string;
  submitted(idDigits: string): string;
}

// Both kinds of job poll with the same code: each guarantee is checked on both.
const kinds: Kind[] = [
  {
    group: 'bulkJobs',
    statusPath: (id) => `/standardjob/${id}/status`,
    answer: (status) => ({
      id: 77,
      createdAtUtc: '2026-01-01T00:00:00Z',
      status,
      completionPercentage: 10,
    }),
    statuses: WorkflowStatus,
    waitFor: (c, id, o) => c.bulkJobs.waitFor(id as number, o),
    andWait: (c, o) => c.adGroups.bulkCreateAndWait({ input: [] } as never, o),
    andWaitName: 'adGroups.bulkCreateAndWait',
    submitPath: '/standardjob/adgroup/bulk',
    submitted: (id) => `{"id":${id}}`,
  },
  {
    group: 'graphQlBulkJobs',
    statusPath: (id) => `/graphqlbulkjob/${id}`,
    answer: (status) => ({
      job: {
        id: 77,
        createdAt: '2026-01-01T00:00:00Z',
        status,
        completionPercentage: 10,
        runtimeErrors: null,
      },
      errors: null,
    }),
    statuses: BulkJobStatus,
    waitFor: (c, id, o) => c.graphQlBulkJobs.waitFor(id as number, o),
    andWait: (c, o) => c.graphQlBulkJobs.submitAndWait({ query: '{ x }' }, o),
    andWaitName: 'graphQlBulkJobs.submitAndWait',
    submitPath: '/graphqlbulkqueryjob',
    submitted: (id) =>
      `{"payload":{"data":{"id":${id},"createdAt":"2026-01-01T00:00:00Z","status":"Queued","runtimeErrors":null},"errors":null},"errors":null}`,
  },
];

const json = (body: unknown): Reply => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

for (const kind of kinds) {
  describe(`${kind.group}.waitFor`, () => {
    const running = kind.statuses[0] === 'Queued' ? 'Queued' : 'InProgress';
    const final = 'Success';

    for (const name of ['intervalMs', 'maxIntervalMs', 'timeoutMs']) {
      it(`refuses ${name} that is not a finite number > 0, before any request`, async () => {
        const s = await serve(() => json(kind.answer(final)));
        const client = clientFor(s);
        for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '5']) {
          await expect(kind.waitFor(client, 77, { [name]: bad })).rejects.toThrow(
            new WorkflowsError(
              `${kind.group}.waitFor: ${name} must be a finite number > 0, not ${typeof bad === 'string' ? `"${bad}"` : bad}`,
            ),
          );
        }
        expect(s.requests).toHaveLength(0);
      });
    }

    it('the ...AndWait method checks its wait options before it submits the job', async () => {
      const s = await serve(() => json(kind.answer(final)));
      await expect(kind.andWait(clientFor(s), { waitTimeoutMs: 0 })).rejects.toThrow(
        `${kind.andWaitName}: waitTimeoutMs must be a finite number > 0, not 0`,
      );
      await expect(kind.andWait(clientFor(s), { intervalMs: Number.NaN })).rejects.toThrow(
        `${kind.andWaitName}: intervalMs must be a finite number > 0, not NaN`,
      );
      expect(s.requests).toHaveLength(0);
    });

    it('a status outside the enum ends the wait after 3 polls with an UnknownJobStatusError', async () => {
      const s = await serve(() => json(kind.answer('Paused')));
      const error = await kind
        .waitFor(clientFor(s), 77, { intervalMs: 1 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnknownJobStatusError);
      expect(error).toMatchObject({ jobId: '77', status: 'Paused', polls: 3 });
      expect((error as Error).message).toBe(
        `${kind.group === 'bulkJobs' ? 'bulk job' : 'GraphQL bulk job'} 77: 3 polls in a row gave no status this client knows, the last status "Paused" (known: ${kind.statuses.join(', ')}); waiting would never end`,
      );
      expect(s.requests).toHaveLength(3);
    });

    it('so does an answer without a status', async () => {
      const s = await serve(() => json(kind.answer(undefined)));
      const error = await kind
        .waitFor(clientFor(s), 77, { intervalMs: 1 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnknownJobStatusError);
      expect((error as Error).message).toContain('the last an answer without a status');
      expect(s.requests).toHaveLength(3);
    });

    it('an unknown status between known ones is a blip, and the wait goes on', async () => {
      const steps = [running, 'Paused', running, 'Paused', 'Paused', final];
      const s = await serve((_, i) => json(kind.answer(steps[Math.min(i, steps.length - 1)])));
      const seen: string[] = [];
      const done = (await kind.waitFor(clientFor(s), 77, {
        intervalMs: 1,
        onProgress: (_: unknown, state: { status: string }) => seen.push(state.status),
      })) as { status: string };
      expect(done.status).toBe(final);
      // Only known statuses reach onProgress.
      expect(seen).toEqual([running, running, final]);
      expect(s.requests).toHaveLength(6);
    });

    it('waits at most an hour by default, and says so', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      let polls = 0;
      const client = clientFor({ url: 'http://127.0.0.1:1' } as TestServer, {
        fetch: async () => {
          polls++;
          return new Response(JSON.stringify(kind.answer(running)), {
            headers: { 'content-type': 'application/json' },
          });
        },
      });
      const waiting = kind.waitFor(client, 77).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(3_600_000);
      const error = await waiting;
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as Error).message).toMatch(
        new RegExp(`77 is still ${running} \\(10 %\\) after 3600000 ms$`),
      );
      // 1 s, growing 1.5x to 30 s: about two polls a minute for an hour, not a storm.
      expect(polls).toBeGreaterThan(100);
      expect(polls).toBeLessThan(150);
    });

    it('refuses an id a JS number may have rounded, before any request', async () => {
      const s = await serve(() => json(kind.answer(final)));
      await expect(kind.waitFor(clientFor(s), Number(BIG_ID))).rejects.toThrow(
        `${kind.group}.waitFor: a job id is a string of digits or a non-negative safe integer, not 9007199254740992 (beyond 2^53 a JS number may already be rounded: pass the id as a string)`,
      );
      expect(s.requests).toHaveLength(0);
    });

    for (const validate of ['off', 'warn'] as ValidateMode[]) {
      it(`the ...AndWait method polls a submitted id beyond 2^53 exactly (validate: '${validate}')`, async () => {
        const s = await serve((r) =>
          r.path === kind.submitPath
            ? { status: 202, ...json(null), body: kind.submitted(BIG_ID) }
            : json(kind.answer(final)),
        );
        await kind.andWait(clientFor(s, { validate, logLevel: 'off' }), { intervalMs: 1 });
        expect(s.requests.map((r) => r.path)).toEqual([kind.submitPath, kind.statusPath(BIG_ID)]);
      });
    }

    it("the ...AndWait method refuses a submitted id beyond 2^53 under validate: 'strict'; nothing is polled", async () => {
      const s = await serve((r) =>
        r.path === kind.submitPath
          ? { status: 202, ...json(null), body: kind.submitted(BIG_ID) }
          : json(kind.answer(final)),
      );
      const error = await kind
        .andWait(clientFor(s, { validate: 'strict' }), { intervalMs: 1 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect(s.requests.map((r) => r.path)).toEqual([kind.submitPath]);
    });
  });
}

describe('an empty or null status answer', () => {
  for (const body of ['', 'null']) {
    it(`bulkJobs.waitFor: ${body || 'no body'} is an UnknownJobStatusError after 3 polls, not a TypeError`, async () => {
      const s = await serve(() => ({ headers: { 'content-type': 'application/json' }, body }));
      const error = await clientFor(s)
        .bulkJobs.waitFor(77, { intervalMs: 1 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnknownJobStatusError);
      expect((error as Error).message).toContain(
        body ? 'the last the answer null' : 'the last an empty answer',
      );
      expect(s.requests).toHaveLength(3);
    });
  }

  for (const body of ['', 'null']) {
    it(`graphQlBulkJobs.waitFor: ${body || 'no body'} is a GraphQlBulkJobStatusError, not a TypeError`, async () => {
      const s = await serve(() => ({ headers: { 'content-type': 'application/json' }, body }));
      const error = await clientFor(s)
        .graphQlBulkJobs.waitFor(77, { intervalMs: 1 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphQlBulkJobStatusError);
      expect(s.requests).toHaveLength(1);
    });
  }
});
