import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * Every `--json` command the READMEs show, run as written from the repository
 * root: what it prints on stdout must be JSON and nothing else (pnpm's
 * `> pkg@ script` banner goes to stdout unless the command silences it).
 */
const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const READMES = ['README.md', 'tools/spec-diff/README.md'];

/** The shell lines of a README that ask for JSON, without their comment and pipe. */
async function jsonCommands(readme: string): Promise<string[]> {
  const text = await readFile(path.join(repoRoot, readme), 'utf8');
  const blocks = [...text.matchAll(/^[ \t]*```sh\n([\s\S]*?)^[ \t]*```/gm)].map((m) => m[1] ?? '');
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/\s#.*$/, '').trim())
    .filter((line) => line.startsWith('pnpm ') && line.includes('--json'));
}

describe('README --json commands', { timeout: 120_000 }, () => {
  for (const readme of READMES) {
    it(`${readme}: each prints only JSON on stdout`, async () => {
      const commands = await jsonCommands(readme);
      expect(commands.length, `${readme} shows a --json command`).toBeGreaterThan(0);
      for (const command of commands) {
        // A pipe into jq must see JSON: run the part before it.
        const [pnpm, ...args] = (command.split('|')[0] ?? '').trim().split(/\s+/);
        expect(pnpm).toBe('pnpm');
        const { stdout } = await run('pnpm', args, { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
        let parsed: unknown;
        expect(
          () => {
            parsed = JSON.parse(stdout);
          },
          `${command} printed:\n${stdout.slice(0, 300)}`,
        ).not.toThrow();
        expect(parsed).toMatchObject({ bump: expect.any(String), changes: expect.any(Array) });
      }
    });
  }
});
