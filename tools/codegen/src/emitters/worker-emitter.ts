import type { SpecModel } from '../model.js';
import type { Emitter } from '../pipeline.js';
import type { GeneratedFile } from '../write-files.js';

/**
 * An emitter that hands its heavy part to a worker thread: `prepare` starts the thread
 * before the spec loads, `emit` without `prepare` starts its own; either way it is closed
 * when the emit is done with it.
 */
export function workerEmitter<W extends { close(): Promise<void> }>(options: {
  name: string;
  outDir: string;
  start: () => W;
  emit: (model: SpecModel, worker: W) => Promise<GeneratedFile[]>;
}): Emitter {
  const prepare = () => {
    const worker = options.start();
    return { emit: (model: SpecModel) => options.emit(model, worker), close: () => worker.close() };
  };
  return {
    name: options.name,
    outDir: options.outDir,
    prepare,
    async emit(model) {
      const run = prepare();
      try {
        return await run.emit(model);
      } finally {
        await run.close();
      }
    },
  };
}
