import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createBrotliDecompress } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';

/**
 * A headless Chromium that comes from the npm registry like everything else the
 * tests need: `@sparticuz/chromium` carries a brotli-compressed headless build
 * together with the few libraries it links beyond glibc (NSS, NSPR, expat), its
 * software GL and a font. Nothing is downloaded and nothing is installed on the
 * machine: the files are unpacked once into `node_modules/.cache/`, and
 * playwright-core drives the binary.
 *
 * Only the package's files are used, not its JavaScript (written for AWS Lambda:
 * it unpacks into a shared /tmp and reuses whatever binary it finds there).
 */
const require = createRequire(import.meta.url);
const PACKAGE = path.join('node_modules', '@sparticuz', 'chromium');
const entry = require.resolve('@sparticuz/chromium');
const packageRoot = entry.slice(0, entry.lastIndexOf(PACKAGE) + PACKAGE.length);
const packedDir = path.join(packageRoot, 'bin');
const run = promisify(execFile);

async function packageVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(packageRoot, 'package.json'), 'utf8'));
  return String(manifest.version);
}

/** The repository's `node_modules/.cache/`, where tools keep what they can rebuild. */
const cacheRoot = fileURLToPath(new URL('../../../node_modules/.cache/', import.meta.url));

const brotli = (from: string, to: string) =>
  pipeline(createReadStream(from), createBrotliDecompress(), createWriteStream(to));

/**
 * Unpacks the browser into `dir` (a fresh folder): binary, libraries, GL, fonts.
 * `finalDir` is where `dir` will be renamed to, the folder fonts.conf must name.
 */
async function unpack(dir: string, finalDir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await brotli(path.join(packedDir, 'chromium.br'), path.join(dir, 'chromium'));
  await chmod(path.join(dir, 'chromium'), 0o755);
  for (const archive of ['al2023', 'swiftshader', 'fonts']) {
    const tar = path.join(dir, `${archive}.tar`);
    await brotli(path.join(packedDir, `${archive}.tar.br`), tar);
    await run('tar', ['-xf', tar, '-C', dir]);
    await rm(tar);
  }
  // The package's own fonts.conf names Lambda's folders; this one names ours.
  await writeFile(
    path.join(dir, 'fonts.conf'),
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      `  <dir>${path.join(finalDir, 'fonts')}</dir>`,
      `  <cachedir>${path.join(finalDir, 'fonts-cache')}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
}

/**
 * The unpacked browser's folder, unpacking it on first use. Unpacking goes to a
 * folder of its own and is renamed into place when complete, so an interrupted
 * run or two runs at once never leave or use a half-written browser.
 */
export async function bundledChromiumDir(cache = cacheRoot): Promise<string> {
  const dir = path.join(cache, `sparticuz-chromium-${await packageVersion()}`);
  if (existsSync(path.join(dir, 'chromium'))) {
    return dir;
  }
  // mkdtemp, not pid and clock: two calls of one process in one millisecond
  // would otherwise share a folder and unpack over each other.
  await mkdir(cache, { recursive: true });
  const partial = await mkdtemp(`${dir}.partial-`);
  try {
    await unpack(partial, dir);
    await rename(partial, dir);
  } catch (err) {
    await rm(partial, { recursive: true, force: true });
    // Another run finished first: its folder is complete.
    if (!existsSync(path.join(dir, 'chromium'))) {
      throw new Error(`could not unpack @sparticuz/chromium from ${packedDir} into ${dir}`, {
        cause: err,
      });
    }
  }
  return dir;
}

/** Its own NSS, NSPR and expat first, so no system package is needed; its own fonts. */
export const browserEnv = (dir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  LD_LIBRARY_PATH: [path.join(dir, 'lib'), dir, process.env.LD_LIBRARY_PATH]
    .filter(Boolean)
    .join(':'),
  FONTCONFIG_PATH: dir,
  HOME: dir,
});

/** Headless and offline: no GPU, no background requests of its own. */
const ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the bundled Chromium headless, with nothing it could reach beyond the page. */
export async function launchBundledChromium(): Promise<Browser> {
  const dir = await bundledChromiumDir();
  return chromium.launch({
    executablePath: path.join(dir, 'chromium'),
    env: browserEnv(dir),
    args: ARGS,
  });
}
