import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type RunningSandbox, startSandbox } from '@workflows-api/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { exitCodes } from '../src/exit-codes.js';
import { inProcess, type Run, workflows } from './run.js';

let running: RunningSandbox;
let campaignId: string;
let dir: string;
/** A loopback proxy in front of the sandbox that records every ad group name a bulk create carried. */
let proxy: Server;
let proxyUrl: string;
const received: string[] = [];

beforeAll(async () => {
  running = await startSandbox({ jobSpeed: 200 });
  dir = await mkdtemp(path.join(tmpdir(), 'workflows-bulk-'));
  proxy = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      chunks.push(chunk as Buffer);
    }
    const body = Buffer.concat(chunks);
    if (req.method === 'POST' && req.url === '/standardjob/adgroup/bulk') {
      const parsed = JSON.parse(body.toString()) as { input: { primaryInput: { name: string } }[] };
      received.push(...parsed.input.map((item) => item.primaryInput.name));
    }
    const answer = await fetch(running.url + req.url, {
      method: req.method ?? 'GET',
      headers: Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => !['host', 'connection'].includes(k)),
      ) as Record<string, string>,
      ...(body.length > 0 ? { body } : {}),
    });
    res.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
    });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  const c = await fetch(`${running.url}/campaign`, {
    method: 'POST',
    headers: { 'TTD-Auth': 't', 'Content-Type': 'application/json' },
    body: JSON.stringify({
      primaryInput: {
        advertiserId: 'a',
        name: 'bulk CLI',
        primaryChannel: 'Display',
        primaryGoal: { maximizeReach: true },
      },
    }),
  });
  campaignId = ((await c.json()) as { campaign: { id: string } }).campaign.id;
});
afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve));
  await running.close();
});

const adGroup = (name: string) => ({
  campaignId,
  primaryInput: { name, channel: 'Display', funnelLocation: 'Awareness' },
});

async function jsonl(name: string, lines: (object | string)[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(
    file,
    `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n`,
  );
  return file;
}

const cli = (args: string[]): Promise<Run> =>
  inProcess(args, { WORKFLOWS_TTD_AUTH: 't', WORKFLOWS_SERVER: proxyUrl });

const results = async (file: string) =>
  (await readFile(file, 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { line: number; outcome: string; id?: string; errors?: unknown[] })
    .sort((a, b) => a.line - b.line);

const times = (name: string) => received.filter((n) => n === name).length;
const FAST = ['--interval', '5', '--progress', 'none'];
/** The arguments of `workflows bulk ad-groups create --input <input> ...extra`. */
const createArgs = (input: string, ...extra: string[]): string[] => [
  'bulk',
  'ad-groups',
  'create',
  '--input',
  input,
  ...extra,
];
/** `workflows bulk ad-groups create --input <input> ...extra`, quickly polled, no progress. */
const bulkCreate = (input: string, ...extra: string[]): Promise<Run> =>
  cli(createArgs(input, ...extra, ...FAST));

describe('workflows bulk', () => {
  it('runs every line through jobs of --chunk, one result line per input line', async () => {
    const names = Array.from({ length: 11 }, (_, i) => `happy ${i + 1}${i === 6 ? ' fail' : ''}`);
    const input = await jsonl('happy.jsonl', names.map(adGroup));
    const r = await bulkCreate(input, '--chunk', '4');
    expect(r.code).toBe(exitCodes.jobPartialSuccess);
    expect(r.stdout).toContain('11 items: 10 succeeded, 1 failed, 0 unknown');
    const out = await results(`${input}.results.jsonl`);
    expect(out.map((o) => o.line)).toEqual(names.map((_, i) => i + 1));
    expect(out[6]).toMatchObject({
      outcome: 'failed',
      errors: [{ pointer: '/primaryInput/name' }],
    });
    expect(out.filter((o) => o.outcome === 'succeeded').every((o) => /^adg/.test(o.id ?? ''))).toBe(
      true,
    );
    for (const name of names) {
      expect(times(name)).toBe(1);
    }
  });

  it('exits 0 when every item succeeded, and --json prints the summary', async () => {
    const input = await jsonl('all-good.jsonl', ['good 1', 'good 2', 'good 3'].map(adGroup));
    const output = path.join(dir, 'all-good.out.jsonl');
    const r = await bulkCreate(input, '--output', output, '--json');
    expect(r.code).toBe(exitCodes.ok);
    expect(JSON.parse(r.stdout)).toMatchObject({ items: 3, succeeded: 3, failed: 0, output });
    expect(existsSync(`${output}.partial`)).toBe(false);
  });

  it('sends nothing while an item is invalid, naming each by its line; --skip-invalid sends the rest', async () => {
    const input = await jsonl('invalid.jsonl', [
      adGroup('checked 1'),
      { campaignId, primaryInput: { name: 42 } },
      '{"campaignId": ',
      '',
      adGroup('checked 5'),
    ]);
    const before = received.length;
    const r = await bulkCreate(input);
    expect(r.code).toBe(exitCodes.usage);
    expect(r.stderr).toContain(`2 of 4 items of ${input} do not match the spec; nothing was sent`);
    expect(r.stderr).toContain(`${input}:2: /primaryInput/name must be string`);
    expect(r.stderr).toMatch(new RegExp(`${input}:3: invalid JSON at column \\d+`));
    expect(received.length).toBe(before);
    expect(existsSync(`${input}.journal`)).toBe(false);

    const skipped = await bulkCreate(input, '--skip-invalid');
    expect(skipped.code).toBe(exitCodes.jobPartialSuccess);
    const out = await results(`${input}.results.jsonl`);
    expect(out.map((o) => `${o.line} ${o.outcome}`)).toEqual([
      '1 succeeded',
      '2 invalid',
      '3 invalid',
      '5 succeeded',
    ]);
  });

  it('reads CSV with a header of field paths', async () => {
    const file = path.join(dir, 'items.csv');
    await writeFile(
      file,
      [
        'campaignId:string,primaryInput.name,primaryInput.channel,primaryInput.funnelLocation,primaryInput.budget.budgetInAdvertiserCurrency',
        `${campaignId},"csv, one",Display,Awareness,1000`,
        `${campaignId},"csv ""two""",Display,Awareness,`,
      ].join('\r\n'),
    );
    const r = await bulkCreate(file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(exitCodes.ok);
    expect(times('csv, one')).toBe(1);
    expect(times('csv "two"')).toBe(1);
    expect((await results(`${file}.results.jsonl`)).map((o) => o.line)).toEqual([2, 3]);
  });

  it('an unreachable API stops the run with exit 1, and a rerun resumes', async () => {
    const input = await jsonl('unreachable.jsonl', ['later 1', 'later 2'].map(adGroup));
    const dead = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const { port } = s.address() as AddressInfo;
        s.close(() => resolve(port));
      });
    });
    const r = await bulkCreate(input, '--server', `http://127.0.0.1:${dead}`, '--retries', '0');
    expect(r.code).toBe(exitCodes.apiError);
    expect(r.stderr).toContain('the same command resumes');
    const again = await bulkCreate(input);
    expect(again.code).toBe(exitCodes.ok);
    expect(times('later 1')).toBe(1);
  });

  it('refuses a journal of another input, and a journal another run holds', async () => {
    const input = await jsonl('changing.jsonl', [adGroup('changing 1')]);
    expect((await bulkCreate(input)).code).toBe(0);
    await writeFile(input, `${JSON.stringify(adGroup('changed 1'))}\n`);
    const changed = await bulkCreate(input);
    expect(changed.code).toBe(exitCodes.usage);
    expect(changed.stderr).toContain('the journal belongs to another run');
    await writeFile(`${input}.journal.lock`, String(process.pid));
    const locked = await bulkCreate(input, '--journal', `${input}.journal`);
    expect(locked.code).toBe(exitCodes.usage);
    expect(locked.stderr).toContain(`is in use by another workflows bulk (pid ${process.pid})`);
  });

  it('draws its progress in place on a terminal, and as plain lines elsewhere', async () => {
    const input = await jsonl('progress.jsonl', ['shown 1', 'shown 2', 'shown 3'].map(adGroup));
    const run = async (tty: boolean) => {
      let stderr = '';
      const code = await runCli(
        createArgs(
          input,
          '--chunk',
          '2',
          '--interval',
          '5',
          '--journal',
          `${input}.${tty}.journal`,
        ),
        {
          stdout: { write: () => true },
          stderr: { write: (t: string) => (stderr += t), isTTY: tty },
          env: { WORKFLOWS_TTD_AUTH: 't', WORKFLOWS_SERVER: proxyUrl },
        },
      );
      return { code, stderr };
    };
    const bar = await run(true);
    expect(bar.code).toBe(0);
    expect(bar.stderr).toContain('\r\x1b[2Kbulk [');
    expect(bar.stderr).toMatch(/3\/3 items done \(3 ok, 0 failed\), 0 jobs in flight\n$/);
    const lines = await run(false);
    expect(lines.stderr).not.toContain('\x1b');
    expect(lines.stderr).toMatch(/^bulk: 0\/3 items done/);
    expect(lines.stderr).toContain('bulk: 3/3 items done (3 ok, 0 failed), 0 jobs in flight\n');
  });

  it('refuses an output or a journal it cannot write before sending anything, and takes over a lock of a dead run', async () => {
    const input = await jsonl('paths.jsonl', [adGroup('paths 1')]);
    const before = received.length;
    const output = await bulkCreate(input, '--output', path.join(dir, 'no/such/dir/out.jsonl'));
    expect(output.code).toBe(exitCodes.usage);
    expect(output.stderr).toContain('--output');
    const journal = await bulkCreate(input, '--journal', path.join(dir, 'no/such/dir/j'));
    expect(journal.code).toBe(exitCodes.usage);
    expect(journal.stderr).toContain('cannot use');
    expect(received.length).toBe(before);
    // Neither left its lock behind, and a lock whose process is gone is taken over.
    expect(existsSync(`${input}.journal.lock`)).toBe(false);
    await writeFile(`${input}.journal.lock`, '999999999');
    const taken = await bulkCreate(input);
    expect(taken.code).toBe(exitCodes.ok);
    expect(existsSync(`${input}.journal.lock`)).toBe(false);
  });

  it('names the bulk operations there are', async () => {
    const r = await cli(['bulk', 'ad-groups', 'archive', '--input', 'x']);
    expect(r.code).toBe(exitCodes.usage);
    expect(r.stderr).toContain(
      'ad-groups create, ad-groups update, campaigns create, campaigns update',
    );
  });
});

describe('workflows bulk killed (SIGKILL) at every step of its journal, then run again', () => {
  // 10 items in chunks of 4, one job at a time: a run record, then 3 chunks x (submitting,
  // submitted, done): 10 records, each a point to die just before or just after.
  const RECORDS = 10;
  for (let at = 1; at <= RECORDS; at += 1) {
    for (const when of ['before', 'after'] as const) {
      it(`killed ${when} record ${at}: the API receives each item once`, async () => {
        const names = Array.from({ length: 10 }, (_, i) => `kill-${when}-${at} ${i + 1}`);
        const input = await jsonl(`kill-${when}-${at}.jsonl`, names.map(adGroup));
        const args = createArgs(input, '--chunk', '4', '--concurrency', '1', ...FAST);
        const env = { WORKFLOWS_SERVER: proxyUrl };
        const killed = await workflows(args, { ...env, WORKFLOWS_BULK_KILL_AT: `${when}:${at}` });
        expect(killed.code).toBeNull();

        const resumed = await workflows(args, env);
        for (const name of names) {
          expect(times(name)).toBeLessThanOrEqual(1);
        }
        const out = await results(`${input}.results.jsonl`);
        expect(out.map((o) => o.line)).toEqual(names.map((_, i) => i + 1));
        const unknown = out.filter((o) => o.outcome === 'unknown');
        for (const o of out.filter((x) => x.outcome !== 'unknown')) {
          expect(o.outcome).toBe('succeeded');
          expect(times(names[o.line - 1] as string)).toBe(1);
        }
        if (unknown.length === 0) {
          expect(resumed.code).toBe(exitCodes.ok);
          return;
        }
        expect(resumed.stderr).toContain('--resubmit-unknown');
        // Unknown: the kill came between `submitting` and the answer being recorded. Items the
        // API never received are sent by --resubmit-unknown; the others were received once.
        const neverReceived = unknown.filter((o) => times(names[o.line - 1] as string) === 0);
        if (neverReceived.length === unknown.length) {
          const forced = await workflows([...args, '--resubmit-unknown'], env);
          expect(forced.code).toBe(exitCodes.ok);
          for (const name of names) {
            expect(times(name)).toBe(1);
          }
        }
        const again = await workflows(args, env);
        expect(again.stdout).toContain('0 jobs submitted');
        for (const name of names) {
          expect(times(name)).toBeLessThanOrEqual(1);
        }
      });
    }
  }
});
