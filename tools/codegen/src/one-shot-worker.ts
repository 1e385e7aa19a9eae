import { parentPort, Worker } from 'node:worker_threads';
import { SpecRefusal } from './spec-refusal.js';

/**
 * What a worker posts back: its job's result, or its error's message (errors do not cross
 * threads), with the pointer of a `SpecRefusal`, which is rebuilt as one on this side.
 */
type JobOutcome<O> =
  | { ok: true; value: O }
  | { ok: false; message: string; refusal?: { pointer: string | undefined } };

/** `run`'s error when the worker was closed before its job ended (the run was given up). */
export class WorkerClosedError extends Error {
  constructor(cause: unknown) {
    super('the worker thread was closed before its job ended', { cause });
    this.name = 'WorkerClosedError';
  }
}

// Node starts workers on `.js` files only: run from the TypeScript sources (tests run them
// through vitest), every job runs in the calling thread instead. Same code, same result.
const FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * A worker thread that does one job, started before its input exists so that it loads its
 * modules beside the main thread's work (each `pnpm generate` is a few hundred ms of module
 * loading per thread). It holds the process open only while it works on the job.
 */
export class OneShotWorker<I, O> {
  readonly #worker: Worker | undefined;
  /** Settles with the thread's first message (the job's outcome) or its end. */
  readonly #outcome: Promise<JobOutcome<O>> | undefined;
  #used = false;
  #closed = false;

  /**
   * `entry` is the built worker module (a `.js` URL) that calls `serveOneJob`; `inThread`
   * loads the same job for the calling thread, when run from the sources.
   */
  constructor(
    entry: URL,
    private readonly inThread: () => Promise<(input: I) => Promise<O> | O>,
  ) {
    if (FROM_SOURCE) {
      return;
    }
    const worker = new Worker(entry);
    this.#worker = worker;
    this.#outcome = new Promise<JobOutcome<O>>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) =>
        reject(
          new Error(`the worker thread ${entry.pathname} exited (code ${code}) without a result`),
        ),
      );
    });
    // A thread that fails before it is given its job is reported by `run`, if it is called.
    this.#outcome.catch(() => undefined);
    // After the listeners: adding a 'message' listener refs the thread's port again.
    worker.unref();
  }

  async run(input: I): Promise<O> {
    if (this.#used) {
      throw new Error('OneShotWorker: does one job; start another');
    }
    this.#used = true;
    if (!this.#worker) {
      return (await this.inThread())(input);
    }
    this.#worker.ref();
    try {
      this.#worker.postMessage(input);
      let outcome: JobOutcome<O>;
      try {
        outcome = await (this.#outcome as Promise<JobOutcome<O>>);
      } catch (err) {
        throw this.#closed ? new WorkerClosedError(err) : err;
      }
      if (!outcome.ok) {
        throw outcome.refusal
          ? new SpecRefusal(outcome.message, outcome.refusal.pointer)
          : new Error(outcome.message);
      }
      return outcome.value;
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#worker?.terminate();
  }
}

/** The worker side of `OneShotWorker`: answers the one message it gets with `job(input)`. */
export function serveOneJob<I, O>(job: (input: I) => Promise<O> | O): void {
  const port = parentPort;
  if (!port) {
    throw new Error('serveOneJob: not in a worker thread');
  }
  port.once('message', async (input: I) => {
    let outcome: JobOutcome<O>;
    try {
      outcome = { ok: true, value: await job(input) };
    } catch (err) {
      outcome = {
        ok: false,
        message: err instanceof Error ? err.message : String(err),
        ...(err instanceof SpecRefusal ? { refusal: { pointer: err.pointer } } : {}),
      };
    }
    port.postMessage(outcome);
  });
}
