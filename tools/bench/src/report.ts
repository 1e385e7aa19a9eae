import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Summary } from './measure.js';

/** One figure of a benchmark, with its ratio to a floor measured in the same run. */
export interface Figure {
  name: string;
  unit: 'ms' | 'MB' | 'ops/s' | 'kB' | 'x';
  summary: Summary;
  /** Name of the figure it is compared with, and the median ratio to it. */
  floor?: string;
  ratio?: number;
}

export interface Target {
  name: string;
  target: string;
  actual: string;
  met: boolean;
}

export interface SuiteResult {
  suite: string;
  /** When its figures were measured (ISO 8601): a run of other suites keeps this one's. */
  measuredAt?: string;
  figures: Figure[];
  targets: Target[];
}

const isSuite = (value: unknown): value is SuiteResult =>
  value !== null &&
  typeof value === 'object' &&
  typeof (value as SuiteResult).suite === 'string' &&
  Array.isArray((value as SuiteResult).figures) &&
  Array.isArray((value as SuiteResult).targets);

/**
 * The suites of a results file after a run of only some of them (`--only`): the fresh ones,
 * then each earlier one this run did not measure, kept with the time it was measured (the
 * earlier file's `date` when it recorded none). What is not a results file keeps nothing.
 */
export function mergeSuites(earlier: unknown, fresh: readonly SuiteResult[]): SuiteResult[] {
  const record = earlier !== null && typeof earlier === 'object' ? earlier : {};
  const { suites, date } = record as { suites?: unknown; date?: unknown };
  const ran = new Set(fresh.map((s) => s.suite));
  const kept = (Array.isArray(suites) ? suites : [])
    .filter(isSuite)
    .filter((s) => !ran.has(s.suite))
    .map((s) => ({
      ...s,
      ...(s.measuredAt === undefined && typeof date === 'string' ? { measuredAt: date } : {}),
    }));
  return [...fresh, ...kept];
}

const fmt = (n: number) =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);

export function formatSuite(result: SuiteResult): string {
  const rows = [['figure', 'median', 'min', 'max', 'runs', 'vs floor']];
  for (const f of result.figures) {
    rows.push([
      f.name,
      `${fmt(f.summary.median)} ${f.unit}`,
      fmt(f.summary.min),
      fmt(f.summary.max),
      String(f.summary.runs),
      f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}x ${f.floor}`,
    ]);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const table = rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
  const targets = result.targets
    .map((t) => `  [${t.met ? 'met' : 'MISSED'}] ${t.name}: target ${t.target}, actual ${t.actual}`)
    .join('\n');
  return `== ${result.suite}\n${table}\n${targets ? `targets:\n${targets}\n` : ''}`;
}

/** Writes a suite's results to a JSON file, via a temporary file so a crash leaves no half file. */
export async function writeResults(file: string, data: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`);
  const { rename } = await import('node:fs/promises');
  await rename(tmp, file);
}
