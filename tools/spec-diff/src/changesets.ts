import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { type BumpOrNone, maxBump } from './classify.js';
import { SpecDiffError } from './errors.js';
import { isObject } from './json.js';

export interface PendingChangeset {
  /** Path relative to the repository root. */
  file: string;
  releases: Map<string, BumpOrNone>;
}

const BUMPS = new Set(['major', 'minor', 'patch', 'none']);

/** Reads the front matter of every pending changeset (`.changeset/*.md`, README aside). */
export async function readChangesets(root: string): Promise<PendingChangeset[]> {
  const dir = path.join(root, '.changeset');
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const out: PendingChangeset[] = [];
  for (const name of names.sort()) {
    if (!name.endsWith('.md') || name.toLowerCase() === 'readme.md') {
      continue;
    }
    const file = path.posix.join('.changeset', name);
    const text = await readFile(path.join(dir, name), 'utf8');
    const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(\r?\n|$)/.exec(text);
    if (!match) {
      throw new SpecDiffError(file, 'changeset without front matter (--- ... ---)', 1);
    }
    let data: unknown;
    try {
      data = parse(match[1] ?? '') ?? {};
    } catch (err) {
      throw new SpecDiffError(
        file,
        `malformed front matter: ${(err as Error).message.split('\n')[0]}`,
      );
    }
    if (!isObject(data)) {
      throw new SpecDiffError(file, 'front matter must map package names to bumps', 2);
    }
    const releases = new Map<string, BumpOrNone>();
    for (const [pkg, bump] of Object.entries(data)) {
      if (typeof bump !== 'string' || !BUMPS.has(bump)) {
        throw new SpecDiffError(
          file,
          `package ${JSON.stringify(pkg)} has bump ${JSON.stringify(bump)} (expected major, minor, patch or none)`,
        );
      }
      releases.set(pkg, bump as BumpOrNone);
    }
    out.push({ file, releases });
  }
  return out;
}

/** A fixed group moves together: the largest bump of any member is the group's. */
export function groupBump(changesets: readonly PendingChangeset[], group: readonly string[]) {
  let bump: BumpOrNone = 'none';
  const files: string[] = [];
  for (const changeset of changesets) {
    let touches = false;
    for (const pkg of group) {
      const b = changeset.releases.get(pkg);
      if (b === undefined) {
        continue;
      }
      touches = true;
      bump = maxBump(bump, b);
    }
    if (touches) {
      files.push(changeset.file);
    }
  }
  return { bump, files };
}

interface WorkspacePackage {
  name: string;
  private: boolean;
  /** Its package.json, relative to the root (`/` separated, as git names it). */
  manifest: string;
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Package folders from `pnpm-workspace.yaml` (or `workspaces` in package.json); `dir/*` globs. */
async function workspacePackages(root: string): Promise<WorkspacePackage[]> {
  let patterns: string[] = [];
  try {
    const yaml = parse(await readFile(path.join(root, 'pnpm-workspace.yaml'), 'utf8')) as unknown;
    if (isObject(yaml) && Array.isArray(yaml.packages)) {
      patterns = yaml.packages.map(String);
    }
  } catch {
    const pkg = await readJson(path.join(root, 'package.json'));
    if (isObject(pkg) && Array.isArray(pkg.workspaces)) {
      patterns = pkg.workspaces.map(String);
    }
  }
  const dirs: string[] = [];
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      continue;
    }
    const clean = pattern.replace(/\/+$/, '');
    if (clean.endsWith('/*') || clean.endsWith('/**')) {
      const parent = path.join(root, clean.replace(/\/\*+$/, ''));
      const entries = await readdir(parent, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        if (e.isDirectory()) {
          dirs.push(path.join(parent, e.name));
        }
      }
    } else {
      dirs.push(path.join(root, clean));
    }
  }
  const out: WorkspacePackage[] = [];
  for (const dir of dirs.sort()) {
    const pkg = await readJson(path.join(dir, 'package.json'));
    if (isObject(pkg) && typeof pkg.name === 'string') {
      const manifest = path
        .relative(root, path.join(dir, 'package.json'))
        .split(path.sep)
        .join('/');
      out.push({ name: pkg.name, private: pkg.private === true, manifest });
    }
  }
  return out;
}

/** Changesets allows globs such as `@scope/*` in `fixed`. */
function globMatch(pattern: string, name: string): boolean {
  const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${source}$`).test(name);
}

/**
 * The packages that are released with the spec: the `fixed` groups of
 * `.changeset/config.json`, else every public workspace package not ignored.
 */
export async function releaseGroup(root: string): Promise<string[]> {
  return releaseGroupOf(root, await workspacePackages(root));
}

/** The package.json files of the release group's packages that exist in the workspace. */
export async function releaseGroupManifests(root: string): Promise<string[]> {
  const packages = await workspacePackages(root);
  const group = new Set(await releaseGroupOf(root, packages));
  return packages.filter((p) => group.has(p.name)).map((p) => p.manifest);
}

/** Every workspace package's package.json, relative to the root. */
export async function workspaceManifests(root: string): Promise<string[]> {
  return (await workspacePackages(root)).map((p) => p.manifest);
}

async function releaseGroupOf(root: string, packages: WorkspacePackage[]): Promise<string[]> {
  const config = await readJson(path.join(root, '.changeset', 'config.json'));
  const fixed =
    isObject(config) && Array.isArray(config.fixed) ? config.fixed.flat().map(String) : [];
  const ignore = isObject(config) && Array.isArray(config.ignore) ? config.ignore.map(String) : [];
  if (fixed.length > 0) {
    const names = new Set<string>();
    for (const pattern of fixed) {
      if (!pattern.includes('*')) {
        names.add(pattern);
      }
      for (const p of packages) {
        if (globMatch(pattern, p.name)) {
          names.add(p.name);
        }
      }
    }
    return [...names].sort();
  }
  return packages
    .filter((p) => !p.private && !ignore.some((i) => globMatch(i, p.name)))
    .map((p) => p.name)
    .sort();
}

/** Tags a release of the group leaves: `@scope/pkg@1.2.3` per package, or `v1.2.3`. */
export function releaseTagPatterns(group: readonly string[]): string[] {
  return [...group.map((name) => `${name}@*`), 'v[0-9]*'];
}
