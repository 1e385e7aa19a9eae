import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertEntryPoints, buildApiReference } from '../src/api-reference.js';
import { repoRoot, specPath } from '../src/paths.js';
import { packageEntryPoint, publishedPackages } from '../src/published-packages.js';
import { readSpecDocument } from '../src/spec-operations.js';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** typedoc's file name prefix of a module: `@workflows-api/client` → `_workflows-api_client`. */
const moduleSlug = (packageName: string): string => packageName.replace(/[@/]/g, '_');

describe('the list of documented packages', () => {
  it('is exactly the workspace packages that are published (not private)', async () => {
    const dirs = await readdir(join(repoRoot, 'packages'), { withFileTypes: true });
    const published: { name: string; dir: string }[] = [];
    for (const dir of dirs.filter((entry) => entry.isDirectory())) {
      const manifest = JSON.parse(
        await readFile(join(repoRoot, 'packages', dir.name, 'package.json'), 'utf8'),
      ) as { name: string; private?: boolean };
      if (manifest.private !== true) {
        published.push({ name: manifest.name, dir: `packages/${dir.name}` });
      }
    }
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect([...publishedPackages].sort(byName)).toEqual(published.sort(byName));
  });
});

describe('assertEntryPoints', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'docs-entries-'));
    await mkdir(join(root, 'packages', 'present', 'src'), { recursive: true });
    await writeFile(join(root, 'packages', 'present', packageEntryPoint), 'export const x = 1;\n');
    await mkdir(join(root, 'packages', 'empty', 'src'), { recursive: true });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('names every package that has no entry point, and where it was looked for', async () => {
    const packages = [
      { name: '@x/present', dir: 'packages/present' },
      { name: '@x/empty', dir: 'packages/empty' },
      { name: '@x/absent', dir: 'packages/absent' },
    ];
    const error = await assertEntryPoints(packages, root).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toContain('@x/empty: packages/empty/src/index.ts does not exist');
    expect(error?.message).toContain('@x/absent: packages/absent/src/index.ts does not exist');
    expect(error?.message).not.toContain('@x/present');
  });

  it('refuses to build a reference when one is missing, before running typedoc', async () => {
    await expect(
      buildApiReference({
        packages: [{ name: '@x/empty', dir: 'packages/empty' }],
        root,
        outDir: join(root, 'out'),
      }),
    ).rejects.toThrow('@x/empty: packages/empty/src/index.ts does not exist');
    await expect(readdir(join(root, 'out'))).rejects.toThrow(/ENOENT/);
  });
});

// Runs after every published package is built (turbo: docs#test needs their
// builds), because the packages import each other's dist output.
describe('the typedoc reference of the published packages', () => {
  let outDir: string;
  let files: string[];

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'docs-reference-'));
    await buildApiReference({ packages: publishedPackages, root: repoRoot, outDir });
    files = (await filesUnder(outDir)).map((file) => relative(outDir, file));
  }, 300_000);
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('has a module page per package, linked from the index', async () => {
    const index = await readFile(join(outDir, 'index.html'), 'utf8');
    for (const pkg of publishedPackages) {
      const page = `modules/${moduleSlug(pkg.name)}.html`;
      expect(files, pkg.name).toContain(page);
      expect(index, pkg.name).toContain(`href="${page}"`);
    }
  });

  it('documents every runtime export of every package', async () => {
    const undocumented: string[] = [];
    for (const pkg of publishedPackages) {
      const module = (await import(pkg.name)) as Record<string, unknown>;
      for (const name of Object.keys(module)) {
        const suffix = `/${moduleSlug(pkg.name)}.${name}.html`;
        if (!files.some((file) => `/${file}`.endsWith(suffix))) {
          undocumented.push(`${pkg.name}: ${name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('has a page for the named type of every schema of the spec', async () => {
    const document = await readSpecDocument(specPath);
    const schemas = Object.keys(
      (document.components as { schemas: Record<string, unknown> }).schemas,
    );
    expect(schemas.length).toBeGreaterThan(0);
    const slug = moduleSlug('@workflows-api/types');
    const missing = schemas.filter(
      (name) => !files.some((file) => file.endsWith(`/${slug}.${name}.html`)),
    );
    expect(missing).toEqual([]);
  });

  it('loads nothing from outside: every script, stylesheet and image is a file of the reference', async () => {
    const remote: string[] = [];
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      const html = await readFile(join(outDir, file), 'utf8');
      const loaded = html.matchAll(/<(?:script|img|link)\b[^>]*\s(?:src|href)="([^"]*)"/g);
      for (const [, url = ''] of loaded) {
        if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !url.startsWith('data:')) {
          remote.push(`${file}: ${url}`);
        }
      }
    }
    expect(remote).toEqual([]);
  });
});
