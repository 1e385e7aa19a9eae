import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** What every published package must carry, checked from its manifest before it is ever packed. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

interface Manifest {
  name: string;
  private?: boolean;
  type?: string;
  sideEffects?: unknown;
  engines?: { node?: string };
  files?: string[];
  license?: string;
  exports?: Record<string, unknown>;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
}

const published = async () => {
  const out: { dir: string; manifest: Manifest }[] = [];
  for (const name of await readdir(path.join(repoRoot, 'packages'))) {
    const dir = path.join(repoRoot, 'packages', name);
    const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Manifest;
    if (!manifest.private) {
      out.push({ dir, manifest });
    }
  }
  return out;
};

describe('published package manifests', () => {
  it('are ESM, side-effect free, Node >= 20, with README, LICENSE and package lint', async () => {
    const packages = await published();
    expect(packages.length).toBeGreaterThanOrEqual(5);
    for (const { dir, manifest } of packages) {
      const where = manifest.name;
      expect(manifest.type, where).toBe('module');
      expect(manifest.sideEffects, where).toBe(false);
      expect(manifest.engines?.node, where).toBe('>=20');
      expect(manifest.license, where).toBe('MIT');
      expect(manifest.files, where).toEqual(
        expect.arrayContaining(['dist', 'README.md', 'LICENSE']),
      );
      expect(manifest.scripts?.['lint:package'], where).toMatch(/publint.*attw --pack/);
      const root = manifest.exports?.['.'] as Record<string, string> | undefined;
      expect(Object.keys(root ?? {})[0], `${where}: exports "." lists types first`).toBe('types');
      await access(path.join(dir, 'README.md'));
      await access(path.join(dir, 'LICENSE'));
    }
  });

  it('pin every external dependency exactly', async () => {
    for (const { manifest } of await published()) {
      for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
        if (range.startsWith('workspace:')) {
          continue;
        }
        expect(range, `${manifest.name} → ${dep}`).toMatch(/^\d+\.\d+\.\d+$/);
      }
    }
  });
});
