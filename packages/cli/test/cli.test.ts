import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createManualClock,
  type ManualClock,
  type RunningSandbox,
  startSandbox,
} from '@workflows-api/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { exitCodes } from '../src/exit-codes.js';
import { inProcess, type Run, workflows } from './run.js';

let running: RunningSandbox;
let clock: ManualClock;
let campaignId: string;

async function post(
  pathname: string,
  body: unknown,
): Promise<{ id: number } & Record<string, unknown>> {
  const res = await fetch(running.url + pathname, {
    method: 'POST',
    headers: { 'TTD-Auth': 't', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { id: number };
}

const adGroup = (name: string) => ({
  campaignId,
  primaryInput: { name, channel: 'Display', funnelLocation: 'Awareness' },
});
const bulk = async (...names: string[]) =>
  (await post('/standardjob/adgroup/bulk', { input: names.map(adGroup) })).id;

const statusPolls = (operationId: string) =>
  running.sandbox.requests.filter((r) => r.operationId === operationId).length;

/** Moves the clock `stepMs` after each status poll of the CLI, until it exits. */
async function stepClockOnPolls(
  child: Promise<Run>,
  stepMs: number,
  operationId = 'getBulkJobStatus',
): Promise<Run> {
  let done = false;
  const result = child.finally(() => {
    done = true;
  });
  let seen = statusPolls(operationId);
  while (!done) {
    await new Promise((r) => setTimeout(r, 2));
    const now = statusPolls(operationId);
    if (now > seen) {
      seen = now;
      clock.advance(stepMs);
    }
  }
  return result;
}

/** Lets every pending job finish. */
const finishJobs = () => clock.advance(3_600_000);

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);

beforeAll(async () => {
  clock = createManualClock(Date.UTC(2025, 0, 1));
  running = await startSandbox({ clock });
  const c = await post('/campaign', {
    primaryInput: {
      advertiserId: 'a',
      name: 'CLI tests',
      primaryChannel: 'Display',
      primaryGoal: { maximizeReach: true },
    },
  });
  campaignId = (c.campaign as { id: string }).id;
});

afterAll(async () => {
  await running.close();
});

describe('workflows job status', () => {
  it('prints the status as text or JSON', async () => {
    const id = await bulk('a', 'b');
    const text = await workflows(['job', 'status', String(id), '--server', running.url]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Job ${id}: InProgress 0.0%`);
    expect(text.stdout).toContain('created:   2025-01-01T00:00:00.000Z');

    const json = await workflows(['job', 'status', String(id), '--json'], {
      WORKFLOWS_SERVER: running.url,
    });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      id,
      status: 'InProgress',
      completionPercentage: 0,
    });
  });

  it('prints a 404 ProblemDetails cleanly and exits 1', async () => {
    const r = await workflows(['job', 'status', '4242', '--server', running.url]);
    expect(r.code).toBe(exitCodes.apiError);
    expect(r.stderr).toContain(
      'workflows: getBulkJobStatus failed with 404 The resource was not found.',
    );
    expect(r.stderr).toContain('detail:   No bulk job has id 4242.');
    expect(r.stderr).toMatch(/traceId: +sbx-/);
    noStackTrace(r.stderr);
    expect(r.stdout).toBe('');

    const json = await workflows(['job', 'status', '4242', '--server', running.url, '--json']);
    expect(json.code).toBe(exitCodes.apiError);
    expect(JSON.parse(json.stdout).error).toMatchObject({
      status: 404,
      problem: { status: 404, detail: 'No bulk job has id 4242.' },
    });
  });

  it('prints a 401 when the token is refused, and asks for one when there is none', async () => {
    const strict = await startSandbox({ authTokens: ['the-right-token'] });
    try {
      const r = await workflows(['job', 'status', '1', '--server', strict.url], {
        WORKFLOWS_TTD_AUTH: 'wrong',
      });
      expect(r.code).toBe(exitCodes.apiError);
      expect(r.stderr).toContain('failed with 401');
      expect(r.stderr).toContain('The TTD-Auth token was not accepted.');
      noStackTrace(r.stderr);
    } finally {
      await strict.close();
    }
    const none = await workflows(['job', 'status', '1', '--server', running.url], {
      WORKFLOWS_TTD_AUTH: undefined,
    });
    expect(none.code).toBe(exitCodes.usage);
    expect(none.stderr).toContain('set WORKFLOWS_TTD_AUTH');
  });

  it('reports an unreachable server and an answer that is a bare 503', async () => {
    const gone = await startSandbox();
    const url = gone.url;
    await gone.close();
    const r = await workflows(['job', 'status', '1', '--server', url, '--retries', '0']);
    expect(r.code).toBe(exitCodes.apiError);
    expect(r.stderr).toContain(`workflows: cannot reach ${url}`);
    noStackTrace(r.stderr);

    const failing = await startSandbox({ failRate: 1 });
    try {
      const f = await workflows(['job', 'status', '1', '--server', failing.url, '--retries', '1']);
      expect(f.code).toBe(exitCodes.apiError);
      expect(f.stderr).toContain('failed with 503');
      // One try and one retry reached the server.
      expect(failing.sandbox.requests).toHaveLength(2);
    } finally {
      await failing.close();
    }
  });

  it('refuses a bad command line with the usage and exit code 2', async () => {
    const child = await workflows(['job', 'status', 'twelve']);
    expect(child.code).toBe(exitCodes.usage);
    expect(child.stderr).toContain('workflows: a job id is a whole number, got "twelve"');
    expect(child.stderr).toContain('workflows job <command> <id> [options]');
    // The rest in process: same parser, no process start-up per case.
    for (const [args, message] of [
      [['job', 'stop', '1'], 'unknown job command "stop"'],
      [['jobs'], 'unknown command "jobs"'],
      [
        ['job', 'status', '1', '--server', 'staging'],
        '--server must be prod, sandbox or an http(s) URL',
      ],
      [['job', 'wait', '1', '--timeout', 'soon'], '--timeout must be a whole number >= 1'],
      [['job', 'status', '1', '--colour'], "Unknown option '--colour'"],
      [['job', 'status', '1', '-o', 'x.json'], '-o/--output goes with job result'],
      [['job', 'wait'], 'workflows job wait needs a job id'],
    ] as const) {
      const r = await inProcess([...args]);
      expect(r.code, args.join(' ')).toBe(exitCodes.usage);
      expect(r.stderr).toContain(message);
    }
    const help = await inProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
  });
});

describe('workflows job wait', () => {
  it('shows progress lines when not on a terminal and exits 0 on Success', async () => {
    const id = await bulk('one', 'two', 'three');
    const r = await stepClockOnPolls(
      workflows(['job', 'wait', String(id), '--server', running.url, '--interval', '1']),
      600,
    );
    expect(r.code).toBe(exitCodes.ok);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe(`Job ${id}: InProgress 0.0%`);
    expect(lines.at(-1)).toBe(`Job ${id}: Success 100.0%`);
    const percentages = lines.map((l) => Number(/ ([\d.]+)%$/.exec(l)?.[1]));
    expect(percentages.length).toBeGreaterThan(3);
    expect(percentages).toEqual([...percentages].sort((a, b) => a - b));
    expect(r.stdout).toContain(`Job ${id}: Success 100.0%`);
  });

  it('draws a bar in place with --progress bar', async () => {
    const id = await bulk('bar');
    const r = await stepClockOnPolls(
      workflows([
        'job',
        'wait',
        String(id),
        '--server',
        running.url,
        '--interval',
        '1',
        '--progress',
        'bar',
      ]),
      500,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('\r\x1b[2K');
    expect(r.stderr).toMatch(/\[█+░+\] +\d+\.\d%/);
    expect(r.stderr).toMatch(/\[█+\] 100\.0% Success\n$/);
  });

  it('exits 4 on PartialSuccess and lists what failed', async () => {
    const id = await bulk('good', 'fail this one');
    finishJobs();
    const r = await workflows(['job', 'wait', String(id), '--server', running.url]);
    expect(r.code).toBe(exitCodes.jobPartialSuccess);
    expect(r.stdout).toContain('PartialSuccess');
    expect(r.stdout).toContain(
      'item 1: /input/1/primaryInput/name: the sandbox fails items whose name contains "fail"',
    );
  });

  it('exits 3 when the job fails, with --json too', async () => {
    const id = await bulk('fail 1', 'fail 2');
    finishJobs();
    const r = await workflows(['job', 'wait', String(id), '--server', running.url, '--json']);
    expect(r.code).toBe(exitCodes.jobFailure);
    expect(JSON.parse(r.stdout)).toMatchObject({ id, status: 'Failure' });
  });

  it('exits 5 when --timeout runs out first', async () => {
    const id = await bulk('slow');
    const r = await workflows([
      'job',
      'wait',
      String(id),
      '--server',
      running.url,
      '--interval',
      '5',
      // Long enough for the first status to come back on a loaded machine.
      '--timeout',
      '1500',
    ]);
    expect(r.code).toBe(exitCodes.notFinished);
    expect(r.stderr).toContain('is still InProgress');
    expect(r.stdout).toContain(`Job ${id}: InProgress`);
    finishJobs();
  });

  it('exits 5 when --timeout runs out before any status came back', async () => {
    const silent = createServer(() => {}); // takes every request, answers none
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const { port } = silent.address() as AddressInfo;
      const r = await workflows([
        'job',
        'wait',
        '7',
        '--server',
        `http://127.0.0.1:${port}`,
        '--timeout',
        '300',
      ]);
      expect(r.code).toBe(exitCodes.notFinished);
      expect(r.stderr).toContain('bulk job 7: no status within 300 ms');
    } finally {
      silent.closeAllConnections();
      await new Promise((r) => silent.close(r));
    }
  });
});

describe('workflows job result', () => {
  it('prints an inline result, and refuses a job still running', async () => {
    const id = await bulk('r1', 'r2');
    const early = await workflows(['job', 'result', String(id), '--server', running.url]);
    expect(early.code).toBe(exitCodes.notFinished);
    expect(early.stderr).toContain(`run "workflows job wait ${id}" first`);
    finishJobs();
    const r = await workflows(['job', 'result', String(id), '--server', running.url]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toEqual({ total: 2, succeeded: 2, failed: 0 });
  });

  it('downloads a big result from its url into a file, atomically', async () => {
    const { id } = await post('/standardjob/firstpartydata', { advertiserId: 'large-advertiser' });
    finishJobs();
    const dir = await mkdtemp(path.join(tmpdir(), 'workflows-cli-'));
    const file = path.join(dir, 'result.json');
    await writeFile(file, 'old contents');
    const r = await workflows(['job', 'result', String(id), '--server', running.url, '-o', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const written = await readFile(file, 'utf8');
    expect(r.stderr).toContain(
      `Wrote ${Buffer.byteLength(written)} bytes of job ${id}'s result (Success) to ${file}`,
    );
    expect(Buffer.byteLength(written)).toBeGreaterThan(5 * 1024 * 1024);
    expect(JSON.parse(written).rowCount).toBe(60_000);
    expect(await readdir(dir)).toEqual(['result.json']);

    const json = await workflows([
      'job',
      'result',
      String(id),
      '--server',
      running.url,
      '-o',
      file,
      '--json',
    ]);
    expect(JSON.parse(json.stdout)).toEqual({
      id,
      status: 'Success',
      file,
      bytes: Buffer.byteLength(written),
    });
  });

  it('leaves no partial file when it cannot write', async () => {
    const id = await bulk('w');
    finishJobs();
    const dir = await mkdtemp(path.join(tmpdir(), 'workflows-cli-'));
    const r = await workflows([
      'job',
      'result',
      String(id),
      '--server',
      running.url,
      '-o',
      path.join(dir, 'missing', 'x.json'),
    ]);
    expect(r.code).toBe(exitCodes.apiError);
    expect(r.stderr).toContain('ENOENT');
    noStackTrace(r.stderr);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('workflows graphql-job', () => {
  const submit = async (query: string) => {
    const answer = (await post('/graphqlbulkqueryjob', { query })) as {
      payload?: { data?: { id: number } };
    };
    const id = answer.payload?.data?.id;
    if (id === undefined) {
      throw new Error(`no job id in ${JSON.stringify(answer)}`);
    }
    return String(id);
  };

  it('prints the status of a queued job, and refuses its result until it is done', async () => {
    const id = await submit('{ advertisers { id } }');
    const status = await workflows(['graphql-job', 'status', id, '--server', running.url]);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`GraphQL job ${id}: Queued`);
    const early = await workflows(['graphql-job', 'result', id, '--server', running.url]);
    expect(early.code).toBe(exitCodes.notFinished);
    expect(early.stderr).toContain(`run "workflows graphql-job wait ${id}" first`);
  });

  it('waits from Queued to Success with progress lines, then prints the inline result', async () => {
    const id = await submit('{ advertisers { id } campaigns { id } }');
    const r = await stepClockOnPolls(
      workflows(['graphql-job', 'wait', id, '--server', running.url, '--interval', '1']),
      600,
      'getGraphQlBulkJobStatus',
    );
    expect(r.code).toBe(exitCodes.ok);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe(`GraphQL job ${id}: Queued 0.0%`);
    expect(lines.at(-1)).toBe(`GraphQL job ${id}: Success 100.0%`);
    expect(r.stdout).toContain(`GraphQL job ${id}: Success 100.0%`);
    const result = await workflows(['graphql-job', 'result', id, '--server', running.url]);
    expect(result.code).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout).data).sort()).toEqual([
      'advertisers',
      'campaigns',
    ]);
  });

  it('exits 4 on PartialSuccess and lists the query errors, as JSON too', async () => {
    const id = await submit('{ advertisers { id } failing { id } }');
    finishJobs();
    const text = await workflows(['graphql-job', 'wait', id, '--server', running.url]);
    expect(text.code).toBe(exitCodes.jobPartialSuccess);
    expect(text.stdout).toContain('query errors:');
    expect(text.stdout).toContain('the sandbox fails fields');
    const json = await workflows(['graphql-job', 'wait', id, '--server', running.url, '--json']);
    expect(json.code).toBe(exitCodes.jobPartialSuccess);
    expect(JSON.parse(json.stdout)).toMatchObject({ id: Number(id), status: 'PartialSuccess' });
  });

  it('prints a 404 for an unknown job and refuses an id that is not digits', async () => {
    const missing = await workflows([
      'graphql-job',
      'status',
      '9876543210',
      '--server',
      running.url,
    ]);
    expect(missing.code).toBe(exitCodes.apiError);
    expect(missing.stderr).toContain('getGraphQlBulkJobStatus failed with 404');
    const bad = await workflows(['graphql-job', 'status', '12a', '--server', running.url]);
    expect(bad.code).toBe(exitCodes.usage);
    expect(bad.stderr).toContain('a job id is a whole number, got "12a"');
  });
});

describe('a job whose result the API no longer keeps', () => {
  // Runs last: it moves the shared clock past the sandbox's default retention (24 h).
  it('job wait and job result exit 6 and say the result expired', async () => {
    const id = await bulk('kept', 'for', 'a', 'day');
    finishJobs();
    clock.advance(25 * 3_600_000);
    const wait = await workflows(['job', 'wait', String(id), '--server', running.url, '--json']);
    expect(wait.code).toBe(exitCodes.resultsExpired);
    expect(JSON.parse(wait.stdout)).toMatchObject({ id, status: 'ResultsExpired' });

    const result = await workflows(['job', 'result', String(id), '--server', running.url]);
    expect(result.code).toBe(exitCodes.resultsExpired);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `job ${id} finished, but the API no longer keeps its result (ResultsExpired); submit the job again`,
    );
  });
});

describe('what the CLI prints of an error holds no credential, in any form', () => {
  // The client redacts at the source (error.message, error.detail, error.body, extensions):
  // the CLI prints those, so neither its text nor its --json output can show the token.
  const token = 'cli-tok"en\\with+odd/chars-0123456789';
  const forms = [
    token,
    JSON.stringify(token).slice(1, -1),
    encodeURIComponent(token),
    encodeURIComponent(token).toLowerCase(),
  ];

  async function run(args: string[], status: number, body: string): Promise<Run> {
    let stdout = '';
    let stderr = '';
    const code = await runCli([...args, '--server', 'http://127.0.0.1:9'], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      env: { WORKFLOWS_TTD_AUTH: token },
      fetch: async () =>
        new Response(body, { status, headers: { 'content-type': 'application/json' } }),
    });
    return { code, stdout, stderr };
  }

  const problem = JSON.stringify({
    title: 'Unauthorized',
    detail: `token ${token} was rejected`,
    instance: `/standardjob/5/status?auth=${encodeURIComponent(token)}`,
    seen: token,
  });
  for (const json of [false, true]) {
    for (const [what, status, body] of [
      ['a ProblemDetails', 401, problem],
      ['a body that is not JSON', 502, `upstream echoed ${forms.join(' and ')}`],
    ] as const) {
      it(`${what}${json ? ', with --json' : ''}`, async () => {
        const r = await run(
          ['job', 'status', '5', '--retries', '0', ...(json ? ['--json'] : [])],
          status,
          body,
        );
        expect(r.code).toBe(exitCodes.apiError);
        const printed = r.stdout + r.stderr;
        for (const form of forms) {
          expect(printed).not.toContain(form);
        }
        // Where the answer is printed at all: the text of a body that is not JSON is not.
        if (json || status === 401) {
          expect(printed).toContain('[REDACTED]');
        }
      });
    }
  }
});
