// Worker-thread entry of the validators' compile (see validatorsEmitter.prepare): loads AJV
// and esbuild as soon as the thread starts, then runs the one job it is sent (the module,
// or one part of it: `runCompileJob`).
import { serveOneJob } from '../../one-shot-worker.js';
import { runCompileJob } from './compile.js';

// esbuild's service starts on first use; importing it now takes that off the job's path.
await import('esbuild');
serveOneJob(runCompileJob);
