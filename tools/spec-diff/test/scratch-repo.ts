import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { type Doc, petApi, removeDir, tempDir } from './helpers.js';

/** Temporary git repositories shaped like ours, and the real command line run in them. */
const run = promisify(execFile);
const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(packageDir, 'node_modules', '.bin', 'tsx');
const cli = path.join(packageDir, 'src', 'cli.ts');

/** Folders made by this file's tests; `removeScratchDirs` after each test. */
export const scratchDirs: string[] = [];

export async function removeScratchDirs(): Promise<void> {
  await Promise.all(scratchDirs.splice(0).map(removeDir));
}

export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd,
  });
  return stdout.trim();
}

/** Runs the real command line, as `pnpm spec:*` does, from `cwd`. */
export async function specDiff(cwd: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], {
      cwd: packageDir,
      env: { ...process.env, INIT_CWD: cwd },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

export async function write(root: string, file: string, contents: string | Doc) {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  const text = typeof contents === 'string' ? contents : stringify(contents);
  await writeFile(path.join(root, file), text);
}

/** A workspace like ours: two published packages in a fixed group, one private tool. */
export async function scratchRepo(
  branch = 'main',
  fixed: string[][] = [['@acme/types', '@acme/client']],
) {
  const root = await tempDir('repo');
  scratchDirs.push(root);
  await git(root, 'init', '-q', '-b', branch);
  await write(root, 'package.json', JSON.stringify({ name: 'acme', private: true }));
  await write(root, 'pnpm-workspace.yaml', 'packages:\n  - "packages/*"\n');
  await write(
    root,
    'packages/types/package.json',
    JSON.stringify({ name: '@acme/types', version: '1.0.0' }),
  );
  await write(
    root,
    'packages/client/package.json',
    JSON.stringify({ name: '@acme/client', version: '1.0.0' }),
  );
  await write(
    root,
    'packages/tool/package.json',
    JSON.stringify({ name: '@acme/tool', private: true }),
  );
  await write(root, '.changeset/config.json', JSON.stringify({ fixed, ignore: [] }));
  await write(root, '.changeset/README.md', '# Changesets\n');
  await write(root, 'spec/openapi.yaml', petApi());
  await git(root, 'add', '.');
  await git(root, 'commit', '-q', '-m', 'first');
  return root;
}

/** The pet API with an enum value added to a response: a major change. */
export const withBird = () => {
  const doc = petApi();
  doc.components.schemas.Pet.properties.kind.enum.push('bird');
  return doc;
};
