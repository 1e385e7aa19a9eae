// One `workflows bulk` run in its own process, as a user runs it; prints its peak RSS (KiB) and
// the heap still in use after a full GC at the end (bytes) on the last line of stderr, so the
// bench can tell memory the run keeps from garbage V8 had not collected yet.
import { runCli } from '../dist/cli.js';

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
globalThis.gc?.();
process.stderr.write(
  `\nmaxRSS ${process.resourceUsage().maxRSS} retained ${process.memoryUsage().heapUsed}\n`,
);
process.exitCode = code;
