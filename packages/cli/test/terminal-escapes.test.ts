import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { exitCodes } from '../src/exit-codes.js';
import { ProgressView } from '../src/progress.js';
import { escapeControls, jsonText } from '../src/terminal-text.js';
import { type Run, workflows } from './run.js';

/**
 * A hostile server's strings carry terminal control sequences: colours, a
 * window title, "clear screen", a carriage return that overwrites the line,
 * an 8-bit CSI. None may reach the terminal raw; the command's own progress
 * bar still draws with ESC, and a result piped elsewhere stays byte for byte.
 */
const ESC = '\x1b';
const CSI8 = '\u009b';
const hostile = (s: string) => `${s}${ESC}[31m red${ESC}]0;pwned\x07${ESC}[2J\r\nforged${CSI8}1m`;
const escaped = (s: string) => `${s}\\x1b[31m red\\x1b]0;pwned\\x07\\x1b[2J\\r\\nforged\\x9b1m`;

/** Control characters other than the newlines the command writes itself. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** The same, but for tabs: a result keeps its layout. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const RAW_CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const problem = {
  type: 'about:blank',
  title: hostile('Not Found'),
  status: 404,
  detail: hostile('No bulk job has id 4242.'),
  instance: hostile('/standardjob/4242/status'),
  traceId: hostile('trace'),
  errors: { [hostile('field')]: [hostile('must be set')] },
};

const rawResult = hostile('{"ok": true}\n\t"second line"');

const answers: Record<string, { status: number; body: unknown }> = {
  '/standardjob/4242/status': { status: 404, body: problem },
  '/standardjob/1/status': {
    status: 200,
    body: {
      id: 1,
      status: 'Success',
      completionPercentage: 100,
      createdAtUtc: hostile('2025-01-01T00:00:00Z'),
      completedAtUtc: '2025-01-01T00:01:00Z',
      rawResult,
      errors: JSON.stringify([{ index: 0, pointer: hostile('/name'), message: hostile('bad') }]),
    },
  },
  '/standardjob/2/status': {
    status: 200,
    body: { id: 2, status: hostile('InProgress'), createdAtUtc: '2025-01-01T00:00:00Z' },
  },
  '/graphqlbulkjob/7': {
    status: 200,
    body: {
      job: {
        id: 7,
        status: 'PartialSuccess',
        createdAt: '2025-01-01T00:00:00Z',
        queryGqlErrors: [hostile('query error')],
        runtimeErrors: [hostile('runtime error')],
      },
    },
  },
};

let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const answer = answers[req.url ?? ''];
    res.statusCode = answer?.status ?? 500;
    res.setHeader(
      'content-type',
      answer?.status === 404 ? 'application/problem+json' : 'application/json',
    );
    res.end(JSON.stringify(answer?.body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Runs the command in this process; `tty` makes stdout and stderr say they are terminals. */
async function run(args: string[], tty = false): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--server', url, '--retries', '0'], {
    stdout: { write: (t: string) => (stdout += t), isTTY: tty, columns: 100 },
    stderr: { write: (t: string) => (stderr += t), isTTY: tty, columns: 100 },
    env: { WORKFLOWS_TTD_AUTH: 't' },
  });
  return { code, stdout, stderr };
}

describe('server strings in text output', () => {
  it('escapes every control character of a ProblemDetails, member by member', async () => {
    const r = await run(['job', 'status', '4242']);
    expect(r.code).toBe(exitCodes.apiError);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr.split('\n')).toEqual([
      `workflows: getBulkJobStatus failed with 404 ${escaped('Not Found')}`,
      `  detail:   ${escaped('No bulk job has id 4242.')}`,
      `  instance: ${escaped('/standardjob/4242/status')}`,
      `  traceId:  ${escaped('trace')}`,
      '  errors:',
      `    ${escaped('field')}: ${escaped('must be set')}`,
      '',
    ]);
  });

  it('reach the real stderr of the command escaped', async () => {
    const r = await workflows(['job', 'status', '4242', '--server', url]);
    expect(r.code).toBe(exitCodes.apiError);
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain(`detail:   ${escaped('No bulk job has id 4242.')}`);
  });

  it("escapes a job's dates and error lines, and a GraphQL job's error lists", async () => {
    const job = await run(['job', 'status', '1']);
    expect(job.code).toBe(0);
    expect(job.stdout).not.toMatch(RAW_CONTROL);
    expect(job.stdout).toContain(`created:   ${escaped('2025-01-01T00:00:00Z')}`);
    expect(job.stdout).toContain(`item 0: ${escaped('/name')}: ${escaped('bad')}`);
    const graphQl = await run(['graphql-job', 'status', '7']);
    expect(graphQl.code).toBe(0);
    expect(graphQl.stdout).not.toMatch(RAW_CONTROL);
    expect(graphQl.stdout).toContain(`    ${escaped('query error')}`);
    expect(graphQl.stdout).toContain(`    ${escaped('runtime error')}`);
  });

  it('escapes a status the wait cannot use, in its error, the progress bar drawing as ever', async () => {
    // The client quotes the status as JSON: C0 controls come as \u escapes, C1 ones raw.
    const quoted = JSON.stringify(hostile('InProgress')).replace(CSI8, '\\x9b');
    for (const [progress, tty] of [
      ['lines', false],
      ['bar', true],
    ] as const) {
      const r = await run(['job', 'wait', '2', '--interval', '1', '--progress', progress], tty);
      expect(r.code).toBe(exitCodes.apiError);
      expect(r.stderr).not.toMatch(RAW_CONTROL);
      expect(r.stderr).toContain(`the last status ${quoted}`);
    }
  });

  it('draws the progress bar with its own ESC sequence only', () => {
    let drawn = '';
    const view = new ProgressView(
      { write: (t: string) => (drawn += t), columns: 100 },
      'bar',
      'Job 2',
    );
    view.update({ status: hostile('InProgress'), completionPercentage: 50 });
    view.finish();
    expect(drawn.startsWith(`\r${ESC}[2KJob 2 [`)).toBe(true);
    expect(drawn.slice(`\r${ESC}[2K`.length)).not.toMatch(RAW_CONTROL);
    expect(drawn).toContain(`50.0% ${escaped('InProgress')}\n`);
    let lines = '';
    const plain = new ProgressView({ write: (t: string) => (lines += t) }, 'lines', 'Job 2');
    plain.update({ status: hostile('InProgress'), completionPercentage: 50 });
    expect(lines).toBe(`Job 2: ${escaped('InProgress')} 50.0%\n`);
  });

  it('prints a result escaped on a terminal (its own line breaks and tabs kept), as sent elsewhere', async () => {
    const onTerminal = await run(['job', 'result', '1'], true);
    expect(onTerminal.code).toBe(0);
    expect(onTerminal.stdout).not.toMatch(RAW_CONTROL_BUT_LAYOUT);
    expect(onTerminal.stdout).toBe(
      `${rawResult.replaceAll(ESC, '\\x1b').replace('\x07', '\\x07').replace('\r', '\\r').replace(CSI8, '\\x9b')}\n`,
    );
    const piped = await run(['job', 'result', '1']);
    expect(piped.stdout).toBe(`${rawResult}\n`);
  });
});

describe('--json output', () => {
  it('carries the server strings JSON-escaped, C1 controls too, and parses back to them', async () => {
    const error = await run(['job', 'status', '4242', '--json']);
    expect(error.code).toBe(exitCodes.apiError);
    expect(error.stdout).not.toMatch(RAW_CONTROL);
    expect(error.stdout).toContain('\\u001b[31m');
    expect(error.stdout).toContain('\\u009b1m');
    expect(JSON.parse(error.stdout)).toEqual({
      error: { status: 404, operationId: 'getBulkJobStatus', problem },
    });
    const status = await run(['job', 'status', '1', '--json']);
    expect(status.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(status.stdout)).toEqual(answers['/standardjob/1/status']?.body);
  });
});

describe('escapeControls and jsonText', () => {
  it('escape C0, DEL and C1 controls and leave other text alone', () => {
    expect(escapeControls('a\x00b\x7fc\u0085d\u00a0e é ✓ \\x1b')).toBe(
      'a\\x00b\\x7fc\\x85d\u00a0e é ✓ \\x1b',
    );
    expect(escapeControls('\t\n\r')).toBe('\\t\\n\\r');
    const value = { s: `x${ESC}\u0085\u007f` };
    expect(jsonText(value)).toBe('{\n  "s": "x\\u001b\\u0085\\u007f"\n}');
    expect(JSON.parse(jsonText(value))).toEqual(value);
  });

  it('escape the bidi controls that reorder a line, in text and in JSON', () => {
    // "Trojan Source": U+202E would show the rest of the line reversed.
    const forged = 'job failed \u202edeliaf ton\u202c, \u2066isolate\u2069 \u202a\u202b\u202d';
    expect(escapeControls(forged)).toBe(
      'job failed \\u202edeliaf ton\\u202c, \\u2066isolate\\u2069 \\u202a\\u202b\\u202d',
    );
    // Left-to-right and right-to-left marks (U+200E, U+200F) only nudge neutral characters: kept.
    expect(escapeControls('a\u200eb\u200fc')).toBe('a\u200eb\u200fc');
    const value = { s: forged };
    expect(jsonText(value)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(jsonText(value))).toEqual(value);
  });
});
