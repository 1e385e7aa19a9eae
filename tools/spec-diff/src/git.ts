import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from './errors.js';

const run = promisify(execFile);

export async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, {
      cwd,
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new UsageError(`git ${args.join(' ')} failed: ${(e.stderr || e.message).trim()}`);
  }
}

/** Like `git`, but undefined where git fails (a missing ref or file). */
export async function gitOk(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return (await git(cwd, args)).trim();
  } catch {
    return undefined;
  }
}

export async function repoRoot(cwd: string): Promise<string> {
  const root = await gitOk(cwd, ['rev-parse', '--show-toplevel']);
  if (!root) {
    throw new UsageError(
      `${cwd} is not inside a git repository: give two files (spec-diff <old> <new>) instead`,
    );
  }
  return root;
}

export interface BaseRef {
  /** What to pass to git. */
  ref: string;
  /** How it was chosen, for messages. */
  description: string;
}

export async function resolveRef(root: string, ref: string): Promise<BaseRef> {
  const sha = await gitOk(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!sha) {
    throw new UsageError(`unknown git ref ${JSON.stringify(ref)}`);
  }
  return { ref, description: `${ref} (${sha.slice(0, 8)})` };
}

export interface Extracted {
  /** The spec's path inside the temporary copy. */
  file: string;
  cleanup: () => Promise<void>;
}

/**
 * Writes the spec as it was at `ref` to a temporary folder, with the YAML/JSON
 * files beside it, so references to other files resolve as they did then.
 * Returns undefined when the spec did not exist at that ref.
 */
export async function extractSpecAt(
  root: string,
  ref: string,
  specPath: string,
): Promise<Extracted | undefined> {
  const exists = await gitOk(root, ['cat-file', '-e', `${ref}:${specPath}`]);
  if (exists === undefined) {
    return undefined;
  }
  const dir = path.posix.dirname(specPath);
  const listed =
    dir === '.'
      ? [specPath]
      : (await git(root, ['ls-tree', '-r', '-z', '--name-only', ref, '--', dir]))
          .split('\0')
          .filter((f) => f === specPath || /\.(ya?ml|json)$/i.test(f));
  const temp = await mkdtemp(path.join(tmpdir(), 'spec-diff-'));
  for (const file of listed) {
    if (!file) {
      continue;
    }
    const contents = await git(root, ['cat-file', 'blob', `${ref}:${file}`]);
    const target = path.join(temp, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
  return {
    file: path.join(temp, specPath),
    cleanup: () => rm(temp, { recursive: true, force: true }),
  };
}
