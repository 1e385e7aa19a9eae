import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface Recorded {
  method: string;
  /** Path and query, as received. */
  url: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as JSON unless it is a string. */
  body?: unknown;
  /** Send the headers, then never finish the body. */
  stallBody?: boolean;
  /** Never answer at all. */
  hang?: boolean;
  /**
   * Send `chunks` chunks of `chunkBytes` bytes of `x` (no content-length), waiting for the
   * socket to drain as a real server does, and stop once the client hangs up. `sent` is told
   * how many bytes were handed to the socket in all.
   */
  stream?: { chunkBytes: number; chunks: number; sent?: (bytes: number) => void };
}

export type Handler = (request: Recorded, index: number) => Reply | Promise<Reply>;

export interface TestServer {
  url: string;
  origin: string;
  port: number;
  requests: Recorded[];
  close(): Promise<void>;
}

async function pump(
  res: ServerResponse,
  { chunkBytes, chunks, sent }: NonNullable<Reply['stream']>,
): Promise<void> {
  const chunk = Buffer.alloc(chunkBytes, 'x');
  const drainedOrClosed = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  let closed = false;
  res.once('close', () => {
    closed = true;
  });
  // A client hanging up in the middle is what these replies are for: not an error.
  res.on('error', () => {});
  let bytes = 0;
  for (let i = 0; i < chunks && !closed; i++) {
    bytes += chunk.length;
    if (!res.write(chunk)) {
      await drainedOrClosed();
    }
  }
  if (!closed) {
    res.end();
  }
  sent?.(bytes);
}

function send(res: ServerResponse, reply: Reply): void {
  if (reply.hang) {
    return;
  }
  if (reply.stream) {
    res.writeHead(reply.status ?? 200, reply.headers);
    void pump(res, reply.stream);
    return;
  }
  const body =
    reply.body === undefined
      ? ''
      : typeof reply.body === 'string'
        ? reply.body
        : JSON.stringify(reply.body);
  const headers: Record<string, string> = {
    ...(reply.body !== undefined && typeof reply.body !== 'string'
      ? { 'content-type': 'application/json' }
      : {}),
    ...reply.headers,
  };
  if (reply.stallBody) {
    res.writeHead(reply.status ?? 200, headers);
    res.write(body.slice(0, 1));
    return;
  }
  res.writeHead(reply.status ?? 200, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** A real HTTP server on 127.0.0.1 that records every request and answers with `handler`. */
export async function startServer(handler: Handler, port = 0): Promise<TestServer> {
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const recorded: Recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      try {
        send(res, await handler(recorded, requests.length - 1));
      } catch (error) {
        res.writeHead(599).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    origin: `http://127.0.0.1:${actual}`,
    port: actual,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * `startServer` for one test file: every server it starts is closed after each test.
 * Call it at the top level of the file.
 */
export function serversClosedAfterEach(): (handler: Handler, port?: number) => Promise<TestServer> {
  const started: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
  });
  return async (handler, port) => {
    const s = await startServer(handler, port);
    started.push(s);
    return s;
  };
}

/** A port nothing listens on (yet): connecting to it is refused. */
export async function freePort(): Promise<number> {
  const probe = await startServer(() => ({}));
  await probe.close();
  return probe.port;
}

/** Collects log lines at every level. */
export function captureLogger() {
  const lines: string[] = [];
  const push = (m: string) => {
    lines.push(m);
  };
  return { lines, logger: { debug: push, info: push, warn: push, error: push } };
}
