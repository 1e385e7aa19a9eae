import {
  BOTH,
  type Bump,
  type Change,
  type ChangeKind,
  type Dirs,
  describeDirs,
  isEmpty,
  union,
} from './classify.js';
import { isObject, type JsonObject, join, parsePointer, refPointer, valueAt } from './json.js';
import type { DiffSpec } from './load.js';
import { findRenamedSchemas } from './renamed-schemas.js';

export type Side = 'old' | 'new';

export interface Resolved {
  node: unknown;
  /** The last `$ref` followed, when the node was a reference. */
  ref?: string;
}

/** The component a local `$ref` points into, e.g. `/components/schemas/Pet`. */
export function componentOf(ref: string): string | undefined {
  if (!ref.startsWith('#')) {
    return undefined;
  }
  const tokens = parsePointer(refPointer(ref));
  if (tokens[0] !== 'components' || tokens.length < 3) {
    return undefined;
  }
  return `/components/${tokens[1]}/${(tokens[2] ?? '').replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** State of one comparison: both documents, where components are used, the findings. */
export class DiffContext {
  readonly changes: Change[] = [];
  private readonly reported = new Set<string>();
  private readonly comparing = new Set<string>();
  private readonly ids = new WeakMap<object, number>();
  private counter = 0;
  /** Schemas renamed through `x-former-names`: old name → new name. */
  readonly renamedSchemas: ReadonlyMap<string, string>;

  constructor(
    readonly old: DiffSpec,
    readonly new_: DiffSpec,
    private readonly usage: { old: Map<string, Dirs>; new: Map<string, Dirs> },
  ) {
    const schemas = (doc: JsonObject) =>
      isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
    this.renamedSchemas = findRenamedSchemas(schemas(old.document), schemas(new_.document));
  }

  /** Records a change once: a path-level parameter is seen by every operation of the path. */
  add(
    pointer: string,
    cls: Bump,
    message: string,
    pairing?: { kind: ChangeKind; from: string },
  ): void {
    const key = `${pointer}\u0000${message}`;
    if (this.reported.has(key)) {
      return;
    }
    this.reported.add(key);
    this.changes.push({ pointer, class: cls, message, ...pairing });
  }

  /** Adds the side that decided the class, so a reader sees why. */
  addSided(pointer: string, cls: Bump, message: string, dirs: Dirs): void {
    this.add(pointer, cls, `${message} (${describeDirs(isEmpty(dirs) ? BOTH : dirs)})`);
  }

  doc(side: Side): JsonObject {
    return side === 'old' ? this.old.document : this.new_.document;
  }

  version(side: Side): '3.0' | '3.1' {
    return side === 'old' ? this.old.version : this.new_.version;
  }

  /** Follows `$ref`s to the value a consumer sees. */
  resolve(side: Side, node: unknown): Resolved {
    let current = node;
    let ref: string | undefined;
    const seen = new Set<string>();
    while (isObject(current) && typeof current.$ref === 'string') {
      const next = current.$ref;
      if (seen.has(next) || !next.startsWith('#')) {
        break;
      }
      seen.add(next);
      ref = next;
      current = valueAt(this.doc(side), refPointer(next));
    }
    return ref === undefined ? { node: current } : { node: current, ref };
  }

  /**
   * Whether a `$ref` of the old document and one of the new document point at
   * the same thing: the same pointer, or into a schema and its renamed self.
   */
  sameTarget(before: string, after: string): boolean {
    if (before === after) {
      return true;
    }
    if (!before.startsWith('#') || !after.startsWith('#')) {
      return false;
    }
    const tokens = parsePointer(refPointer(before));
    const schema = tokens[0] === 'components' && tokens[1] === 'schemas' ? tokens[2] : undefined;
    const renamed = schema === undefined ? undefined : this.renamedSchemas.get(schema);
    if (renamed !== undefined) {
      tokens[2] = renamed;
    }
    return join('', ...tokens) === join('', ...parsePointer(refPointer(after)));
  }

  /**
   * Where a component travels in either version; unused components count as
   * both. A renamed component was at `former` in the old version.
   */
  dirsOf(component: string, former = component): Dirs {
    const a = this.usage.old.get(former);
    const b = this.usage.new.get(component);
    if (!a && !b) {
      return BOTH;
    }
    return union(
      a ?? { request: false, response: false },
      b ?? { request: false, response: false },
    );
  }

  /**
   * Guards recursive schemas: a pair of nodes compared once (with the same
   * sides) gives the same findings again, so it is entered only the first time.
   */
  firstVisit(a: unknown, b: unknown, dirs: Dirs): boolean {
    const key = `${this.idOf(a)}:${this.idOf(b)}:${dirs.request ? 1 : 0}${dirs.response ? 1 : 0}`;
    if (this.comparing.has(key)) {
      return false;
    }
    this.comparing.add(key);
    return true;
  }

  private idOf(value: unknown): number {
    if (!isObject(value) && !Array.isArray(value)) {
      return -1;
    }
    let id = this.ids.get(value);
    if (id === undefined) {
      this.counter += 1;
      id = this.counter;
      this.ids.set(value, id);
    }
    return id;
  }
}
