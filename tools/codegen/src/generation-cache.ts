import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './write-files.js';

/**
 * What the last generation in a root read and wrote, kept under `node_modules/.cache` (where
 * tools keep what they can rebuild). When the generator, its dependencies and every file it
 * read are byte for byte the same, and every file it wrote is still as it wrote it, a new
 * generation would write exactly those files again: `pnpm generate` then stops there, without
 * loading the spec tools, openapi-typescript or AJV. Anything else, or a manifest that does not
 * read, runs the whole generation. This module loads nothing heavy: it is the fast path.
 */
export const CACHE_DIR = 'node_modules/.cache/workflows-api-codegen';
const MANIFEST = 'manifest.json';

export interface GenerationManifest {
  key: string;
  /** Files generation read: absolute paths and their sha256. */
  inputs: { file: string; sha256: string }[];
  /** Files generation wrote, relative to the root, and their sha256. */
  outputs: { path: string; sha256: string }[];
  /** The folders the emitters own entirely: no other file may be in them. */
  ownedDirs: string[];
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

const hashOf = async (file: string) => {
  try {
    return sha256(await readFile(file));
  } catch {
    return undefined;
  }
};

/**
 * The workspace's lockfile: the exact version of every package the generator loads, the
 * dependencies of its dependencies included, which its own package manifest does not pin.
 */
const LOCKFILE = fileURLToPath(new URL('../../../pnpm-lock.yaml', import.meta.url));

/**
 * The generator's identity: its own compiled code (this folder, the bundled Redocly in
 * `vendor/` included), its package manifest and the workspace's lockfile, with the options
 * that change what it writes.
 */
export async function generatorKey(options: {
  specFile: string;
  allowRemoteRefs: boolean;
  /** Tests name another lockfile; generation uses the workspace's. */
  lockfile?: string;
}) {
  const distDir = path.dirname(fileURLToPath(import.meta.url));
  const code = (await listFiles(distDir)).filter((f) => /\.c?js$/.test(f)).sort();
  // Read together: one after the other, the hundred small files' reads were 30 ms of every run.
  const [manifest, lockfile, ...hashes] = await Promise.all(
    [path.join(distDir, '../package.json'), options.lockfile ?? LOCKFILE, ...code].map(hashOf),
  );
  const parts = [
    `spec ${path.resolve(options.specFile)}`,
    `remote ${options.allowRemoteRefs}`,
    `package ${manifest}`,
    `lockfile ${lockfile}`,
    ...code.map((file, i) => `${path.relative(distDir, file)} ${hashes[i]}`),
  ];
  return sha256(parts.join('\n'));
}

/** The manifest of `root` if nothing it records has changed since; else undefined. */
export async function unchangedGeneration(
  root: string,
  key: string,
): Promise<GenerationManifest | undefined> {
  let manifest: GenerationManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(root, CACHE_DIR, MANIFEST), 'utf8'));
  } catch {
    return undefined;
  }
  if (
    manifest?.key !== key ||
    !Array.isArray(manifest.inputs) ||
    !Array.isArray(manifest.outputs)
  ) {
    return undefined;
  }
  const recorded = [
    ...manifest.inputs.map((input) => ({ file: input.file, sha256: input.sha256 })),
    ...manifest.outputs.map((o) => ({ file: path.join(root, o.path), sha256: o.sha256 })),
  ];
  // Read together, as the generator's own files are (`generatorKey`).
  const hashes = await Promise.all(recorded.map((r) => hashOf(r.file)));
  if (recorded.some((r, i) => hashes[i] !== r.sha256)) {
    return undefined;
  }
  const outputs = new Set(manifest.outputs.map((o) => path.join(root, o.path)));
  // A file added to a folder the emitters own would be removed by a generation.
  for (const dir of manifest.ownedDirs) {
    for (const file of await listFiles(path.join(root, dir))) {
      if (!outputs.has(file)) {
        return undefined;
      }
    }
  }
  return manifest;
}

/**
 * Records what a generation read and wrote. Best effort: the cache only saves time, so a root
 * where it cannot be written (read-only, full) still generates, only without it.
 */
export async function rememberGeneration(
  root: string,
  key: string,
  run: {
    /** As the generation read them (not read again now: a file edited meanwhile must not match). */
    sources: { file: string; sha256: string }[];
    files: { path: string; contents: string }[];
    ownedDirs: string[];
  },
): Promise<void> {
  const manifest: GenerationManifest = {
    key,
    inputs: run.sources,
    outputs: run.files.map((f) => ({ path: f.path, sha256: sha256(f.contents) })),
    ownedDirs: run.ownedDirs,
  };
  const dir = path.join(root, CACHE_DIR);
  const tmp = path.join(dir, `${MANIFEST}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(tmp, path.join(dir, MANIFEST));
  } catch {
    await rm(tmp, { force: true }).catch(() => {});
  }
}
