import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';

export interface StartSandboxOptions extends SandboxOptions {
  /** Port of the API; 0 picks a free one. Default 0. */
  port?: number;
  /** Port of the results origin; 0 picks a free one. Default 0. */
  resultsPort?: number;
  /** Interface to bind. Default 127.0.0.1: the sandbox is for this machine only. */
  host?: string;
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
}

function listen(fetch: Sandbox['fetch'], port: number, host: string): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: host }, () => resolve(server));
    server.once('error', reject);
  });
}

function close(server: ServerType): Promise<void> {
  return new Promise((resolve, reject) => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}

const urlOf = (server: ServerType, host: string) => {
  const { port } = server.address() as AddressInfo;
  return { port, url: `http://${host.includes(':') ? `[${host}]` : host}:${port}` };
};

/** Runs the sandbox on real sockets: the API on `port`, big results on `resultsPort`. */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const sandbox = createSandbox(options);
  const resultsServer = await listen(sandbox.resultsFetch, options.resultsPort ?? 0, host);
  const results = urlOf(resultsServer, host);
  sandbox.resultsBaseUrl = results.url;
  let apiServer: ServerType;
  try {
    apiServer = await listen(sandbox.fetch, options.port ?? 0, host);
  } catch (error) {
    await close(resultsServer);
    throw error;
  }
  const api = urlOf(apiServer, host);
  return {
    url: api.url,
    resultsUrl: results.url,
    port: api.port,
    resultsPort: results.port,
    sandbox,
    close: async () => {
      await Promise.all([close(apiServer), close(resultsServer)]);
    },
  };
}
