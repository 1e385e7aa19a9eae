import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtEntry } from '../../../test-support/built-entry.js';
import { createManualClock, startSandbox } from '../src/index.js';
import { callUrl, campaignInput } from './helpers.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
/** The `workflows-sandbox` bin as published. */
const bin = () => builtEntry(packageDir, 'dist/bin.js');

describe('startSandbox', () => {
  it('serves the API and big results from two origins on 127.0.0.1', async () => {
    const clock = createManualClock();
    const running = await startSandbox({ clock });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(running.resultsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(running.port).not.toBe(running.resultsPort);
      const created = await callUrl(running.url, 'createCampaign', { body: campaignInput() });
      expect(created.status).toBe(201);
      const job = await callUrl(running.url, 'submitThirdPartyDataJob', {
        body: { partnerId: 'large-partner' },
      });
      clock.advance(60_000);
      const status = await callUrl(running.url, 'getBulkJobStatus', {
        params: { id: (job.body as { id: number }).id },
      });
      const url = (status.body as { url: string }).url;
      expect(new URL(url).origin).toBe(running.resultsUrl);
      // No credentials needed: the url itself is the secret, like a pre-signed link.
      const download = await fetch(url);
      expect(download.status).toBe(200);
      expect(JSON.parse(await download.text()).rowCount).toBe(60_000);
    } finally {
      await running.close();
    }
    await expect(fetch(`${running.url}/campaign`)).rejects.toThrow();
  });

  it('reports a port in use', async () => {
    const first = await startSandbox();
    try {
      await expect(startSandbox({ port: first.port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});

/**
 * Starts a campaign create whose body waits: `Expect: 100-continue` holds the
 * body back until the server answers 100, which it does as it takes the request
 * in, so once this resolves the request is in flight on the server.
 */
async function requestInFlight(url: string): Promise<{ req: ClientRequest; body: string }> {
  const body = JSON.stringify(campaignInput());
  const req = httpRequest(`${url}/campaign`, {
    method: 'POST',
    headers: {
      'TTD-Auth': 't',
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
      Expect: '100-continue',
    },
  });
  req.flushHeaders();
  await once(req, 'continue');
  return { req, body };
}

async function answerOf(req: ClientRequest): Promise<{ status: number | undefined; text: string }> {
  const [res] = (await once(req, 'response')) as [IncomingMessage];
  let text = '';
  for await (const chunk of res) {
    text += String(chunk);
  }
  return { status: res.statusCode, text };
}

describe('RunningSandbox.shutdown', () => {
  it('stops accepting, lets a request in flight finish, then closes', async () => {
    const running = await startSandbox();
    const { req, body } = await requestInFlight(running.url);
    const stopped = running.shutdown({ graceMs: 60_000 });
    await expect(fetch(`${running.url}/campaign`)).rejects.toThrow();
    req.end(body);
    expect((await answerOf(req)).status).toBe(201);
    expect(await stopped).toEqual({ cutShort: 0 });
  });

  it('cuts short what is still running after the grace', async () => {
    const running = await startSandbox();
    const { req } = await requestInFlight(running.url);
    const failed = once(req, 'error');
    // The body never comes: only the grace ends the wait.
    expect(await running.shutdown({ graceMs: 1 })).toEqual({ cutShort: 1 });
    const [error] = (await failed) as [NodeJS.ErrnoException];
    expect(error.code).toBe('ECONNRESET');
    await expect(running.shutdown({ graceMs: -1 })).rejects.toThrow(
      'graceMs must be a finite number >= 0, got -1',
    );
  });
});

/** Lines the child writes to stderr, as they come. */
function stderrLines(child: ChildProcess): { next(match: RegExp): Promise<string>; all: string[] } {
  const all: string[] = [];
  let buffered = '';
  const waiting: { match: RegExp; resolve: (line: string) => void }[] = [];
  child.stderr?.on('data', (d: Buffer) => {
    buffered += d.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      all.push(line);
      for (const w of waiting.filter((x) => x.match.test(line))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  return {
    all,
    next: (match) =>
      new Promise((resolve) => {
        const seen = all.find((line) => match.test(line));
        if (seen) {
          resolve(seen);
        } else {
          waiting.push({ match, resolve });
        }
      }),
  };
}

async function readLine(child: ChildProcess): Promise<string> {
  let out = '';
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    out += chunk.toString();
    if (out.includes('\n')) {
      return out;
    }
  }
  throw new Error(`sandbox exited before printing its url; stderr: ${child.stderr?.read()}`);
}

describe('workflows-sandbox bin', () => {
  it('starts with --port 0 --job-speed --fail-rate and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [bin(), '--port', '0', '--job-speed', '50', '--fail-rate', '1'],
      { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const line = await readLine(child);
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
      expect(url, line).toBeDefined();
      const a = await callUrl(url as string, 'createCampaign', { body: campaignInput() });
      expect(a.status).toBe(503);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('on SIGTERM stops accepting, lets the request in flight finish, and exits 0', async () => {
    // A grace no busy machine runs out of: the request in flight ends it, not the grace.
    const child = spawn(process.execPath, [bin(), '--port', '0', '--shutdown-grace', '600000'], {
      cwd: packageDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stderr = stderrLines(child);
    try {
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(await readLine(child))?.[1];
      const { req, body } = await requestInFlight(url as string);
      child.kill('SIGTERM');
      await stderr.next(/SIGTERM: shutting down; requests in flight have 600000 ms to finish/);
      await expect(fetch(`${url}/campaign`)).rejects.toThrow();
      req.end(body);
      expect((await answerOf(req)).status).toBe(201);
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(stderr.all).toContain('workflows-sandbox: stopped');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('on SIGINT waits no longer than --shutdown-grace for a request that never ends', async () => {
    const child = spawn(process.execPath, [bin(), '--port', '0', '--shutdown-grace', '50'], {
      cwd: packageDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stderr = stderrLines(child);
    try {
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(await readLine(child))?.[1];
      const { req } = await requestInFlight(url as string);
      const failed = once(req, 'error');
      child.kill('SIGINT');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      await failed;
      expect(stderr.all).toContain(
        'workflows-sandbox: stopped, cutting short 1 request(s) still running after 50 ms',
      );
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('refuses a bad option with usage and exit code 2', async () => {
    const cases: [string[], string][] = [
      [['--fail-rate', 'lots'], '--fail-rate must be a number, got "lots"'],
      [['--retention', '0'], 'resultRetentionMs must be a number > 0 or Infinity, got 0'],
      [['--body-limit', '0'], 'bodyLimitBytes must be a number > 0, got 0'],
      [['--max-jobs', '0'], 'maxJobs must be a whole number > 0, got 0'],
      [
        ['--expired-job-retention=-1'],
        'expiredJobRetentionMs must be a number >= 0 or Infinity, got -1',
      ],
      [['--shutdown-grace=-1'], '--shutdown-grace must be a number >= 0, got -1'],
    ];
    // All at once: six processes one after another would outlast a busy machine.
    await Promise.all(
      cases.map(async ([args, message]) => {
        const child = spawn(process.execPath, [bin(), ...args], {
          cwd: packageDir,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
        });
        const [code] = await once(child, 'exit');
        expect(code, args.join(' ')).toBe(2);
        expect(stderr).toContain(message);
        expect(stderr).toContain('Usage: workflows-sandbox');
      }),
    );
  });
});
