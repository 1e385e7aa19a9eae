import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createManualClock, startSandbox } from '../src/index.js';
import { callUrl, campaignInput } from './helpers.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

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

async function readLine(child: ChildProcess): Promise<string> {
  let out = '';
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    out += chunk.toString();
    if (out.includes('\n')) return out;
  }
  throw new Error(`sandbox exited before printing its url; stderr: ${child.stderr?.read()}`);
}

describe('workflows-sandbox bin', () => {
  it('starts with --port 0 --job-speed --fail-rate and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/bin.ts', '--port', '0', '--job-speed', '50', '--fail-rate', '1'],
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

  it('refuses a bad option with usage and exit code 2', async () => {
    const cases: [string[], string][] = [
      [['--fail-rate', 'lots'], '--fail-rate must be a number, got "lots"'],
      [['--retention', '0'], 'resultRetentionMs must be a number > 0 or Infinity, got 0'],
      [['--body-limit', '0'], 'bodyLimitBytes must be a number > 0, got 0'],
    ];
    for (const [args, message] of cases) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin.ts', ...args], {
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
    }
  });
});
