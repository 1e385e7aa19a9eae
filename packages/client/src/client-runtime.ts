import type { paths } from '@workflows-api/types';
import type { Client, Middleware } from 'openapi-fetch';
import type { Log } from './log.js';
import type { readAnswer } from './read-body.js';
import type { ClientOptions, RetryPolicy, ValidateMode } from './types.js';

/** Everything a call needs from its client, resolved once at construction (client.ts). */
export interface ClientRuntime {
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  /** The configured headers (lower-case names), with the credential when it is a string. */
  staticHeaders: Record<string, string>;
  credential: string | (() => Promise<string>);
  /** Headers of every API request (lower-case names), the credential included; read-only. */
  headers(): Readonly<Record<string, string>> | Promise<Readonly<Record<string, string>>>;
  /** openapi-fetch middleware of the client; while there is any, calls go through openapi-fetch. */
  middleware: readonly Middleware[];
  openapiFetch(): Promise<Client<paths>>;
  debug: boolean;
  secretNames: ReadonlySet<string>;
  timeoutMs: number;
  retries: RetryPolicy | false;
  /** What a per-call `retries` policy completes: the client's, else the spec's. */
  retryBase: RetryPolicy;
  validate: { responses: ValidateMode; requests: ValidateMode };
  log: Log;
  onRetry: ClientOptions['onRetry'];
  /** The client's `maxResponseBytes`; undefined: each operation's default. */
  maxResponseBytes: number | undefined;
  maxResultBytes: number;
  /**
   * `read-body.ts`, handed over to the modules that load on demand rather than imported by
   * them (see jobs-runtime.ts: it stays in the first chunk, without a chunk of its own).
   */
  readAnswer: typeof readAnswer;
}
