import path from 'node:path';
import { runCommand, summarize } from './measure.js';
import type { SuiteResult } from './report.js';

/** A cold `pnpm build` (turbo --force: nothing read from the cache) against a cached second run. */
export async function buildBench(repoRoot: string, rounds: number): Promise<SuiteResult> {
  const turbo = path.join(repoRoot, 'node_modules/.bin/turbo');
  const cold: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < rounds; i++) {
    cold.push(await runCommand(turbo, ['run', 'build', '--force', '--output-logs=none'], repoRoot));
    cached.push(await runCommand(turbo, ['run', 'build', '--output-logs=none'], repoRoot));
  }
  const ratio = summarize(cached.map((c, i) => c / (cold[i] as number))).median;
  return {
    suite: 'build',
    figures: [
      { name: 'cold pnpm build (turbo --force)', unit: 'ms', summary: summarize(cold) },
      {
        name: 'cached pnpm build (nothing changed)',
        unit: 'ms',
        summary: summarize(cached),
        floor: 'cold build',
        ratio,
      },
    ],
    targets: [
      {
        name: 'cached rebuild vs cold build',
        target: '<= 0.10x',
        actual: `${ratio.toFixed(3)}x`,
        met: ratio <= 0.1,
      },
    ],
  };
}
