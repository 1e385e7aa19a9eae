import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { workspaceManifests } from './changesets.js';
import type { CommandResult } from './commands.js';
import { UsageError } from './errors.js';
import { repoRoot } from './git.js';
import { keepFormatting } from './manifest-format.js';

const run = promisify(execFile);

/** The changesets command line of the repository (else the one this tool sits beside). */
function changesetsBin(root: string): string {
  for (const from of [path.join(root, 'package.json'), import.meta.filename]) {
    try {
      return createRequire(from).resolve('@changesets/cli/bin.js');
    } catch {
      // try the next place
    }
  }
  throw new UsageError(`@changesets/cli is not installed in ${root}: run \`pnpm install\` first`);
}

async function readManifests(root: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const manifest of await workspaceManifests(root)) {
    texts.set(manifest, await readFile(path.join(root, manifest), 'utf8'));
  }
  return texts;
}

/**
 * `changeset version`, then each package.json it rewrote gets back its own
 * formatting with only the changed values (versions, internal ranges) edited
 * in place: the release commit shows versions and changelogs, nothing else.
 */
export async function runVersionPackages(cwd: string): Promise<CommandResult> {
  const root = await repoRoot(cwd);
  const before = await readManifests(root);
  let out: { stdout: string; stderr: string };
  try {
    out = await run(process.execPath, [changesetsBin(root), 'version'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string; message: string };
    return {
      code: typeof e.code === 'number' && e.code > 0 ? e.code : 1,
      stdout: e.stdout ?? '',
      stderr: `${e.stderr || e.message}\nversion-packages: \`changeset version\` failed; no manifest was reformatted\n`,
    };
  }
  const kept: string[] = [];
  const notes: string[] = [];
  for (const [manifest, original] of before) {
    const file = path.join(root, manifest);
    const rewritten = await readFile(file, 'utf8');
    if (rewritten === original) {
      continue;
    }
    const edited = keepFormatting(original, rewritten);
    if (edited === undefined) {
      notes.push(
        `version-packages: ${manifest} changed in more than its values; left as changesets wrote it, review its diff\n`,
      );
      continue;
    }
    await writeFile(file, edited);
    kept.push(manifest);
  }
  const summary =
    kept.length > 0
      ? `version-packages: versions written in place in ${kept.join(', ')}\n`
      : 'version-packages: no package.json changed\n';
  return { code: 0, stdout: out.stdout + summary, stderr: out.stderr + notes.join('') };
}
