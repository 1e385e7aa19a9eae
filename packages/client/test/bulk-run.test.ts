import { type RunningSandbox, startSandbox } from '@workflows-api/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BulkItem,
  type BulkItemResult,
  type BulkJournal,
  BulkJournalMismatchError,
  type BulkJournalRecord,
  memoryJournal,
  runBulk,
  validateBulkItem,
} from '../src/bulk.js';
import { replay } from '../src/bulk-journal.js';
import { createWorkflowsClient } from '../src/index.js';

let running: RunningSandbox;
let campaignId: string;
/** Every ad group name the client put on the wire in a bulk create, in order. */
let sentNames: string[];

beforeAll(async () => {
  // Jobs of a few items take milliseconds of the sandbox's (real) clock.
  running = await startSandbox({ jobSpeed: 200 });
  const res = await fetch(`${running.url}/campaign`, {
    method: 'POST',
    headers: { 'TTD-Auth': 't', 'Content-Type': 'application/json' },
    body: JSON.stringify({
      primaryInput: {
        advertiserId: 'a',
        name: 'bulk runs',
        primaryChannel: 'Display',
        primaryGoal: { maximizeReach: true },
      },
    }),
  });
  campaignId = ((await res.json()) as { campaign: { id: string } }).campaign.id;
});
afterAll(async () => {
  await running.close();
});

function client() {
  sentNames = [];
  return createWorkflowsClient({
    server: running.url,
    auth: 't',
    logLevel: 'off',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (
        request.method === 'POST' &&
        new URL(request.url).pathname === '/standardjob/adgroup/bulk'
      ) {
        const body = (await request.clone().json()) as {
          input: { primaryInput: { name: string } }[];
        };
        sentNames.push(...body.input.map((item) => item.primaryInput.name));
      }
      return fetch(request);
    },
  });
}

const items = (prefix: string, count: number, failing: number[] = []): BulkItem[] =>
  Array.from({ length: count }, (_, i) => ({
    line: i + 1,
    value: {
      campaignId,
      primaryInput: {
        name: `${prefix} ${i + 1}${failing.includes(i + 1) ? ' fail' : ''}`,
        channel: 'Display',
        funnelLocation: 'Awareness',
      },
    },
  }));

async function run(
  journal: BulkJournal,
  input: BulkItem[],
  extra: { resubmitUnknown?: boolean; signal?: AbortSignal; concurrency?: number } = {},
) {
  const results: BulkItemResult[] = [];
  let maxInFlight = 0;
  const summary = await runBulk(client(), {
    operationId: 'bulkCreateAdGroups',
    items: input,
    journal,
    inputId: 'test-input',
    chunkSize: 5,
    concurrency: extra.concurrency ?? 2,
    intervalMs: 5,
    maxIntervalMs: 20,
    resubmitUnknown: extra.resubmitUnknown,
    signal: extra.signal,
    onResult: (r) => {
      results.push(r);
    },
    onProgress: (p) => {
      maxInFlight = Math.max(maxInFlight, p.inFlight);
    },
  });
  results.sort((a, b) => a.line - b.line);
  return { summary, results, maxInFlight, sent: [...sentNames] };
}

describe('runBulk', () => {
  it('splits items into jobs, at most `concurrency` at once, and reports each line once', async () => {
    const journal = memoryJournal();
    const { summary, results, maxInFlight, sent } = await run(journal, items('happy', 23, [4, 17]));
    expect(results.map((r) => r.line)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(results.filter((r) => r.outcome === 'failed').map((r) => r.line)).toEqual([4, 17]);
    // Each failure points into its own item, not into the job's body.
    expect(results.find((r) => r.line === 4)?.errors?.[0]).toMatchObject({
      pointer: '/primaryInput/name',
      message: expect.stringContaining('fail'),
    });
    for (const r of results.filter((r) => r.outcome === 'succeeded')) {
      expect(r.id).toMatch(/^adg/);
      expect(r.jobId).toMatch(/^\d+$/);
    }
    expect(summary).toMatchObject({
      items: 23,
      succeeded: 21,
      failed: 2,
      unknown: 0,
      submittedChunks: 5,
    });
    expect(maxInFlight).toBeLessThanOrEqual(2);
    expect(new Set(sent).size).toBe(23);
    expect(sent).toHaveLength(23);
  });

  it('a rerun with a finished journal sends nothing and reports the same outcomes', async () => {
    const journal = memoryJournal();
    const first = await run(journal, items('again', 12));
    const second = await run(journal, items('again', 12));
    expect(second.sent).toEqual([]);
    expect(second.results).toEqual(first.results);
    expect(second.summary).toMatchObject({ resumedChunks: 3, submittedChunks: 0 });
  });

  it('refuses a journal written for another input or chunk size', async () => {
    const journal = memoryJournal();
    await run(journal, items('mine', 3));
    await expect(
      runBulk(client(), {
        operationId: 'bulkCreateAdGroups',
        items: items('mine', 3),
        journal,
        inputId: 'another-input',
        chunkSize: 5,
        onResult: () => {},
      }),
    ).rejects.toThrow(BulkJournalMismatchError);
  });

  it('checks options before sending anything', async () => {
    await expect(
      runBulk(client(), {
        operationId: 'bulkCreateAdGroups',
        items: [],
        journal: memoryJournal(),
        inputId: 'x',
        chunkSize: 0,
        onResult: () => {},
      }),
    ).rejects.toThrow('chunkSize must be a whole number >= 1');
  });

  it('validates one item against the spec, its issues pointing into the item', () => {
    expect(validateBulkItem('bulkCreateAdGroups', items('v', 1)[0]?.value)).toEqual([]);
    const issues = validateBulkItem('bulkCreateAdGroups', { campaignId: 7, primaryInput: {} });
    expect(issues.map((i) => i.path)).toContain('/campaignId');
  });
});

/**
 * A journal that dies at its `at`-th append, as the process would: the record is kept
 * (`after`) or not (`before`), that append and every later one throws, and everything the
 * run still has in flight is aborted.
 */
function crashingJournal(at: number, when: 'before' | 'after', abort: AbortController) {
  const kept: BulkJournalRecord[] = [];
  let appends = 0;
  const journal: BulkJournal = {
    read: async () => [...kept],
    append: async (record) => {
      appends += 1;
      if (appends > at) {
        throw new Error('crashed');
      }
      if (appends === at) {
        if (when === 'after') {
          kept.push(structuredClone(record));
        }
        abort.abort(new Error('crashed'));
        throw new Error('crashed');
      }
      kept.push(structuredClone(record));
    },
  };
  return { journal, kept };
}

describe('runBulk stopped at every step of the journal, then run again', () => {
  // 12 items in chunks of 5: a run record, then 3 chunks x (submitting, submitted, done).
  const appendsOfAFullRun = 1 + 3 * 3;
  for (let at = 1; at <= appendsOfAFullRun; at += 1) {
    for (const when of ['before', 'after'] as const) {
      it(`crash ${when} append ${at}: no item is sent twice, and every line gets an outcome`, async () => {
        const prefix = `crash-${at}-${when}`;
        const input = items(prefix, 12);
        const abort = new AbortController();
        const { journal: dying, kept } = crashingJournal(at, when, abort);
        const crashed = await run(dying, input, { signal: abort.signal }).catch(() => undefined);
        expect(crashed).toBeUndefined();
        const sentBefore = sentNames;

        const journal = memoryJournal([...kept]);
        const resumed = await run(journal, input);
        const sentTotal = [...sentBefore, ...resumed.sent];
        expect(sentTotal.length).toBe(new Set(sentTotal).size);
        expect(resumed.results.map((r) => r.line)).toEqual(input.map((i) => i.line));

        // Lines left `unknown` are exactly those of chunks with `submitting` and no answer kept.
        const { chunks } = replay(kept);
        const unknownLines = [...chunks.values()]
          .filter((c) => c.submitting && c.jobId === undefined && !c.results)
          .flatMap((c) => c.lines);
        expect(resumed.results.filter((r) => r.outcome === 'unknown').map((r) => r.line)).toEqual(
          unknownLines.sort((a, b) => a - b),
        );
        for (const r of resumed.results.filter((r) => r.outcome !== 'unknown')) {
          expect(r.outcome).toBe('succeeded');
        }

        // Only when asked are those sent again; then each line has its outcome.
        if (unknownLines.length > 0) {
          expect((await run(journal, input)).sent).toEqual([]);
          const forced = await run(journal, input, { resubmitUnknown: true });
          expect(forced.sent.sort()).toEqual(
            unknownLines.map((line) => `${prefix} ${line}`).sort(),
          );
          expect(forced.results.every((r) => r.outcome === 'succeeded')).toBe(true);
          expect(forced.results).toHaveLength(12);
        }
      });
    }
  }
});
