import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBench } from './build-bench.js';
import { codegenBench, repoRoot } from './codegen-bench.js';
import { formatSuite, type SuiteResult, writeResults } from './report.js';

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

const suites: SuiteResult[] = [];
if (!values.only || values.only === 'codegen') {
  suites.push(await codegenBench(rounds));
}
if (!values.only || values.only === 'build') {
  suites.push(await buildBench(repoRoot, rounds));
}
for (const s of suites) {
  console.log(formatSuite(s));
}

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
for (const t of allTargets) {
  console.log(
    `  [${t.met ? 'met' : 'MISSED'}] ${t.suite}: ${String(t.name)}: target ${String(t.target)}, actual ${String(t.actual)}`,
  );
}

await writeResults(path.join(repoRoot, 'bench/results/latest.json'), {
  date: new Date().toISOString(),
  node: process.version,
  rounds,
  suites,
  packages,
  targets: allTargets,
});
console.log('\nwritten bench/results/latest.json');
