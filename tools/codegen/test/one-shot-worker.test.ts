import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { builtEntry } from '../../../test-support/built-entry.js';
import { codegenDir } from './helpers.js';

/**
 * The built OneShotWorker (from the sources every job runs in the calling thread: Node
 * starts workers on `.js` files only), with fixture entries beside this file.
 */
type Module = typeof import('../src/one-shot-worker.js');
const load = async (): Promise<Module> =>
  (await import(pathToFileURL(builtEntry(codegenDir, 'dist/one-shot-worker.js')).href)) as Module;
const fixture = (name: string) => pathToFileURL(path.join(codegenDir, 'test/fixtures', name));

type Echo = { echoed: unknown; threadId: number };
const notInThread = async () => (): Echo => {
  throw new Error('ran in the calling thread');
};

describe('OneShotWorker (built)', () => {
  it('runs its job on another thread and returns the value', async () => {
    const { OneShotWorker } = await load();
    const worker = new OneShotWorker<{ value: unknown }, Echo>(
      fixture('echo-worker.mjs'),
      notInThread,
    );
    const result = await worker.run({ value: { deep: [1, 'two', null] } });
    expect(result.echoed).toEqual({ deep: [1, 'two', null] });
    expect(result.threadId).not.toBe(threadId);
  });

  it("a job's error comes back as an error with its message", async () => {
    const { OneShotWorker } = await load();
    const worker = new OneShotWorker<{ fail: string }, Echo>(
      fixture('echo-worker.mjs'),
      notInThread,
    );
    await expect(worker.run({ fail: 'this input' })).rejects.toThrow(
      'echo worker: refused this input',
    );
  });

  it("a job's SpecRefusal comes back as one, with its pointer (the spec's problem, not a crash)", async () => {
    const { OneShotWorker } = await load();
    const { SpecRefusal } = (await import(
      pathToFileURL(builtEntry(codegenDir, 'dist/spec-refusal.js')).href
    )) as typeof import('../src/spec-refusal.js');
    const refusing = new OneShotWorker<{ refuse: string; pointer?: string }, Echo>(
      fixture('echo-worker.mjs'),
      notInThread,
    );
    const refusal = await refusing.run({ refuse: 'a server', pointer: '/servers' }).catch((e) => e);
    expect(refusal).toBeInstanceOf(SpecRefusal);
    expect(refusal).toMatchObject({
      message: 'echo worker: the spec lacks a server',
      pointer: '/servers',
    });
    const plain = new OneShotWorker<{ fail: string }, Echo>(
      fixture('echo-worker.mjs'),
      notInThread,
    );
    expect(await plain.run({ fail: 'x' }).catch((e) => e)).not.toBeInstanceOf(SpecRefusal);
  });

  it('a thread that dies while loading fails `run`, and nothing is unhandled before it', async () => {
    const { OneShotWorker } = await load();
    const worker = new OneShotWorker<unknown, Echo>(fixture('crash-worker.mjs'), notInThread);
    // The failure happens with no one waiting; vitest fails the file on an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(worker.run({})).rejects.toThrow('crash worker: failed while loading');
  });

  it('does one job only', async () => {
    const { OneShotWorker } = await load();
    const worker = new OneShotWorker<{ value: number }, Echo>(
      fixture('echo-worker.mjs'),
      notInThread,
    );
    await worker.run({ value: 1 });
    await expect(worker.run({ value: 2 })).rejects.toThrow(/one job/);
  });

  it('closed while it works, `run` fails with WorkerClosedError', async () => {
    const { OneShotWorker, WorkerClosedError } = await load();
    const worker = new OneShotWorker<{ hang: boolean }, Echo>(
      fixture('echo-worker.mjs'),
      notInThread,
    );
    const running = worker.run({ hang: true });
    await worker.close();
    await expect(running).rejects.toBeInstanceOf(WorkerClosedError);
  });

  it('an idle one does not keep the process alive', async () => {
    // If it did, the child would never exit and the test would time out.
    const { stdout } = await promisify(execFile)(process.execPath, [
      path.join(codegenDir, 'test/fixtures/idle-worker.mjs'),
    ]);
    expect(stdout.trim()).toBe('started');
  });
});
