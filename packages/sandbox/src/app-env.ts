import type { HttpBindings } from '@hono/node-server';

/** What the API app's middleware hands on to the steps after it, per request. */
export interface SandboxEnv {
  /** Set when served by `@hono/node-server`: the socket a dropped request destroys. */
  Bindings: Partial<HttpBindings>;
  Variables: {
    /** The request body, parsed and checked against the spec by `jsonBody`. */
    body: unknown;
    /** The injected fault that answered instead of the operation, if one did. */
    fault: 'drop' | 'fail' | undefined;
  };
}
