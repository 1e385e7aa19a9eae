import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Median with spread, over repeated runs measured side by side. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) {
    throw new Error('summarize: no samples');
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    median,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    runs: sorted.length,
  };
}

export interface ProcessRun {
  wallMs: number;
  /** Peak resident set size of the measured Node process, in bytes. */
  peakRssBytes: number;
}

/**
 * A preload that records the process's own peak RSS when it exits; the
 * measured command must be a Node process, so every contender is measured
 * the same way (child processes it starts are not counted).
 */
const RSS_PRELOAD = `
import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
`;

let preloadFile: string | undefined;
async function preload(): Promise<string> {
  if (!preloadFile) {
    const dir = await mkdtemp(path.join(tmpdir(), 'wf-bench-'));
    preloadFile = path.join(dir, 'rss.mjs');
    await writeFile(preloadFile, RSS_PRELOAD);
  }
  return preloadFile;
}

/** Runs `node [nodeArgs] script [args]` once, and reports wall time and peak RSS. */
export async function runNode(
  nodeArgs: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<ProcessRun> {
  const rssFile = path.join(
    tmpdir(),
    `wf-bench-rss-${process.pid}-${Math.random().toString(16).slice(2)}`,
  );
  const args = ['--import', await preload(), ...nodeArgs];
  const started = performance.now();
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, args, {
        cwd,
        env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (d) => {
        err += d;
      });
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stderr: err }));
    },
  );
  const wallMs = performance.now() - started;
  if (code !== 0) {
    throw new Error(`node ${nodeArgs.join(' ')} exited ${code}:\n${stderr}`);
  }
  const peakRssBytes = Number(await readFile(rssFile, 'utf8'));
  await rm(rssFile, { force: true });
  return { wallMs, peakRssBytes };
}

/** Runs a shell command once and reports its wall time. */
export async function runCommand(command: string, args: string[], cwd: string): Promise<number> {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (c) =>
      c === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${c}:\n${err}`)),
    );
  });
  return performance.now() - started;
}

/**
 * Measures several contenders interleaved (A B C, A B C, ...) so that a slow
 * spell of the machine hits all of them alike; ratios are taken per round.
 */
export async function interleave<K extends string>(
  rounds: number,
  contenders: Record<K, () => Promise<ProcessRun>>,
): Promise<Record<K, ProcessRun[]>> {
  const keys = Object.keys(contenders) as K[];
  const out = Object.fromEntries(keys.map((k) => [k, [] as ProcessRun[]])) as Record<
    K,
    ProcessRun[]
  >;
  for (let i = 0; i < rounds; i++) {
    for (const k of keys) {
      out[k].push(await contenders[k]());
    }
  }
  return out;
}
