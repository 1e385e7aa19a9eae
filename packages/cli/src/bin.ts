#!/usr/bin/env node
import { runCli } from './cli.js';
import { shown } from './terminal-text.js';

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
}).then(
  (code) => {
    process.exitCode = controller.signal.aborted ? 130 : code;
  },
  (error: unknown) => {
    // A bug of ours, not an API error: still no stack trace unless asked for.
    process.stderr.write(
      `workflows: unexpected error: ${shown(error instanceof Error ? error.message : error)}\n`,
    );
    if (process.env.WORKFLOWS_DEBUG) {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
