import type { ClientRuntime } from './client-runtime.js';
import type { OperationRow } from './operation.js';
import type { RequestOptions } from './types.js';

/**
 * One call of an operation, resolved once (call-operation.ts); every attempt sends it again
 * as it is. A same-origin redirect followed on the direct path moves it: `url`, and for a
 * 301, 302 or 303 the method in `row` (GET) and `body` (none), so that the attempts after it
 * go there (failed-attempt.ts).
 */
export interface Call {
  ctx: ClientRuntime;
  row: OperationRow;
  pathValues: readonly unknown[];
  body: unknown;
  options: RequestOptions & Record<string, unknown>;
  /** The URL openapi-fetch would build: path parameters simple-style, query form-style. */
  url: string;
  /** When the first attempt started: the retry policy's time budget counts from then. */
  started: number;
  /**
   * Retries made and same-origin redirects followed so far, counted by the failure path
   * (absent until it first runs, so the first load carries no code for them).
   */
  retries?: number;
  hops?: number;
  /** The answer of the attempt that succeeded and its body, for `.withResponse()`. */
  response?: Response;
  text?: string | undefined;
}

/** How an attempt failed: the answer (not 2xx) and its body, or what fetch threw. */
export type FailedAttempt =
  | { response: Response; body: unknown; thrown?: undefined }
  | { response?: undefined; thrown: unknown };
