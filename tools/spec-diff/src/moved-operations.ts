import type { DiffContext, Side } from './context.js';
import { isObject, type JsonObject } from './json.js';
import { METHODS } from './usage.js';

/** Where an operation is: the key of its path item (a path or a webhook name) and its method. */
export interface OperationPlace {
  key: string;
  method: string;
}

interface LocatedOperation {
  place: OperationPlace;
  /** The path item, resolved: its path-level parameters and servers apply to the operation. */
  item: JsonObject;
  operation: JsonObject;
}

/** An operation that kept its operationId at another path or method. */
export interface MovedOperation {
  operationId: string;
  from: LocatedOperation;
  to: LocatedOperation;
}

/** `POST /adgroup/bulk`, as people write an operation. */
export function showPlace(place: OperationPlace): string {
  return `${place.method.toUpperCase()} ${place.key}`;
}

const placeKey = (key: string, method: string) => `${method} ${key}`;

/** Operations by operationId; an id given twice (invalid, yet seen) pairs with nothing. */
function byOperationId(
  ctx: DiffContext,
  side: Side,
  items: JsonObject,
): Map<string, LocatedOperation> {
  const found = new Map<string, LocatedOperation>();
  const repeated = new Set<string>();
  for (const [key, raw] of Object.entries(items)) {
    const item = ctx.resolve(side, raw).node;
    if (!isObject(item)) {
      continue;
    }
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation) || typeof operation.operationId !== 'string') {
        continue;
      }
      if (found.has(operation.operationId)) {
        repeated.add(operation.operationId);
      }
      found.set(operation.operationId, { place: { key, method }, item, operation });
    }
  }
  for (const id of repeated) {
    found.delete(id);
  }
  return found;
}

/**
 * The operations of one map of path items (`paths` or `webhooks`) that kept
 * their operationId but changed path or method. Generated client methods and
 * operation types are keyed by operationId, so such an operation is the same
 * call at a new address: it is compared with its old self and reported as
 * moved, not as a removal plus an unrelated addition.
 */
export class MovedOperations {
  private readonly byOld = new Map<string, MovedOperation>();
  private readonly byNew = new Map<string, MovedOperation>();

  constructor(ctx: DiffContext, before: JsonObject, after: JsonObject) {
    const old = byOperationId(ctx, 'old', before);
    for (const [operationId, to] of byOperationId(ctx, 'new', after)) {
      const from = old.get(operationId);
      if (!from) {
        continue;
      }
      if (from.place.key === to.place.key && from.place.method === to.place.method) {
        continue;
      }
      const move: MovedOperation = { operationId, from, to };
      this.byOld.set(placeKey(from.place.key, from.place.method), move);
      this.byNew.set(placeKey(to.place.key, to.place.method), move);
    }
  }

  /** The move that took the old document's operation at this place somewhere else. */
  awayFrom(key: string, method: string): MovedOperation | undefined {
    return this.byOld.get(placeKey(key, method));
  }

  /** The move that brought an operation of the old document to this place. */
  into(key: string, method: string): MovedOperation | undefined {
    return this.byNew.get(placeKey(key, method));
  }

  /**
   * The old path a new path replaces as a whole: every operation of one came
   * to the other, and neither path exists on the other side. Only then are
   * their path-level fields (servers, descriptions, extensions) comparable.
   */
  replacedPath(key: string, before: JsonObject, after: JsonObject): string | undefined {
    if (Object.hasOwn(before, key)) {
      return undefined;
    }
    const moves = [...this.byNew.values()].filter((m) => m.to.place.key === key);
    const source = moves[0]?.from;
    if (!source || Object.hasOwn(after, source.place.key)) {
      return undefined;
    }
    const operations = (item: JsonObject) => METHODS.filter((m) => isObject(item[m])).length;
    const whole =
      moves.every((m) => m.from.place.key === source.place.key) &&
      moves.length === operations(source.item) &&
      moves.length === operations(moves[0]?.to.item ?? {});
    return whole ? source.place.key : undefined;
  }
}
