export type Bump = 'major' | 'minor' | 'patch';
export type BumpOrNone = Bump | 'none';

/**
 * A change that pairs two differently named things as one: an operation that
 * kept its operationId at another path or method, a schema renamed through
 * `x-former-names`. What changed inside them is reported on its own lines.
 */
export type ChangeKind = 'moved' | 'renamed';

export interface Change {
  /** JSON pointer of the place that changed (in the new document; in the old one for removals). */
  pointer: string;
  class: Bump;
  message: string;
  /** Only on moves and renames. */
  kind?: ChangeKind;
  /** Where a moved or renamed thing was: a JSON pointer into the old document. */
  from?: string;
}

const RANK: Record<BumpOrNone, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function rank(bump: BumpOrNone): number {
  return RANK[bump];
}

export function maxBump<T extends BumpOrNone>(a: T, b: T): T {
  return RANK[a] >= RANK[b] ? a : b;
}

export function overallBump(changes: readonly Change[]): BumpOrNone {
  return changes.reduce<BumpOrNone>((acc, c) => maxBump(acc, c.class), 'none');
}

/**
 * Where a value travels. A request value is written by the consumer and read by
 * the server; a response value is read by the consumer. The same change breaks
 * one side and is harmless on the other, so rules are given per side.
 */
export interface Dirs {
  request: boolean;
  response: boolean;
}

export const BOTH: Dirs = { request: true, response: true };
export const REQUEST: Dirs = { request: true, response: false };
export const RESPONSE: Dirs = { request: false, response: true };

export function union(a: Dirs, b: Dirs): Dirs {
  return { request: a.request || b.request, response: a.response || b.response };
}

export function intersect(a: Dirs, b: Dirs): Dirs {
  return { request: a.request && b.request, response: a.response && b.response };
}

export function isEmpty(d: Dirs): boolean {
  return !d.request && !d.response;
}

export function sameDirs(a: Dirs, b: Dirs): boolean {
  return a.request === b.request && a.response === b.response;
}

/** Webhooks and callbacks are sent by the API: the consumer reads their requests. */
export function invert(d: Dirs): Dirs {
  return { request: d.response, response: d.request };
}

export function describeDirs(d: Dirs): string {
  if (d.request && d.response) {
    return 'request and response';
  }
  return d.request ? 'request' : 'response';
}

/** The stricter class of the sides the value travels on. */
export function bySide(dirs: Dirs, onRequest: Bump, onResponse: Bump): Bump {
  if (dirs.request && dirs.response) {
    return maxBump(onRequest, onResponse);
  }
  if (dirs.request) {
    return onRequest;
  }
  if (dirs.response) {
    return onResponse;
  }
  // Reached by nothing: treat as both, a published type may still be used either way.
  return maxBump(onRequest, onResponse);
}
