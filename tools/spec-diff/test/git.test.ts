import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseGroup } from '../src/changesets.js';
import { petApi, tempDir } from './helpers.js';
import {
  git,
  removeScratchDirs,
  scratchDirs,
  scratchRepo,
  specDiff,
  withBird,
  write,
} from './scratch-repo.js';

afterEach(removeScratchDirs);

// Each case starts the real command several times (tsx compiles on start); allow for a busy machine.
describe('spec:check and spec:changeset in a git repository', { timeout: 120_000 }, () => {
  it('fails after a breaking edit since the release tag until a big enough changeset exists', async () => {
    const root = await scratchRepo();
    await git(root, 'tag', '@acme/types@1.0.0');
    await write(root, 'spec/openapi.yaml', withBird());
    await git(root, 'commit', '-q', '-am', 'bird');

    const unchanged = await specDiff(root, 'check', '--base', 'HEAD');
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toContain('has no changes since HEAD');

    const failing = await specDiff(root, 'check');
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain(
      'spec/openapi.yaml changed since release tag @acme/types@1.0.0 and needs a major bump of the release group (@acme/client, @acme/types), but no pending changeset bumps it',
    );
    expect(failing.stdout).toContain(
      '/components/schemas/Pet/properties/kind/enum  major  enum value "bird" added (response)',
    );

    await write(
      root,
      '.changeset/small.md',
      '---\n"@acme/client": minor\n"@acme/tool": major\n---\n\nSmall.\n',
    );
    const tooSmall = await specDiff(root, 'check');
    expect(tooSmall.code).toBe(1);
    expect(tooSmall.stderr).toContain(
      'the pending changesets bump it by minor only (.changeset/small.md)',
    );

    const written = await specDiff(root, 'changeset');
    expect(written.code).toBe(0);
    const name = (await readdir(path.join(root, '.changeset'))).find((f) => f.startsWith('spec-'));
    expect(written.stdout).toBe(
      `spec:changeset: wrote .changeset/${name} (major for @acme/client, @acme/types)\n`,
    );
    const changeset = await readFile(path.join(root, '.changeset', name as string), 'utf8');
    expect(changeset).toBe(
      [
        '---',
        '"@acme/client": major',
        '"@acme/types": major',
        '---',
        '',
        'Spec changes since release tag @acme/types@1.0.0 (major):',
        '',
        '- `/components/schemas/Pet/properties/kind/enum` **major**: enum value "bird" added (response)',
        '',
      ].join('\n'),
    );

    const passing = await specDiff(root, 'check');
    expect(passing.code).toBe(0);
    expect(passing.stdout).toContain(
      `the pending changesets give major (.changeset/small.md, .changeset/${name})`,
    );
  });

  it('a hand-written changeset of the right size passes too', async () => {
    const root = await scratchRepo();
    await git(root, 'tag', 'v1.0.0');
    const edited = petApi();
    edited.components.schemas.PetInput.properties.kind.enum.push('bird');
    await write(root, 'spec/openapi.yaml', edited);
    const failing = await specDiff(root, 'check');
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain('needs a minor bump');
    await write(
      root,
      '.changeset/bird.md',
      '---\n"@acme/types": minor\n---\n\nBirds can be created.\n',
    );
    expect((await specDiff(root, 'check')).code).toBe(0);
  });

  it('diff compares the working tree with the release tag; --json for machines', async () => {
    const root = await scratchRepo();
    await git(root, 'tag', '@acme/client@1.0.0');
    await write(root, 'spec/openapi.yaml', withBird());
    const result = await specDiff(root, '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('compared with release tag @acme/client@1.0.0');
    expect(JSON.parse(result.stdout)).toEqual({
      bump: 'major',
      changes: [
        {
          pointer: '/components/schemas/Pet/properties/kind/enum',
          class: 'major',
          message: 'enum value "bird" added (response)',
        },
      ],
    });
  });

  it('without a release tag, compares with the merge base of main', async () => {
    const root = await scratchRepo();
    const base = await git(root, 'rev-parse', 'HEAD');
    await git(root, 'checkout', '-q', '-b', 'feature');
    await write(root, 'spec/openapi.yaml', withBird());
    await git(root, 'commit', '-q', '-am', 'bird');
    const result = await specDiff(root);
    expect(result.stderr).toContain(`merge base with main (${base.slice(0, 8)})`);
    expect(result.stdout).toContain('bump: major');
  });

  it('without main, compares with HEAD; a spec new since the ref is all additions', async () => {
    const root = await scratchRepo('trunk');
    await write(root, 'spec/openapi.yaml', withBird());
    const head = await specDiff(root);
    expect(head.stderr).toContain('compared with HEAD (');
    expect(head.stdout).toContain('bump: major');
    await write(root, 'api/openapi.yaml', petApi());
    const fresh = await specDiff(root, '--spec', 'api/openapi.yaml', '--json');
    const parsed = JSON.parse(fresh.stdout);
    expect(parsed.bump).toBe('minor');
    const pointers = parsed.changes.map((c: { pointer: string }) => c.pointer);
    expect(pointers).toContain('/paths/~1pets');
    expect(pointers).toContain('/components/schemas/Pet');
    expect(parsed.changes.every((c: { class: string }) => c.class === 'minor')).toBe(true);
  });

  it('bad refs and folders outside git exit 2 with a message', async () => {
    const root = await scratchRepo();
    const unknown = await specDiff(root, '--base', 'no-such-tag');
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain('unknown git ref "no-such-tag"');
    const outside = await tempDir('nogit');
    scratchDirs.push(outside);
    const noRepo = await specDiff(outside, 'check');
    expect(noRepo.code).toBe(2);
    expect(noRepo.stderr).toContain('is not inside a git repository');
  });

  it('the release group comes from `fixed`, else the public packages not ignored', async () => {
    const root = await scratchRepo('main', [['@acme/*']]);
    expect(await releaseGroup(root)).toEqual(['@acme/client', '@acme/tool', '@acme/types']);
    await write(
      root,
      '.changeset/config.json',
      JSON.stringify({ fixed: [], ignore: ['@acme/client'] }),
    );
    expect(await releaseGroup(root)).toEqual(['@acme/types']);
  });
});
