import type { CliIo } from './cli-io.js';
import { type ExitCode, exitCodes } from './exit-codes.js';
import { formatError } from './format.js';
import { jsonText } from './terminal-text.js';

/** A failed call: its summary on stderr, and with `--json` its JSON on stdout. */
export function printError(io: CliIo, json: boolean, server: string, error: unknown): ExitCode {
  const { text, json: value } = formatError(error, server);
  if (json) {
    io.stdout.write(`${jsonText(value)}\n`);
  }
  io.stderr.write(text);
  return exitCodes.apiError;
}
