import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One config for the whole repo; each workspace package is a project, so
// `vitest run --project <name>` (what each package's `test` script runs)
// and a plain `vitest run` at the root see the same setup.
const project = (name: string, dir: string, extra: Record<string, unknown> = {}) => ({
  test: {
    name,
    // Absolute, because vitest resolves a project's root against the working
    // directory, and each package's `test` script runs from its own folder.
    root: fileURLToPath(new URL(dir, import.meta.url)),
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Bounds for a hung test, not speed targets (those are in `pnpm bench`): the
    // slowest test takes a few seconds on an idle machine, and `.ci/test-under-load`
    // shows the margin holds on a 2-core machine with two CPU-bound processes beside it.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    ...extra,
  },
});

export default defineConfig({
  test: {
    projects: [
      project('codegen', './tools/codegen'),
      project('types', './packages/types'),
      project('validators', './packages/validators'),
      project('conformance', './tools/conformance'),
      project('client', './packages/client', {
        // Type tests (`test/*.test-d.ts`): checked by tsc with the package's tsconfig, never run.
        typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
      }),
      project('sandbox', './packages/sandbox'),
      project('cli', './packages/cli'),
      project('spec-diff', './tools/spec-diff'),
      project('docs', './tools/docs'),
      project('bench', './tools/bench'),
      project('release', './tools/release'),
      project('consumer-test', './tools/consumer-test', { testTimeout: 300_000, hookTimeout: 300_000 }),
    ],
  },
});
