import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The built file of a package entry, for tests that start it as a process.
 *
 * Tests run the build rather than the TypeScript source through tsx: tsx spends
 * seconds compiling on every start, which a busy 2-core machine stretches past
 * any test timeout. `pnpm test` builds first (turbo's `test` task depends on
 * `build`); run `pnpm build` before calling vitest directly after an edit.
 * (No staleness check by mtime: a turbo cache hit leaves older outputs in place.)
 */
export function builtEntry(packageDir: string, distFile: string): string {
  const built = path.join(packageDir, distFile);
  if (!existsSync(built)) {
    throw new Error(`${built} does not exist: run \`pnpm build\` (pnpm test builds first)`);
  }
  return built;
}
