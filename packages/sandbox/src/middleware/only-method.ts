import type { MiddlewareHandler } from 'hono';
import { methodNotAllowed } from '../allowed-methods.js';

/**
 * Lets through only the route's own method. The router answers HEAD with the
 * GET route, but the spec defines no HEAD, nor does the API: a 405. Runs
 * first, so a wrong method needs no token and is not recorded.
 */
export const onlyMethod =
  (method: string, methodsOn: (path: string) => readonly string[] | undefined): MiddlewareHandler =>
  async (c, next) => {
    if (c.req.method !== method) {
      throw methodNotAllowed(c.req.method, c.req.path, methodsOn(c.req.path) ?? [method]);
    }
    await next();
  };
