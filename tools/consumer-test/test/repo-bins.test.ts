import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The README's set-up makes the commands runnable from the repo's root with
 * `pnpm exec`: pnpm links them at install (their launchers are committed files,
 * so no "Failed to create bin" before the build), and they run the build.
 */
describe('the commands in the repo, after the set-up', () => {
  it('pnpm exec workflows and pnpm exec workflows-sandbox run from the root', async () => {
    const [cli, sandbox] = await Promise.all([
      run('pnpm', ['exec', 'workflows', '--help'], { cwd: repoRoot }),
      run('pnpm', ['exec', 'workflows-sandbox', '--help'], { cwd: repoRoot }),
    ]);
    expect(cli.stdout).toMatch(/^Usage: workflows <resource> <command>/);
    expect(cli.stdout).toContain('  campaigns create ');
    expect(sandbox.stdout).toMatch(/^Usage: workflows-sandbox \[options\]/);
  });
});
