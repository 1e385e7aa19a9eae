import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { closerOf, DEFAULT_SHUTDOWN_GRACE_MS, type ServerCloser } from './graceful-close.js';
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';

export interface StartSandboxOptions extends SandboxOptions {
  /** Port of the API; 0 picks a free one. Default 0. */
  port?: number | undefined;
  /** Port of the results origin; 0 picks a free one. Default 0. */
  resultsPort?: number | undefined;
  /** Interface to bind. Default 127.0.0.1: the sandbox is for this machine only. */
  host?: string | undefined;
}

export interface RunningSandbox {
  /** Base url of the API, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** Base url of the second origin serving big job results. */
  resultsUrl: string;
  port: number;
  resultsPort: number;
  sandbox: Sandbox;
  /** Stops both servers, dropping open connections. */
  close(): Promise<void>;
  /**
   * Stops both servers gracefully: no new connections, idle ones closed, the
   * requests in flight given up to `graceMs` (default 5 s,
   * `DEFAULT_SHUTDOWN_GRACE_MS`) to finish, then the rest dropped. Resolves
   * with how many requests were cut short. `close()` meanwhile drops them now.
   */
  shutdown(options?: { graceMs?: number }): Promise<{ cutShort: number }>;
}

interface Listening {
  server: Server;
  closer: ServerCloser;
}

function listen(fetch: Sandbox['fetch'], port: number, host: string): Promise<Listening> {
  return new Promise((resolve, reject) => {
    // Without `createServer`, @hono/node-server makes a node:http server.
    const server = serve({ fetch, port, hostname: host }, () =>
      resolve({ server, closer }),
    ) as Server;
    const closer = closerOf(server);
    server.once('error', reject);
  });
}

const urlOf = (server: Server, host: string) => {
  const { port } = server.address() as AddressInfo;
  return { port, url: `http://${host.includes(':') ? `[${host}]` : host}:${port}` };
};

/** Runs the sandbox on real sockets: the API on `port`, big results on `resultsPort`. */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const sandbox = createSandbox(options);
  const resultsServer = await listen(sandbox.resultsFetch, options.resultsPort ?? 0, host);
  const results = urlOf(resultsServer.server, host);
  sandbox.resultsBaseUrl = results.url;
  let apiServer: Listening;
  try {
    apiServer = await listen(sandbox.fetch, options.port ?? 0, host);
  } catch (error) {
    await resultsServer.closer.close();
    throw error;
  }
  const api = urlOf(apiServer.server, host);
  const both = [apiServer.closer, resultsServer.closer];
  return {
    url: api.url,
    resultsUrl: results.url,
    port: api.port,
    resultsPort: results.port,
    sandbox,
    close: async () => {
      await Promise.all(both.map((c) => c.close()));
    },
    shutdown: async ({ graceMs = DEFAULT_SHUTDOWN_GRACE_MS } = {}) => {
      if (!(Number.isFinite(graceMs) && graceMs >= 0)) {
        throw new RangeError(`graceMs must be a finite number >= 0, got ${graceMs}`);
      }
      const cut = await Promise.all(both.map((c) => c.drain(graceMs)));
      return { cutShort: cut.reduce((a, b) => a + b, 0) };
    },
  };
}
