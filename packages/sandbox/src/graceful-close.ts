import type { Server } from 'node:http';

/**
 * How long a graceful shutdown lets requests in flight finish before it drops
 * them: 5 s, http-terminator's default, well inside the 30 s a container
 * runtime waits between SIGTERM and SIGKILL.
 */
export const DEFAULT_SHUTDOWN_GRACE_MS = 5_000;

/** Closes a server, now or after its requests in flight are done. */
export interface ServerCloser {
  /** Stops accepting connections and drops every open one at once. */
  close(): Promise<void>;
  /**
   * Stops accepting connections and closes idle ones, lets the requests in
   * flight finish for up to `graceMs`, then drops whatever is left and closes.
   * Resolves with the number of requests it had to cut short.
   */
  drain(graceMs: number): Promise<number>;
}

/** Counts the server's requests in flight from now on; attach before it listens. */
export function closerOf(server: Server): ServerCloser {
  let inFlight = 0;
  let settled: (() => void) | undefined;
  server.on('request', (_request, response) => {
    inFlight += 1;
    // 'close' comes once the answer is sent, or once its connection is gone.
    response.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) {
        settled?.();
      }
    });
  });

  // One close, whichever way it is asked for, and however often: a second signal may come.
  let closing: Promise<void> | undefined;
  const closed = () => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
    });
    return closing;
  };

  return {
    async close() {
      const done = closed();
      server.closeAllConnections();
      await done;
    },
    async drain(graceMs) {
      const done = closed();
      server.closeIdleConnections();
      if (inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          settled = resolve;
          timer = setTimeout(resolve, graceMs);
        });
        clearTimeout(timer);
        settled = undefined;
      }
      const cutShort = inFlight;
      // Kept-alive connections whose requests are done, and whatever is still running.
      server.closeAllConnections();
      await done;
      return cutShort;
    },
  };
}
