import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type BumpOrNone, rank } from './classify.js';
import { UsageError } from './errors.js';
import { type BaseRef, gitOk } from './git.js';
import { manifestVersion, versionBump } from './versions.js';

/** A package.json's version at a git ref (undefined: no such file or no version there). */
async function versionAt(root: string, ref: string, manifest: string): Promise<string | undefined> {
  return manifestVersion(await gitOk(root, ['show', `${ref}:${manifest}`]));
}

async function workingVersion(root: string, manifest: string): Promise<string | undefined> {
  return manifestVersion(await readFile(path.join(root, manifest), 'utf8').catch(() => undefined));
}

export interface ReleaseCommit {
  sha: string;
  /** The version it moved the group to. */
  version: string;
}

/**
 * The newest commit reachable from HEAD that raised the version of a package
 * of the release group: what `pnpm version-packages` leaves once committed.
 * A commit that adds a package with its first version is no release.
 */
export async function lastReleaseCommit(
  root: string,
  manifests: readonly string[],
): Promise<ReleaseCommit | undefined> {
  if (manifests.length === 0) {
    return undefined;
  }
  // -G keeps only the commits whose diff touches a "version" line: few, even in a long history.
  const log = await gitOk(root, [
    'log',
    '--format=%H',
    '-G',
    '"version"',
    'HEAD',
    '--',
    ...manifests,
  ]);
  for (const sha of (log ?? '').split('\n').filter(Boolean)) {
    for (const manifest of manifests) {
      const before = await versionAt(root, `${sha}^`, manifest);
      const after = await versionAt(root, sha, manifest);
      if (before === undefined || after === undefined) {
        continue;
      }
      const bump = versionBump(before, after);
      if (bump !== undefined && bump !== 'none') {
        return { sha, version: after };
      }
    }
  }
  return undefined;
}

async function isAncestor(root: string, ancestor: string, of: string): Promise<boolean> {
  return (await gitOk(root, ['merge-base', '--is-ancestor', ancestor, of])) !== undefined;
}

/**
 * The version consumers have: the last release reachable from HEAD (a release
 * tag, or a release commit, whichever is newer), else where this branch left
 * main, else HEAD (uncommitted edits only).
 */
export async function findBaseRef(
  root: string,
  tagPatterns: readonly string[],
  manifests: readonly string[],
): Promise<BaseRef> {
  const head = await gitOk(root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  if (!head) {
    throw new UsageError(`${root} has no commits yet: there is no version to compare with`);
  }
  const match = tagPatterns.flatMap((p) => ['--match', p]);
  const tag = await gitOk(root, ['describe', '--tags', '--abbrev=0', ...match, 'HEAD']);
  const release = await lastReleaseCommit(root, manifests);
  const tagged = tag && (await gitOk(root, ['rev-parse', '--verify', `${tag}^{commit}`]));
  // A release is tagged only once it is published: until then its commit is the newer baseline.
  if (
    release &&
    (!tagged || (release.sha !== tagged && (await isAncestor(root, tagged, release.sha))))
  ) {
    return {
      ref: release.sha,
      description: `release commit ${release.sha.slice(0, 8)} (version ${release.version})`,
    };
  }
  if (tag) {
    return { ref: tag, description: `release tag ${tag}` };
  }
  for (const main of ['main', 'origin/main', 'master', 'origin/master']) {
    const base = await gitOk(root, ['merge-base', 'HEAD', main]);
    if (base) {
      return { ref: base, description: `merge base with ${main} (${base.slice(0, 8)})` };
    }
  }
  return { ref: 'HEAD', description: `HEAD (${head.slice(0, 8)})` };
}

export interface VersionMove {
  bump: BumpOrNone;
  /** e.g. `0.1.0 → 1.0.0`, for messages; undefined when no version moved. */
  text?: string;
}

/**
 * How far the working tree's versions of the release group moved since `ref`:
 * `pnpm version-packages` run but not committed yet is a release in the
 * making, and its bump counts like the changesets it consumed.
 */
export async function versionsMovedSince(
  root: string,
  ref: string,
  manifests: readonly string[],
): Promise<VersionMove> {
  let move: VersionMove = { bump: 'none' };
  for (const manifest of manifests) {
    const before = await versionAt(root, ref, manifest);
    const after = await workingVersion(root, manifest);
    if (before === undefined || after === undefined) {
      continue;
    }
    const bump = versionBump(before, after) ?? 'none';
    if (rank(bump) > rank(move.bump)) {
      move = { bump, text: `${before} → ${after}` };
    }
  }
  return move;
}
