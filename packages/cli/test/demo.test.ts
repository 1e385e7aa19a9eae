import {
  createManualClock,
  type ManualClock,
  type RunningSandbox,
  startSandbox,
} from '@workflows-api/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Run, runNode } from './run.js';

const demo = (args: string[]) => runNode('dist/demo.js', args);

describe('the demo', () => {
  it('starts its own sandbox, runs a bulk job to Success and exits 0', async () => {
    const r = await demo(['--job-speed', '20', '--items', '5']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Sandbox of the Workflows API running at http:\/\/127\.0\.0\.1:\d+ \(results at http:\/\/127\.0\.0\.1:\d+\)$/m,
    );
    expect(r.stdout).toContain('Created campaign cmp00001 "Demo: spring launch" (1 flight)');
    expect(r.stdout).toMatch(/^Submitted bulk job \d+: create 5 ad groups$/m);
    expect(r.stdout).toMatch(/^Job \d+: Success 100\.0%$/m);
    expect(r.stdout).toMatch(/^Job \d+ finished: Success in \d+\.\d s$/m);
    expect(r.stdout).toContain('  ad groups created: 5 of 5');
    expect(r.stdout).toContain('  ids: adg00001, adg00002, adg00003, adg00004, adg00005');
  });

  it('refuses a bad option with its usage and exit code 2, before starting anything', async () => {
    const runs = await Promise.all([
      demo(['--job-speed', 'fast']),
      demo(['--items=-1']),
      demo(['--items', '-1']),
      demo(['--failing', '1.5']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2]);
    expect(runs[0]?.stderr).toContain('demo: --job-speed must be a number > 0, got "fast"');
    expect(runs[1]?.stderr).toContain('demo: --items must be a whole number >= 0, got "-1"');
    expect(runs[2]?.stderr).toContain("demo: Option '--items' argument is ambiguous");
    expect(runs[3]?.stderr).toContain('demo: --failing must be a whole number >= 0, got "1.5"');
    for (const r of runs) {
      expect(r.stderr).toContain('Usage: pnpm demo');
      expect(r.stdout).toBe('');
    }
  });

  describe('against a sandbox the test runs', () => {
    let running: RunningSandbox;
    let clock: ManualClock;
    beforeAll(async () => {
      clock = createManualClock();
      running = await startSandbox({ clock });
    });
    afterAll(async () => {
      await running.close();
    });

    /** Moves the sandbox clock one step after each status poll, until the demo exits. */
    async function stepped(args: string[], stepMs: number): Promise<Run> {
      let done = false;
      const result = demo(['--server', running.url, ...args]).finally(() => {
        done = true;
      });
      const polls = () =>
        running.sandbox.requests.filter((q) => q.operationId === 'getBulkJobStatus').length;
      let seen = polls();
      while (!done) {
        await new Promise((r) => setTimeout(r, 2));
        if (polls() > seen) {
          seen = polls();
          clock.advance(stepMs);
        }
      }
      return result;
    }

    it('prints plain progress lines off a terminal', async () => {
      const r = await stepped(['--items', '4'], 540);
      expect(r.code).toBe(0);
      const progress = r.stdout.split('\n').filter((l) => /^Job \d+: /.test(l));
      // The job takes 2 700 ms of sandbox time; each poll moves the clock 540 ms, a fifth.
      expect(progress.map((l) => l.replace(/^Job \d+: /, ''))).toEqual([
        'InProgress 0.0%',
        'InProgress 20.0%',
        'InProgress 40.0%',
        'InProgress 60.0%',
        'InProgress 80.0%',
        'Success 100.0%',
      ]);
      expect(running.sandbox.state.adGroups.size).toBe(4);
    });

    it('sums up a PartialSuccess, still exiting 0', async () => {
      const r = await stepped(['--items', '4', '--failing', '1'], 10_000);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/finished: PartialSuccess/);
      expect(r.stdout).toContain('ad groups created: 3 of 4');
      expect(r.stdout).toContain(
        'failed item 3: the sandbox fails items whose name contains "fail"',
      );
    });

    it('exits non-zero when the job fails', async () => {
      const r = await stepped(['--items', '2', '--failing', '2'], 10_000);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/finished: Failure/);
      expect(r.stdout).toContain('ad groups created: 0 of 2');
    });
  });
});
