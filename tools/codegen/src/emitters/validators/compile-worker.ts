// Worker-thread entry of the validators' compile (see validatorsEmitter.prepare): loads AJV
// and esbuild as soon as the thread starts, then compiles the one module it is sent.
import { serveOneJob } from '../../one-shot-worker.js';
import { runCompileJob } from './compile.js';

// esbuild's service starts on first use; importing it now takes that off the job's path.
await import('esbuild');
serveOneJob(runCompileJob);
