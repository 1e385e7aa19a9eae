import { type ClientOptions, createWorkflowsClient } from '../../src/index.js';
import type { TestServer } from './server.js';

export const TOKEN = 'ttd-secret-token-0123456789';

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
