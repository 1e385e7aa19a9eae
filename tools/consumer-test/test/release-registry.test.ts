import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOutputs, readmeExamples, repoRoot } from './readme.js';
import { type LocalRegistry, startRegistry } from './registry.js';

/**
 * The release flow as a release manager runs it, in a temporary copy of the
 * repository: `pnpm version-packages`, `pnpm spec:check` on the result, then
 * `changeset publish` to a real npm registry (Verdaccio on 127.0.0.1, with a
 * throwaway token), and the published versions installed with plain npm into
 * a fresh project, where the README's examples run.
 *
 * The copy's history has two commits: the release before the 2026-04 API
 * (the committed copy of that spec, tagged as changesets tags a release),
 * then the repository as it is, so the spec gate has a real major change to
 * judge. The packages' `dist` is copied from the workspace build (the test
 * task depends on it) instead of rebuilt: `pnpm release` only adds the build
 * and the package lint, which CI runs anyway.
 */
const execFileP = promisify(execFile);
/** The TypeScript loader the examples run with: the workspace's, the app installs none. */
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
}

let work: string;
let copy: string;
let app: string;
let env: NodeJS.ProcessEnv;
let registry: LocalRegistry | undefined;
let group: { name: string; dir: string; before: Manifest; beforeText: string }[];
let released: string;

async function exec(command: string, args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}) {
  try {
    const out = await execFileP(command, args, {
      cwd,
      env: { ...env, ...extra },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout: out.stdout, stderr: out.stderr } satisfies Run;
  } catch (err) {
    const e = err as { code?: number | string; stdout?: string; stderr?: string; message: string };
    if (typeof e.code !== 'number') {
      throw err;
    }
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? e.message } satisfies Run;
  }
}

/** Runs a command that must succeed, and says what it printed when it did not. */
async function ok(command: string, args: string[], cwd: string, extra?: NodeJS.ProcessEnv) {
  const result = await exec(command, args, cwd, extra);
  expect(result.code, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result;
}

const git = (...args: string[]) => ok('git', args, copy);

/** The release manager's npm configuration: the local registry and its token, nothing else. */
const releaseConfig = () => ({
  npm_config_userconfig: path.join(work, 'release-manager.npmrc'),
  npm_config_registry: registry?.url,
});

/** The working tree's files as git sees them (tracked and new, not ignored), copied. */
async function copyWorkingTree(from: string, to: string): Promise<void> {
  const { stdout } = await execFileP(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: from, maxBuffer: 64 * 1024 * 1024 },
  );
  for (const file of stdout.split('\0')) {
    if (!file) {
      continue;
    }
    const source = path.join(from, file);
    // A tracked file deleted in the working tree is not part of it.
    if (!(await stat(source).catch(() => undefined))?.isFile()) {
      continue;
    }
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await cp(source, path.join(to, file));
  }
}

async function readManifest(file: string): Promise<{ manifest: Manifest; text: string }> {
  const text = await readFile(file, 'utf8');
  return { manifest: JSON.parse(text) as Manifest, text };
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'wf-release-'));
  copy = path.join(work, 'repo');
  app = path.join(work, 'app');
  const { INIT_CWD: _, ...inherited } = process.env;
  env = {
    ...inherited,
    GIT_AUTHOR_NAME: 'Release Manager',
    GIT_AUTHOR_EMAIL: 'release@example.invalid',
    GIT_COMMITTER_NAME: 'Release Manager',
    GIT_COMMITTER_EMAIL: 'release@example.invalid',
  };
  await copyWorkingTree(repoRoot, copy);
  const config = JSON.parse(await readFile(path.join(copy, '.changeset/config.json'), 'utf8')) as {
    fixed: string[][];
  };
  const fixed = new Set(config.fixed.flat());
  group = [];
  for (const name of await readdir(path.join(copy, 'packages'))) {
    const dir = path.join(copy, 'packages', name);
    const { manifest, text } = await readManifest(path.join(dir, 'package.json'));
    if (!fixed.has(manifest.name)) {
      continue;
    }
    const dist = path.join(repoRoot, 'packages', name, 'dist');
    if (!(await stat(dist).catch(() => undefined))) {
      throw new Error(`${dist} is missing: run \`pnpm build\` before this test`);
    }
    await cp(dist, path.join(dir, 'dist'), { recursive: true });
    group.push({ name: manifest.name, dir, before: manifest, beforeText: text });
  }
  expect(group.map((g) => g.name).sort()).toEqual([...fixed].sort());

  // The release before the 2026-04 API, tagged as `changeset publish` tags it.
  const current = await readFile(path.join(copy, 'spec/openapi.yaml'));
  await cp(
    path.join(copy, 'tools/spec-diff/test/fixtures/openapi-2025-06-17.yaml'),
    path.join(copy, 'spec/openapi.yaml'),
  );
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'release of the 2025-06 API');
  const types = group.find((g) => g.name === '@workflows-api/types');
  await git('tag', `@workflows-api/types@${types?.before.version}`);
  // Then the repository as it is, with a changeset of the test's own, so the
  // flow has something to release even right after a real release.
  await writeFile(path.join(copy, 'spec/openapi.yaml'), current);
  await writeFile(
    path.join(copy, '.changeset/release-test.md'),
    '---\n"@workflows-api/types": major\n---\n\nThe 2026-04 API, given to one package only: the fixed group carries the others along.\n',
  );
  await git('add', '-A');
  await git('commit', '-q', '-m', 'the 2026-04 API');
  // As installed from the lockfile; the store on this machine already holds every package.
  await ok('pnpm', ['install', '--offline', '--frozen-lockfile', '--reporter=silent'], copy);

  registry = await startRegistry(path.join(work, 'registry'));
  await writeFile(
    releaseConfig().npm_config_userconfig,
    `registry=${registry.url}\n${registry.url.replace(/^https?:/, '')}:_authToken=${registry.token}\n`,
  );
});

afterAll(async () => {
  await registry?.close();
  if (work) {
    await rm(work, { recursive: true, force: true });
  }
});

describe.sequential('releasing to a real registry', () => {
  it('spec:check passes before the release: the pending changesets bump enough', async () => {
    const check = await ok('pnpm', ['-s', 'spec:check'], copy);
    expect(check.stdout).toContain(
      `changed since release tag @workflows-api/types@${group[0]?.before.version}`,
    );
    expect(check.stdout).toContain('needs a major bump');
  });

  it('version-packages changes versions, changelogs and consumed changesets only', async () => {
    await ok('pnpm', ['version-packages'], copy);
    const versions = new Set<string>();
    for (const g of group) {
      const { manifest, text } = await readManifest(path.join(g.dir, 'package.json'));
      versions.add(manifest.version);
      // The manifest as it was, with only its version changed: formatting kept.
      expect(text, g.name).toBe(
        g.beforeText.replace(
          `"version": "${g.before.version}"`,
          `"version": "${manifest.version}"`,
        ),
      );
      const changelog = await readFile(path.join(g.dir, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain(`# ${g.name}`);
      expect(changelog).toContain(`## ${manifest.version}`);
    }
    expect([...versions], 'one version for the fixed group').toHaveLength(1);
    released = [...versions][0] as string;
    expect(released).not.toBe(group[0]?.before.version);

    const groupFiles = new Set(
      group.flatMap((g) => {
        const rel = path.relative(copy, g.dir);
        return [`${rel}/package.json`, `${rel}/CHANGELOG.md`];
      }),
    );
    const { stdout } = await git('status', '--porcelain', '-uall');
    const changed = stdout.split('\n').filter(Boolean);
    expect(changed.length).toBeGreaterThan(group.length);
    for (const line of changed) {
      const [state, file] = [line.slice(0, 2), line.slice(3)];
      const consumed =
        state === ' D' && /^\.changeset\/.+\.md$/.test(file) && !/README/i.test(file);
      expect(
        consumed || groupFiles.has(file),
        `${line}: not a version, changelog or changeset`,
      ).toBe(true);
    }
  });

  it('spec:check passes on the release, before and after its commit, without a tag', async () => {
    const uncommitted = await ok('pnpm', ['-s', 'spec:check'], copy);
    expect(uncommitted.stdout).toContain(
      `the release in the working tree and the pending changesets give major (versions ${group[0]?.before.version} → ${released})`,
    );
    await git('add', '-A');
    await git('commit', '-q', '-m', `release ${released}`);
    const committed = await ok('pnpm', ['-s', 'spec:check'], copy);
    expect(committed.stdout).toMatch(
      new RegExp(`has no changes since release commit \\w{8} \\(version ${released}\\)`),
    );
  });

  it('changeset publish puts the fixed group on the registry as one version, and tags it', async () => {
    const publish = await ok('pnpm', ['exec', 'changeset', 'publish'], copy, releaseConfig());
    const output = publish.stdout + publish.stderr;
    for (const g of group) {
      expect(output).toContain(`${g.name}@${released}`);
      const doc = await registry?.packument(g.name);
      expect(Object.keys(doc?.versions ?? {}), g.name).toEqual([released]);
      expect(doc?.['dist-tags'].latest, g.name).toBe(released);
      expect(doc?.versions[released]?.dist.tarball.startsWith(registry?.url ?? '-')).toBe(true);
    }
    const tags = (await git('tag', '--list', '@workflows-api/*')).stdout.split('\n');
    for (const g of group) {
      expect(tags).toContain(`${g.name}@${released}`);
    }
  });

  it('publishing the same version twice fails cleanly and changes nothing', async () => {
    const before = await Promise.all(group.map((g) => registry?.packument(g.name)));
    // Run again, the release publishes nothing: every version is already there.
    const again = await ok('pnpm', ['exec', 'changeset', 'publish'], copy, releaseConfig());
    expect(again.stdout + again.stderr).toMatch(/already published|No unpublished projects/i);
    // Published by hand, the registry refuses the version it already has.
    const types = group.find((g) => g.name === '@workflows-api/types');
    const direct = await exec(
      'pnpm',
      ['publish', '--no-git-checks'],
      types?.dir ?? copy,
      releaseConfig(),
    );
    expect(direct.code).not.toBe(0);
    expect(direct.stderr).toContain(
      `You cannot publish over the previously published versions: ${released}.`,
    );
    const after = await Promise.all(group.map((g) => registry?.packument(g.name)));
    expect(after).toEqual(before);
  });

  it('installs with plain npm from the registry into a fresh project, where the README examples run', async () => {
    await mkdir(app, { recursive: true });
    await writeFile(
      path.join(app, 'package.json'),
      JSON.stringify({ name: 'release-consumer', private: true, type: 'module' }, null, 2),
    );
    // Our scope comes from the local registry; other dependencies from npm's usual registry.
    await writeFile(
      path.join(app, '.npmrc'),
      `@workflows-api:registry=${registry?.url}\nomit-lockfile-registry-resolved=false\n`,
    );
    const wanted = ['client', 'sandbox', 'validators', 'cli'].map(
      (p) => `@workflows-api/${p}@${released}`,
    );
    await ok('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...wanted], app);
    const lock = JSON.parse(await readFile(path.join(app, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; resolved?: string }>;
    };
    for (const g of group) {
      const entry = lock.packages[`node_modules/${g.name}`];
      expect(entry?.version, g.name).toBe(released);
      // npm may leave `resolved` out of the lock for a tarball it already had in its cache.
      if (entry?.resolved !== undefined) {
        expect(entry.resolved.startsWith(registry?.url ?? '-'), g.name).toBe(true);
      }
    }

    const examples = await readmeExamples();
    expect(examples).toHaveLength(exampleOutputs.length);
    const files: string[] = [];
    for (const [i, code] of examples.entries()) {
      files.push(`./example-${i + 1}.ts`);
      await writeFile(path.join(app, `example-${i + 1}.ts`), `${code}\nexport {};\n`);
    }
    // The sandbox the examples call is the published one too.
    await cp(
      path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/run-examples.ts'),
      path.join(app, 'run-examples.ts'),
    );
    const { stdout } = await ok(
      process.execPath,
      ['--import', tsxLoader, 'run-examples.ts', ...files],
      app,
      { WORKFLOWS_TTD_AUTH: 'release-token' },
    );
    const outputs = stdout.split(/^--- .*$/m).slice(1);
    expect(outputs).toHaveLength(examples.length);
    for (const [i, patterns] of exampleOutputs.entries()) {
      for (const pattern of patterns) {
        expect(outputs[i], `example ${i + 1}`).toMatch(pattern);
      }
    }

    const cli = await ok('npx', ['--no-install', 'workflows', '--help'], app);
    expect(cli.stdout).toMatch(/workflows job/);
  });
});
