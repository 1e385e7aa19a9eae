import type { ProgressStream } from './progress.js';

/** Where a run of `workflows` reads and writes: the process, or a test's buffers. */
export interface CliIo {
  stdout: ProgressStream;
  stderr: ProgressStream;
  env: Record<string, string | undefined>;
  /** Replaces global fetch, e.g. for an in-process sandbox. */
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  /** Standard input, for `--data -`; the process's when not given. */
  stdin?: AsyncIterable<Uint8Array | string>;
}
