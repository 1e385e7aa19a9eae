#!/usr/bin/env node
// `pnpm docs`: builds docs/api (the spec) and docs/reference (the packages).
// `pnpm --filter @workflows-api/docs docs spec` (or `api`) builds one of them.
import { relative } from 'node:path';
import { buildApiReference } from './api-reference.js';
import { apiReferenceDir, repoRoot, specPath, specReferenceDir } from './paths.js';
import { publishedPackages } from './published-packages.js';
import { buildSpecReference } from './spec-reference.js';

const targets = ['spec', 'api'] as const;
type Target = (typeof targets)[number];

function parseTargets(args: readonly string[]): Target[] {
  if (args.length === 0) {
    return [...targets];
  }
  for (const arg of args) {
    if (!(targets as readonly string[]).includes(arg)) {
      throw new Error(
        `Unknown docs target "${arg}"; expected one of: ${targets.join(', ')} (none = all)`,
      );
    }
  }
  return targets.filter((target) => args.includes(target));
}

async function main(): Promise<void> {
  const chosen = parseTargets(process.argv.slice(2).filter((arg) => arg !== '--'));
  if (chosen.includes('spec')) {
    const result = await buildSpecReference({ specPath, outDir: specReferenceDir });
    console.log(
      `spec reference: ${relative(repoRoot, result.index)} (${result.operationCount} operations)`,
    );
  }
  if (chosen.includes('api')) {
    const result = await buildApiReference({
      packages: publishedPackages,
      root: repoRoot,
      outDir: apiReferenceDir,
    });
    console.log(
      `API reference: ${relative(repoRoot, result.index)} (${publishedPackages.length} packages)`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
