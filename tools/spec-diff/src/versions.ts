import type { BumpOrNone } from './classify.js';

const CORE = /^v?(\d+)\.(\d+)\.(\d+)/;

/**
 * The semver bump from one version to the next, on the `major.minor.patch`
 * core only: a prerelease tag moves nothing, a lower version is no bump.
 * Undefined when either side is not a version.
 */
export function versionBump(from: string, to: string): BumpOrNone | undefined {
  const a = CORE.exec(from);
  const b = CORE.exec(to);
  if (!a || !b) {
    return undefined;
  }
  for (const [index, bump] of [
    [1, 'major'],
    [2, 'minor'],
    [3, 'patch'],
  ] as const) {
    const before = Number(a[index]);
    const after = Number(b[index]);
    if (after > before) {
      return bump;
    }
    if (after < before) {
      return 'none';
    }
  }
  return 'none';
}

/** The `version` field of a package.json's text, when it has one. */
export function manifestVersion(text: string | undefined): string | undefined {
  if (text === undefined) {
    return undefined;
  }
  try {
    const manifest = JSON.parse(text) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}
