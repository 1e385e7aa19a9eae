import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { browserEnv, bundledChromiumDir } from './bundled-chromium.js';

const run = promisify(execFile);

/**
 * Libraries every Linux the tests run on has: glibc's, libgcc's, and SQLite
 * (which NSS's key store opens; Debian's python3 and gpg depend on it too).
 * Anything else the browser links must come from the package.
 */
const BASE_SYSTEM =
  /^(linux-vdso|ld-linux-x86-64|libc|libm|libdl|libpthread|librt|libgcc_s|libsqlite3)\.so/;

describe('the browser shipped in @sparticuz/chromium', { timeout: 180_000 }, () => {
  const scratch: string[] = [];
  afterAll(async () => {
    await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('needs no system package beyond glibc: every other library it links is its own', async () => {
    const dir = await bundledChromiumDir();
    const objects = [
      'chromium',
      ...(await readdir(dir)).filter((f) => f.endsWith('.so') || f.includes('.so.')),
      ...(await readdir(path.join(dir, 'lib')))
        .filter((f) => f.endsWith('.so'))
        .map((f) => `lib/${f}`),
    ];
    const foreign: string[] = [];
    for (const object of objects) {
      const { stdout } = await run('ldd', [path.join(dir, object)], { env: browserEnv(dir) });
      for (const line of stdout.split('\n').filter((l) => l.trim())) {
        const [name, , where] = line.trim().split(/\s+/);
        if (line.includes('not found')) {
          foreign.push(`${object}: ${name} not found`);
        } else if (!where?.startsWith(dir) && !BASE_SYSTEM.test(path.basename(name ?? ''))) {
          foreign.push(`${object}: ${line.trim()}`);
        }
      }
    }
    expect(foreign).toEqual([]);
  });

  it('two runs unpacking at once both get the complete browser, and leave no partial folder', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'docs-chromium-'));
    scratch.push(cache);
    const [a, b] = await Promise.all([bundledChromiumDir(cache), bundledChromiumDir(cache)]);
    expect(a).toBe(b);
    expect(existsSync(path.join(a, 'chromium'))).toBe(true);
    expect(existsSync(path.join(a, 'lib/libnss3.so'))).toBe(true);
    expect(await readdir(cache)).toEqual([path.basename(a)]);
    // fonts.conf names the final folder, not the one it was unpacked in.
    expect(await readFile(path.join(a, 'fonts.conf'), 'utf8')).toContain(`<dir>${a}/fonts</dir>`);
    // A second call uses what is there.
    expect(await bundledChromiumDir(cache)).toBe(a);
  });
});
