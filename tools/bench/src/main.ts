import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBench } from './build-bench.js';
import { codegenBench, repoRoot } from './codegen-bench.js';
import { formatSuite, mergeSuites, type SuiteResult, writeResults } from './report.js';

/**
 * `pnpm bench`: the codegen and build suites run here; every package's own
 * bench (run before this one by turbo) leaves `bench/results.json`, gathered
 * into `bench/results/latest.json` with these.
 */
const { values } = parseArgs({
  // `pnpm --filter @workflows-api/bench bench -- --only codegen`: pnpm passes the `--` on.
  args: process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--')),
  options: {
    rounds: { type: 'string', default: '5' },
    only: { type: 'string' },
  },
});
const rounds = Math.max(5, Number(values.rounds));
const SUITES = ['codegen', 'build'];
if (values.only !== undefined && !SUITES.includes(values.only)) {
  console.error(
    `bench: --only takes one of ${SUITES.join(', ')}; got ${JSON.stringify(values.only)}`,
  );
  process.exit(2);
}

const resultsFile = path.join(repoRoot, 'bench/results/latest.json');
/** The results file as the last run left it; undefined (said) when it cannot be read. */
async function earlierResults(): Promise<unknown> {
  try {
    return JSON.parse(await readFile(resultsFile, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      console.warn(
        `bench: ${resultsFile} does not read (${(err as Error).message}); it keeps only this run's suites`,
      );
    }
    return undefined;
  }
}

const measured: SuiteResult[] = [];
if (!values.only || values.only === 'codegen') {
  measured.push(await codegenBench(rounds));
}
if (!values.only || values.only === 'build') {
  measured.push(await buildBench(repoRoot, rounds));
}
const measuredAt = new Date().toISOString();
for (const s of measured) {
  s.measuredAt = measuredAt;
  console.log(formatSuite(s));
}
// `--only` runs one suite: the others' last figures stay in the results, with their dates.
const suites = values.only ? mergeSuites(await earlierResults(), measured) : measured;

/** Package benches write their own shapes; keep them whole and pull out their targets. */
interface AnyTarget {
  name?: unknown;
  target?: unknown;
  actual?: unknown;
  met?: unknown;
}
function findTargets(node: unknown, out: AnyTarget[] = []): AnyTarget[] {
  if (Array.isArray(node)) {
    for (const n of node) {
      findTargets(n, out);
    }
  } else if (node !== null && typeof node === 'object') {
    if (typeof (node as AnyTarget).met === 'boolean') {
      out.push(node as AnyTarget);
    } else {
      for (const v of Object.values(node)) {
        findTargets(v, out);
      }
    }
  }
  return out;
}

const packages: Record<string, unknown> = {};
for (const group of ['packages', 'tools']) {
  for (const name of await readdir(path.join(repoRoot, group))) {
    const file = path.join(repoRoot, group, name, 'bench/results.json');
    try {
      packages[`${group}/${name}`] = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      // This package has no bench, or it has not run.
    }
  }
}
const allTargets = [
  ...suites.flatMap((s) => s.targets.map((t) => ({ suite: s.suite, ...t }))),
  ...Object.entries(packages).flatMap(([pkg, r]) =>
    findTargets(r).map((t) => ({ suite: pkg, ...t })),
  ),
];
console.log('== all targets');
const carried = new Map(
  suites.filter((s) => s.measuredAt !== measuredAt).map((s) => [s.suite, s.measuredAt]),
);
for (const t of allTargets) {
  const when = carried.has(t.suite) ? ` (measured ${carried.get(t.suite) ?? 'earlier'})` : '';
  console.log(
    `  [${t.met ? 'met' : 'MISSED'}] ${t.suite}${when}: ${String(t.name)}: target ${String(t.target)}, actual ${String(t.actual)}`,
  );
}

await writeResults(resultsFile, {
  date: measuredAt,
  node: process.version,
  rounds,
  suites,
  packages,
  targets: allTargets,
});
console.log('\nwritten bench/results/latest.json');
