import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepFormatting } from '../src/manifest-format.js';
import { versionBump } from '../src/versions.js';
import { petApi } from './helpers.js';
import { git, removeScratchDirs, scratchRepo, specDiff, withBird, write } from './scratch-repo.js';

afterEach(removeScratchDirs);

/** Manifests formatted the way this repository keeps them, not the way JSON.stringify prints. */
const compactManifest = (name: string, version: string) =>
  [
    '{',
    `  "name": "${name}",`,
    `  "version": "${version}",`,
    '  "engines": { "node": ">=20" },',
    '  "files": ["dist", "README.md"],',
    '  "dependencies": { "@acme/types": "workspace:*" }',
    '}',
    '',
  ].join('\n');

async function releaseRepo() {
  const root = await scratchRepo();
  await write(root, 'packages/types/package.json', compactManifest('@acme/types', '1.0.0'));
  await write(root, 'packages/client/package.json', compactManifest('@acme/client', '1.0.0'));
  await git(root, 'commit', '-q', '-am', 'compact manifests');
  await git(root, 'tag', '@acme/types@1.0.0');
  return root;
}

const bumpedManifest = (name: string, version: string) =>
  compactManifest(name, '1.0.0').replace('"version": "1.0.0"', `"version": "${version}"`);

// Each case starts the real command several times (tsx compiles on start); allow for a busy machine.
describe('the release commit as a baseline', { timeout: 120_000 }, () => {
  it('after version-packages spec:check passes, before and after the commit, without a tag', async () => {
    const root = await releaseRepo();
    await write(root, 'spec/openapi.yaml', withBird());
    await write(root, '.changeset/bird.md', '---\n"@acme/types": major\n---\n\nBirds.\n');
    await git(root, 'commit', '-q', '-am', 'bird');
    expect((await specDiff(root, 'check')).code).toBe(0);

    const versioned = await specDiff(root, 'version-packages');
    expect(versioned.code, versioned.stderr).toBe(0);
    expect(versioned.stdout).toContain('versions written in place');
    // Uncommitted: the versions the consumed changeset raised count as its bump.
    const pending = await specDiff(root, 'check');
    expect(pending.code, pending.stderr).toBe(0);
    expect(pending.stdout).toContain(
      'the release in the working tree and the pending changesets give major (versions 1.0.0 → 2.0.0)',
    );

    await git(root, 'add', '-A');
    await git(root, 'commit', '-q', '-m', 'release');
    const sha = (await git(root, 'rev-parse', 'HEAD')).slice(0, 8);
    const committed = await specDiff(root, 'check');
    expect(committed).toMatchObject({ code: 0 });
    expect(committed.stdout).toBe(
      `spec:check: spec/openapi.yaml has no changes since release commit ${sha} (version 2.0.0)\n`,
    );

    // The next change is measured from the release commit, not from the older tag.
    const next = withBird();
    next.components.schemas.PetInput.properties.kind.enum.push('fish');
    await write(root, 'spec/openapi.yaml', next);
    const after = await specDiff(root, 'check');
    expect(after.code).toBe(1);
    expect(after.stderr).toContain(
      `changed since release commit ${sha} (version 2.0.0) and needs a minor bump`,
    );
  });

  it('a version raised by less than the spec change needs fails, naming the versions', async () => {
    const root = await releaseRepo();
    await write(root, 'spec/openapi.yaml', withBird());
    await write(root, 'packages/types/package.json', bumpedManifest('@acme/types', '1.1.0'));
    await write(root, 'packages/client/package.json', bumpedManifest('@acme/client', '1.1.0'));
    const result = await specDiff(root, 'check');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'needs a major bump of the release group (@acme/client, @acme/types), but the versions and pending changesets bump it by minor only (versions 1.0.0 → 1.1.0)',
    );
  });

  it('a tag on a later commit wins over the release commit; adding a package is no release', async () => {
    const root = await releaseRepo();
    // The first commit added the packages at 1.0.0: no release commit yet, so the tag is the base.
    expect((await specDiff(root)).stderr).toContain('compared with release tag @acme/types@1.0.0');
    await write(root, 'packages/types/package.json', bumpedManifest('@acme/types', '1.0.1'));
    await git(root, 'commit', '-q', '-am', 'release 1.0.1');
    expect((await specDiff(root)).stderr).toMatch(
      /compared with release commit \w{8} \(version 1\.0\.1\)/,
    );
    await write(root, 'spec/openapi.yaml', { ...petApi(), info: { title: 'Pets', version: '2' } });
    await git(root, 'commit', '-q', '-am', 'info');
    await git(root, 'tag', 'v1.0.2');
    expect((await specDiff(root)).stderr).toContain('compared with release tag v1.0.2');
  });
});

describe('version-packages', { timeout: 120_000 }, () => {
  it('changes versions and changelogs only: each package.json keeps its formatting', async () => {
    const root = await releaseRepo();
    await write(
      root,
      '.changeset/small.md',
      '---\n"@acme/client": minor\n---\n\nA small feature.\n',
    );
    await git(root, 'add', '-A');
    await git(root, 'commit', '-q', '-m', 'changeset');
    const result = await specDiff(root, 'version-packages');
    expect(result.code, result.stderr).toBe(0);
    for (const [dir, name] of [
      ['types', '@acme/types'],
      ['client', '@acme/client'],
    ] as const) {
      const manifest = await readFile(path.join(root, 'packages', dir, 'package.json'), 'utf8');
      expect(manifest).toBe(bumpedManifest(name, '1.1.0'));
      const changelog = await readFile(path.join(root, 'packages', dir, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain('## 1.1.0');
    }
    const status = await git(root, 'status', '--porcelain');
    // `git` trims its output, and with it the first line's leading space.
    expect(
      status
        .split('\n')
        .map((line) => line.trim())
        .sort(),
    ).toEqual([
      '?? packages/client/CHANGELOG.md',
      '?? packages/types/CHANGELOG.md',
      'D .changeset/small.md',
      'M packages/client/package.json',
      'M packages/types/package.json',
    ]);
  });
});

describe('keepFormatting', () => {
  const original = '{\n  "name": "a",\n  "version": "1.0.0",\n  "tags": ["x", "y"],\n  "n": 1\n}\n';

  it('writes changed values in place, however the other tool printed them', () => {
    const rewritten = JSON.stringify(
      { name: 'a', version: '2.0.0', tags: ['x', 'z'], n: 2 },
      null,
      4,
    );
    expect(keepFormatting(original, rewritten)).toBe(
      '{\n  "name": "a",\n  "version": "2.0.0",\n  "tags": ["x", "z"],\n  "n": 2\n}\n',
    );
    expect(keepFormatting(original, JSON.stringify(JSON.parse(original)))).toBe(original);
  });

  it('gives up when more than values changed, or on text that is not JSON', () => {
    const added = JSON.stringify({ ...JSON.parse(original), extra: true });
    expect(keepFormatting(original, added)).toBeUndefined();
    const retyped = JSON.stringify({ ...JSON.parse(original), tags: 'x' });
    expect(keepFormatting(original, retyped)).toBeUndefined();
    expect(keepFormatting('{ "a": 1, }', '{ "a": 2 }')).toBeUndefined();
  });
});

describe('versionBump', () => {
  it('names the part of the version core that went up', () => {
    expect(versionBump('0.1.0', '1.0.0')).toBe('major');
    expect(versionBump('1.2.3', '1.3.0')).toBe('minor');
    expect(versionBump('1.2.3', '1.2.4')).toBe('patch');
    expect(versionBump('1.2.3', '1.2.3-next.1')).toBe('none');
    expect(versionBump('2.0.0', '1.9.9')).toBe('none');
    expect(versionBump('1.0.0', 'workspace:*')).toBeUndefined();
  });
});
