import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specPath } from '../src/paths.js';
import { redocBundleName } from '../src/spec-page.js';
import { buildSpecReference } from '../src/spec-reference.js';

describe('buildSpecReference', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docs-api-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the page, the Redoc bundle and its license, and only those', async () => {
    const outDir = join(dir, 'api');
    await buildSpecReference({ specPath, outDir });
    await writeFile(join(outDir, 'stale.html'), 'left over from an older build');
    await buildSpecReference({ specPath, outDir });
    expect((await readdir(outDir)).sort()).toEqual(
      ['index.html', redocBundleName, `${redocBundleName}.LICENSE.txt`].sort(),
    );
  });

  it('gives the same bytes on every build', async () => {
    const first = join(dir, 'first');
    const second = join(dir, 'second');
    await buildSpecReference({ specPath, outDir: first });
    await buildSpecReference({ specPath, outDir: second });
    for (const name of await readdir(first)) {
      expect(
        (await readFile(join(second, name))).equals(await readFile(join(first, name))),
        name,
      ).toBe(true);
    }
  });

  it('writes nothing for a spec it cannot list', async () => {
    const badSpec = join(dir, 'bad.yaml');
    await writeFile(
      badSpec,
      'openapi: 3.0.3\ninfo: { title: x, version: "1" }\npaths:\n  /x:\n    get: {}\n',
    );
    const outDir = join(dir, 'never');
    await expect(buildSpecReference({ specPath: badSpec, outDir })).rejects.toThrow(
      `${badSpec}: GET /x has no operationId`,
    );
    await expect(readdir(outDir)).rejects.toThrow(/ENOENT/);
  });
});
