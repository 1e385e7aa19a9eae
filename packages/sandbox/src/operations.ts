import { type OperationId, operationIds } from '@workflows-api/types';
import { authHeader, operationTable } from '@workflows-api/types/operations';
import { statusCodeCovers } from '@workflows-api/types/status-codes';

export interface OperationRoute {
  method: string;
  /** The spec's path template, e.g. `/bulkjob/{id}/status`. */
  path: string;
  /** Statuses the spec documents for the operation, e.g. `['200', '400', '403']`. */
  statuses: readonly string[];
  /** Whether the operation takes a request body at all. */
  hasBody: boolean;
}

/**
 * Method, path and documented statuses of every operation, read from the
 * operation table generated from the spec: the routes are the spec's, never a
 * copy kept by hand. This module is the one place the sandbox reads it.
 */
export const operationRoutes: { readonly [K in OperationId]: OperationRoute } = Object.fromEntries(
  operationIds.map((id): [OperationId, OperationRoute] => {
    const { method, path, statuses, hasBody } = operationTable[id];
    return [id, { method, path, statuses, hasBody }];
  }),
) as Record<OperationId, OperationRoute>;

/** The header that carries the API token (the spec's security scheme). */
export const AUTH_HEADER: string = authHeader;

/** Hono's `:name` form of a spec path template. */
export const toRouterPath = (template: string) => template.replace(/\{([^}]+)\}/g, ':$1');

/** Does the spec document `status` for the operation (exactly, or by a `5XX` range)? */
export function documents(operationId: OperationId, status: number): boolean {
  const statuses = operationRoutes[operationId].statuses;
  return statuses.some((code) => statusCodeCovers(code, status));
}

/**
 * Throws unless `table` has exactly one entry per operation of the spec.
 * The types give this at compile time; this catches a stale build of
 * `@workflows-api/types` or a table assembled at run time.
 */
export function assertCoversSpec(table: Readonly<Record<string, unknown>>, what: string): void {
  const missing = operationIds.filter((id) => !(id in table));
  const known = new Set<string>(operationIds);
  const extra = Object.keys(table).filter((id) => !known.has(id));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `sandbox ${what} do not match the spec's operations: ` +
        `missing [${missing.join(', ')}], unknown [${extra.join(', ')}]`,
    );
  }
}
