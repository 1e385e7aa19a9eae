import { type ClientOptions, createWorkflowsClient } from '../../src/index.js';
import type { TestServer } from './server.js';

export const TOKEN = 'ttd-secret-token-0123456789';

/** An int64 id larger than Number.MAX_SAFE_INTEGER: as a JS number it would be ...992, another job. */
export const BIG_ID = '9007199254740993';

/** A client on `server` with tiny retry pauses, so retry tests stay fast. */
export function clientFor(server: TestServer, options: ClientOptions = {}) {
  return createWorkflowsClient({
    server: server.url,
    auth: TOKEN,
    logLevel: 'off',
    ...options,
    retries:
      options.retries === false || options.retries === 'spec'
        ? options.retries
        : { initialIntervalMs: 1, maxIntervalMs: 20, ...options.retries },
  });
}
