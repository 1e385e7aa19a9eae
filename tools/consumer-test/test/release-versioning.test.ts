import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `pnpm version-packages` as release managers run it, on a copy of the
 * workspace's manifests and pending changesets: the published packages move
 * together and each gets a CHANGELOG; private tooling is left alone.
 */
const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const changesetBin = path.join(repoRoot, 'node_modules/.bin/changeset');

let work: string;
const manifests: Record<string, { name: string; version: string; private?: boolean }> = {};

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'wf-release-'));
  await cp(path.join(repoRoot, '.changeset'), path.join(work, '.changeset'), { recursive: true });
  for (const file of ['package.json', 'pnpm-workspace.yaml']) {
    await cp(path.join(repoRoot, file), path.join(work, file));
  }
  for (const group of ['packages', 'tools']) {
    for (const name of await readdir(path.join(repoRoot, group))) {
      const rel = `${group}/${name}`;
      await mkdir(path.join(work, rel), { recursive: true });
      await cp(path.join(repoRoot, rel, 'package.json'), path.join(work, rel, 'package.json'));
    }
  }
  // A changeset of its own, so the run has something to release even right after a release.
  await writeFile(
    path.join(work, '.changeset/test-release.md'),
    '---\n"@workflows-api/types": major\n---\n\nA breaking spec change, given to one package only: the fixed group must carry the others along.\n',
  );
  await run('git', ['init', '-q'], { cwd: work });
  await run(changesetBin, ['version'], { cwd: work });
  for (const group of ['packages', 'tools']) {
    for (const name of await readdir(path.join(work, group))) {
      const rel = `${group}/${name}`;
      manifests[rel] = JSON.parse(await readFile(path.join(work, rel, 'package.json'), 'utf8'));
    }
  }
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('versioning a release', () => {
  it('moves every published package to one version, with a CHANGELOG each', async () => {
    const published = Object.entries(manifests).filter(([, m]) => !m.private);
    expect(published.length).toBeGreaterThanOrEqual(5);
    const versions = new Set(published.map(([, m]) => m.version));
    expect(versions.size, `one version for the fixed group, got ${[...versions]}`).toBe(1);
    for (const [rel, m] of published) {
      const changelog = await readFile(path.join(work, rel, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain(`# ${m.name}`);
      expect(changelog).toContain(`## ${m.version}`);
    }
  });

  it('leaves private tooling unversioned', async () => {
    for (const [rel, m] of Object.entries(manifests)) {
      if (m.private) expect(m.version, rel).toBe('0.0.0');
    }
  });
});
