import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface GeneratedFile {
  /** Path relative to the repository root. */
  path: string;
  contents: string;
}

export interface WritePlan {
  /** Files to write, relative to the root. */
  files: GeneratedFile[];
  /** Folders each emitter owns entirely: files there that are not in `files` are stale. */
  ownedDirs: string[];
}

export interface WriteReport {
  written: string[];
  removed: string[];
  unchanged: string[];
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Every file under `dir`, recursively; none when it does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      out.push(...(await listFiles(full)));
    } else {
      out.push(full);
    }
  }
  return out;
}

/** Compares what would be written with what is on disk, without writing. */
export async function diffPlan(root: string, plan: WritePlan): Promise<WriteReport> {
  const report: WriteReport = { written: [], removed: [], unchanged: [] };
  const wanted = new Set(plan.files.map((f) => path.join(root, f.path)));
  for (const f of plan.files) {
    const current = await readIfExists(path.join(root, f.path));
    (current === f.contents ? report.unchanged : report.written).push(f.path);
  }
  for (const dir of plan.ownedDirs) {
    for (const file of await listFiles(path.join(root, dir))) {
      if (!wanted.has(file)) {
        report.removed.push(path.relative(root, file));
      }
    }
  }
  return report;
}

/**
 * Writes every changed file as a temporary sibling first; only when all of
 * them are on disk are they renamed into place. A failure while staging
 * removes the temporaries and leaves every previous file as it was.
 */
export async function writePlan(root: string, plan: WritePlan): Promise<WriteReport> {
  const report = await diffPlan(root, plan);
  const suffix = `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const staged: { tmp: string; target: string }[] = [];
  try {
    for (const rel of report.written) {
      const file = plan.files.find((f) => f.path === rel);
      if (!file) {
        continue;
      }
      const target = path.join(root, rel);
      await mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}${suffix}`;
      staged.push({ tmp, target });
      await writeFile(tmp, file.contents);
    }
  } catch (err) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    throw err;
  }
  for (const s of staged) {
    await rename(s.tmp, s.target);
  }
  for (const rel of report.removed) {
    await rm(path.join(root, rel), { force: true });
  }
  return report;
}
