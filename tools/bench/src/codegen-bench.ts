import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { interleave, type ProcessRun, runNode, summarize } from './measure.js';
import { addFlatSchemas, editOneSchema, replicateSpec } from './replicate-spec.js';
import type { Figure, SuiteResult, Target } from './report.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');
const require = createRequire(import.meta.url);
const openapiTsCli = path.join(
  path.dirname(require.resolve('openapi-typescript/package.json')),
  'bin/cli.js',
);
// What `pnpm generate` runs: the built CLI (turbo builds it first).
const codegenCli = path.join(repoRoot, 'tools/codegen/dist/cli.js');
const parseOnly = path.join(here, 'parse-only.mjs');
// Two floors of the targets below: what every run does before it emits anything, and the
// validators' compile on its own.
const checkedOnly = path.join(here, 'checked-only.mjs');
const compileOnly = path.join(here, 'compile-only.mjs');

const mb = (bytes: number) => bytes / 1024 / 1024;

export async function codegenBench(rounds: number): Promise<SuiteResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'wf-codegen-bench-'));
  try {
    const base = parse(await readFile(path.join(repoRoot, 'spec/openapi.yaml'), 'utf8'));
    const sizes = [1, 10, 50] as const;
    const figures: Figure[] = [];
    const targets: Target[] = [];
    const medians: Record<
      string,
      { generate: number; compiled: number; ots: number; rss: number }
    > = {};
    let noOpRatio: number | undefined;
    let editRatio: number | undefined;
    let checkedRatio: number | undefined;

    for (const n of sizes) {
      const specFile = path.join(work, `spec-x${n}/openapi.yaml`);
      await cp(path.join(repoRoot, 'spec'), path.dirname(specFile), { recursive: true });
      await writeFile(
        specFile,
        stringify(n === 1 ? base : replicateSpec(base, n), { lineWidth: 0 }),
      );
      let run = 0;
      // A root generated once: each later run there finds nothing changed (the cache's fast path).
      const settled = path.join(work, `settled-x${n}`);
      await runNode([codegenCli, '--spec', specFile, '--root', settled], repoRoot);
      // A root of its own whose spec flips between two versions one schema's edit apart.
      const sized = n === 1 ? base : replicateSpec(base, n);
      const editFile = path.join(work, `spec-x${n}-edit/openapi.yaml`);
      const editRoot = path.join(work, `edited-x${n}`);
      await cp(path.dirname(specFile), path.dirname(editFile), { recursive: true });
      await runNode([codegenCli, '--spec', editFile, '--root', editRoot], repoRoot);
      let version: 0 | 1 = 0;
      const coldRun = async (name: string, ...flags: string[]): Promise<ProcessRun> => {
        const root = path.join(work, name);
        const result = await runNode(
          [codegenCli, ...flags, '--spec', specFile, '--root', root],
          repoRoot,
        );
        await rm(root, { recursive: true, force: true });
        return result;
      };
      const results = await interleave(rounds, {
        noop: () => runNode([codegenCli, '--spec', specFile, '--root', settled], repoRoot),
        edit: async () => {
          version = version === 0 ? 1 : 0;
          await writeFile(editFile, stringify(editOneSchema(sized, version), { lineWidth: 0 }));
          return runNode([codegenCli, '--spec', editFile, '--root', editRoot], repoRoot);
        },
        floor: () => runNode([parseOnly, specFile], repoRoot),
        checked: () => runNode([checkedOnly, specFile], repoRoot),
        compiled: () => runNode([compileOnly, specFile], repoRoot),
        ots: () =>
          runNode([openapiTsCli, specFile, '-o', path.join(work, `ots-x${n}.ts`)], repoRoot),
        // A fresh output root each time: every run writes every file.
        generate: () => coldRun(`root-x${n}-${run++}`),
        // As the first run after an install: no code cache either (`--no-cache`).
        first: () => coldRun(`root-x${n}-${run++}`, '--no-cache'),
      });
      const wall = (k: keyof typeof results) => results[k].map((r) => r.wallMs);
      const ratioOf = (k: keyof typeof results, to: keyof typeof results) =>
        summarize(results[k].map((r, i) => r.wallMs / (results[to][i] as ProcessRun).wallMs))
          .median;
      /** A contender's wall time, with its per-round ratio to the contender `to`. */
      const timed = (
        name: string,
        k: keyof typeof results,
        to: keyof typeof results,
        floor: string,
      ): Figure => ({
        name,
        unit: 'ms',
        summary: summarize(wall(k)),
        floor,
        ratio: ratioOf(k, to),
      });
      const cold = `pnpm generate x${n} (cold)`;
      figures.push(
        { name: `parse-only floor x${n}`, unit: 'ms', summary: summarize(wall('floor')) },
        timed(`openapi-typescript CLI x${n}`, 'ots', 'floor', `parse-only x${n}`),
        timed(`pnpm generate (all emitters) x${n}`, 'generate', 'ots', `openapi-typescript x${n}`),
        timed(
          `pnpm generate without the code cache (a first run) x${n}`,
          'first',
          'ots',
          `openapi-typescript x${n}`,
        ),
        {
          name: `pnpm generate peak RSS x${n}`,
          unit: 'MB',
          summary: summarize(results.generate.map((r) => mb(r.peakRssBytes))),
        },
        {
          name: `openapi-typescript peak RSS x${n}`,
          unit: 'MB',
          summary: summarize(results.ots.map((r) => mb(r.peakRssBytes))),
        },
        timed(`pnpm generate, nothing changed x${n}`, 'noop', 'generate', cold),
        timed(`pnpm generate after a one-schema edit x${n}`, 'edit', 'generate', cold),
        timed(`spec read and checked, nothing emitted x${n}`, 'checked', 'generate', cold),
        timed(
          `AJV's compile of every validator, one thread, no bundle x${n}`,
          'compiled',
          'ots',
          `openapi-typescript x${n}`,
        ),
      );
      if (n === 1) {
        noOpRatio = ratioOf('noop', 'generate');
        editRatio = ratioOf('edit', 'generate');
        checkedRatio = ratioOf('checked', 'generate');
      }
      medians[`x${n}`] = {
        generate: ratioOf('generate', 'ots'),
        compiled: ratioOf('compiled', 'ots'),
        ots: summarize(wall('ots')).median,
        rss: summarize(results.generate.map((r) => mb(r.peakRssBytes))).median,
      };
    }

    const x1 = medians.x1 as { generate: number; rss: number };
    const x10 = medians.x10 as { rss: number };
    const x50 = medians.x50 as { generate: number; compiled: number; rss: number };
    targets.push(
      {
        name: 'all generators vs openapi-typescript alone, our spec',
        target: '<= 1.0x',
        actual: `${x1.generate.toFixed(2)}x`,
        met: x1.generate <= 1.0,
      },
      {
        name: 'all generators vs openapi-typescript alone, x50 spec',
        target: '<= 1.5x',
        // AJV's compile alone, halved over two cores, is most of the budget.
        actual: `${x50.generate.toFixed(2)}x (AJV's compile alone, one thread: ${x50.compiled.toFixed(2)}x)`,
        met: x50.generate <= 1.5,
      },
    );
    if (noOpRatio !== undefined) {
      targets.push({
        name: 'a no-op pnpm generate vs a cold one, our spec',
        target: '<= 0.3x',
        actual: `${noOpRatio.toFixed(2)}x`,
        met: noOpRatio <= 0.3,
      });
    }
    if (editRatio !== undefined) {
      targets.push({
        name: 'pnpm generate after a one-schema edit vs a cold one, our spec',
        target: '<= 0.3x',
        // Regenerating after an edit reads and checks the edited spec at least.
        actual: `${editRatio.toFixed(2)}x (the spec read and checked alone: ${checkedRatio?.toFixed(2)}x)`,
        met: editRatio <= 0.3,
      });
    }
    targets.push(await largeSpec(work, base, figures));
    // Linear growth: the memory added from x10 to x50 is about 4x what x1 to x10 adds per copy.
    const perCopySmall = (x10.rss - x1.rss) / 9;
    const perCopyLarge = (x50.rss - x10.rss) / 40;
    const growth = perCopyLarge / perCopySmall;
    targets.push({
      name: 'peak memory grows about linearly with spec size',
      target: 'MB per copy x10→x50 within 0.5x–1.5x of x1→x10',
      actual: `${perCopySmall.toFixed(2)} MB/copy then ${perCopyLarge.toFixed(2)} MB/copy (${growth.toFixed(2)}x)`,
      met: growth >= 0.5 && growth <= 1.5,
    });
    return { suite: 'codegen', figures, targets };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * 40,000 more schemas than ours: one run each of `pnpm generate` and openapi-typescript
 * (over a minute together, so not the rounds of the other sizes); it must generate, or
 * fail with a located error, and its peak memory is reported.
 */
async function largeSpec(work: string, base: unknown, figures: Figure[]): Promise<Target> {
  const count = 40_000;
  const specFile = path.join(work, 'spec-40k/openapi.yaml');
  await cp(path.join(repoRoot, 'spec'), path.dirname(specFile), { recursive: true });
  await writeFile(
    specFile,
    JSON.stringify(addFlatSchemas(base as Parameters<typeof addFlatSchemas>[0], count)),
  );
  const root = path.join(work, 'root-40k');
  let generated: ProcessRun | undefined;
  let failure: string | undefined;
  try {
    generated = await runNode(
      [codegenCli, '--no-cache', '--spec', specFile, '--root', root],
      repoRoot,
    );
  } catch (err) {
    failure = (err as Error).message.split('\n').slice(0, 3).join(' ');
  }
  const ots = await runNode(
    [openapiTsCli, specFile, '-o', path.join(work, 'ots-40k.ts')],
    repoRoot,
  );
  await rm(root, { recursive: true, force: true });
  const one = (v: number) => ({ median: v, min: v, max: v, runs: 1 });
  figures.push({
    name: 'openapi-typescript CLI, +40k schemas',
    unit: 'ms',
    summary: one(ots.wallMs),
  });
  if (generated) {
    figures.push(
      {
        name: 'pnpm generate, +40k schemas',
        unit: 'ms',
        summary: one(generated.wallMs),
        floor: 'openapi-typescript +40k',
        ratio: generated.wallMs / ots.wallMs,
      },
      {
        name: 'pnpm generate peak RSS, +40k schemas',
        unit: 'MB',
        summary: one(mb(generated.peakRssBytes)),
      },
      {
        name: 'openapi-typescript peak RSS, +40k schemas',
        unit: 'MB',
        summary: one(mb(ots.peakRssBytes)),
      },
    );
  }
  return {
    name: `a spec of ${count.toLocaleString('en')} more schemas generates (or fails, located)`,
    target: 'generates',
    actual: generated
      ? `generates in ${(generated.wallMs / 1000).toFixed(1)} s (${(generated.wallMs / ots.wallMs).toFixed(1)}x openapi-typescript), peak ${mb(generated.peakRssBytes).toFixed(0)} MB`
      : `failed: ${failure}`,
    met: generated !== undefined,
  };
}
