import { parseArgs } from 'node:util';
import { createWorkflowsClient, TimeoutError, type WorkflowsClient } from '@workflows-api/client';
import { WorkflowStatusValues } from '@workflows-api/types';
import { authHeader } from '@workflows-api/types/operations';
import { writeFileAtomic } from './atomic-write.js';
import { type ExitCode, exitCodeOfStatus, exitCodes } from './exit-codes.js';
import { formatError } from './format.js';
import { graphQlJobs, type JobKind, standardJobs } from './job-kinds.js';
import { UsageError, wholeNumberOption } from './number-options.js';
import { type JobProgress, type ProgressStream, ProgressView } from './progress.js';
import { escapeControls, escapeResultControls, jsonText, shown } from './terminal-text.js';

export const USAGE = `Usage: workflows job <command> <id> [options]
       workflows graphql-job <command> <id> [options]

Commands:
  job status <id>            print a standard (bulk) job's status
  job wait <id>              wait for the job to finish, showing progress
  job result <id> [-o file]  print or save the result of a finished job
  graphql-job status|wait|result <id>
                             the same for a GraphQL bulk query job

Options:
  --server <prod|sandbox|URL>  API to call (default: $WORKFLOWS_SERVER, else prod)
  --json                       print JSON instead of text
  -o, --output <file>          job result: write here (atomically) instead of stdout
  --interval <ms>              job wait: first pause between polls (default 1000)
  --timeout <ms>               job wait: give up after this long (default: never)
  --progress <auto|bar|lines|none>  job wait: how to show progress (default auto:
                               a bar on a terminal, plain lines otherwise)
  --retries <n>                retries of a failed request (default 3)
  -h, --help                   show this help

The API token is read from WORKFLOWS_TTD_AUTH (sent as the ${authHeader} header).

Exit codes:
  0  done; for wait, the job ended in Success
  1  the API answered with an error, or could not be reached
  2  bad command line or configuration
  3  wait: the job ended in Failure
  4  wait: the job ended in PartialSuccess
  5  wait timed out, or result asked of a job still running
  6  the job finished but its result expired (${WorkflowStatusValues.ResultsExpired}): run it again
  7  graphql-job wait: the job was cancelled
`;

export interface CliIo {
  stdout: ProgressStream;
  stderr: ProgressStream;
  env: Record<string, string | undefined>;
  /** Replaces global fetch, e.g. for an in-process sandbox. */
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
}

const COMMANDS = ['status', 'wait', 'result'] as const;
type Command = (typeof COMMANDS)[number];

const KINDS = [standardJobs, graphQlJobs] as const;
type AnyJobKind = JobKind<JobProgress & { id: number }>;

interface Parsed {
  kind: AnyJobKind;
  command: Command;
  id: string;
  server: string;
  json: boolean;
  output: string | undefined;
  intervalMs: number;
  timeoutMs: number | undefined;
  progress: string | undefined;
  retries: number;
}

function parse(argv: string[], env: CliIo['env']): Parsed | 'help' {
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>
  >;
  const options = {
    server: { type: 'string' },
    json: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
    interval: { type: 'string' },
    timeout: { type: 'string' },
    progress: { type: 'string' },
    retries: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  } as const;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    return 'help';
  }
  const [group, command, rawId, ...extra] = positionals;
  const kind = KINDS.find((k) => k.group === group) as AnyJobKind | undefined;
  if (!kind) {
    throw new UsageError(
      `unknown command ${JSON.stringify(group)}; try "workflows job status <id>" or "workflows graphql-job status <id>"`,
    );
  }
  if (!COMMANDS.includes(command as Command)) {
    throw new UsageError(
      `unknown ${kind.group} command ${JSON.stringify(command ?? '')}; one of ${COMMANDS.join(', ')}`,
    );
  }
  if (rawId === undefined) {
    throw new UsageError(`workflows ${kind.group} ${command} needs a job id`);
  }
  if (extra.length > 0) {
    throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  }
  const id = kind.parseId(rawId);
  if (id === undefined) {
    throw new UsageError(`a job id is a whole number, got ${JSON.stringify(rawId)}`);
  }
  if (values.output !== undefined && command !== 'result') {
    throw new UsageError(`-o/--output goes with ${kind.group} result`);
  }
  const progress = values.progress;
  if (progress !== undefined && !['auto', 'bar', 'lines', 'none'].includes(progress)) {
    throw new UsageError(
      `--progress must be auto, bar, lines or none, got ${JSON.stringify(progress)}`,
    );
  }
  const server = values.server ?? env.WORKFLOWS_SERVER ?? 'prod';
  if (!['prod', 'sandbox'].includes(server) && !/^https?:\/\/[^/]/.test(server)) {
    throw new UsageError(
      `--server must be prod, sandbox or an http(s) URL, got ${JSON.stringify(server)}`,
    );
  }
  return {
    kind,
    command: command as Command,
    id,
    server,
    json: values.json ?? false,
    output: values.output,
    intervalMs: wholeNumberOption('interval', values.interval, 1000, 1),
    timeoutMs: wholeNumberOption('timeout', values.timeout, undefined, 1),
    progress,
    retries: wholeNumberOption('retries', values.retries, 3),
  };
}

/** `text` is already made of `shown` server strings; JSON is escaped by `jsonText`. */
function print(io: CliIo, json: boolean, value: unknown, text: string): void {
  io.stdout.write(json ? `${jsonText(value)}\n` : text);
}

async function waitForJob(client: WorkflowsClient, p: Parsed, io: CliIo): Promise<ExitCode> {
  const { kind } = p;
  const view = new ProgressView(
    io.stderr,
    ProgressView.modeFor(io.stderr, p.progress),
    kind.label(p.id),
  );
  let last: (JobProgress & { id: number }) | undefined;
  let final: JobProgress & { id: number };
  try {
    final = await kind.waitFor(client, p.id, {
      intervalMs: p.intervalMs,
      maxIntervalMs: Math.max(p.intervalMs, 5000),
      timeoutMs: p.timeoutMs,
      signal: io.signal,
      onProgress: (_pct, status) => {
        last = status;
        view.update(status);
      },
    });
  } catch (error) {
    view.finish();
    // Gave up waiting: the job is not known to have finished, even when not one status
    // came back in time.
    if (error instanceof TimeoutError) {
      io.stderr.write(`workflows: ${shown(error.message)}\n`);
      if (last) {
        print(io, p.json, last, kind.format(last));
      }
      return exitCodes.notFinished;
    }
    throw error;
  }
  view.finish();
  print(io, p.json, final, kind.format(final));
  return exitCodeOfStatus(final.status);
}

async function saveResult(client: WorkflowsClient, p: Parsed, io: CliIo): Promise<ExitCode> {
  const { kind } = p;
  const status = await kind.getStatus(client, p.id, io.signal);
  if (!kind.terminal.includes(status.status)) {
    io.stderr.write(
      `workflows: ${kind.label(p.id).toLowerCase()} is still ${shown(status.status)} (${shown(status.completionPercentage ?? '?')}%); ` +
        `run "workflows ${kind.group} wait ${p.id}" first\n`,
    );
    return exitCodes.notFinished;
  }
  if (status.status === WorkflowStatusValues.ResultsExpired) {
    io.stderr.write(
      `workflows: ${kind.label(p.id).toLowerCase()} finished, but the API no longer keeps its result (${WorkflowStatusValues.ResultsExpired}); submit the job again\n`,
    );
    return exitCodes.resultsExpired;
  }
  const result = await kind.result(client, status, io.signal);
  if (result === null) {
    io.stderr.write(
      `workflows: ${kind.label(p.id).toLowerCase()} ended in ${shown(status.status)} without a result\n`,
    );
    return exitCodes.apiError;
  }
  if (p.output) {
    await writeFileAtomic(p.output, result);
    const bytes = Buffer.byteLength(result);
    if (p.json) {
      print(io, true, { id: status.id, status: status.status, file: p.output, bytes }, '');
    } else {
      io.stderr.write(
        `Wrote ${bytes} bytes of ${kind.label(p.id).toLowerCase()}'s result (${shown(status.status)}) to ${p.output}\n`,
      );
    }
  } else {
    // The result is data: a pipe or a file gets it as sent, a terminal with its controls escaped.
    const text = io.stdout.isTTY ? escapeResultControls(result) : result;
    io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
  return exitCodes.ok;
}

/** Runs `workflows` with `argv` (without node and the script); resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  let p: Parsed | 'help';
  try {
    p = parse(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) {
      throw error;
    }
    io.stderr.write(`workflows: ${escapeControls(error.message)}\n\n${USAGE}`);
    return exitCodes.usage;
  }
  if (p === 'help') {
    io.stdout.write(USAGE);
    return exitCodes.ok;
  }
  const auth = io.env.WORKFLOWS_TTD_AUTH;
  if (!auth) {
    io.stderr.write(
      `workflows: set WORKFLOWS_TTD_AUTH to your API token (it is sent as the ${authHeader} header)\n`,
    );
    return exitCodes.usage;
  }
  const client = createWorkflowsClient({
    server: p.server,
    auth,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    retries: { maxRetries: p.retries },
    logLevel: 'off',
  });
  try {
    switch (p.command) {
      case 'status': {
        const status = await p.kind.getStatus(client, p.id, io.signal);
        print(io, p.json, status, p.kind.format(status));
        return exitCodes.ok;
      }
      case 'wait':
        return await waitForJob(client, p, io);
      case 'result':
        return await saveResult(client, p, io);
    }
  } catch (error) {
    const { text, json } = formatError(error, p.server);
    if (p.json) {
      io.stdout.write(`${jsonText(json)}\n`);
    }
    io.stderr.write(text);
    return exitCodes.apiError;
  }
}
