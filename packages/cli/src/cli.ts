import { parseArgs } from 'node:util';
import type { WorkflowsClient } from '@workflows-api/client';
import { WorkflowStatusValues } from '@workflows-api/types';
import { authHeader } from '@workflows-api/types/operations';
import { writeFileAtomic } from './atomic-write.js';
import { runBulkCommand } from './bulk-command.js';
import type { CliIo } from './cli-io.js';
import {
  COMMON_OPTIONS_HELP,
  type CommonSettings,
  clientFor,
  commonOptions,
  credential,
  readCommonOptions,
} from './common-options.js';
import { type ExitCode, exitCodes } from './exit-codes.js';
import { graphQlJobs, standardJobs } from './job-kinds.js';
import { type AnyJobKind, print, waitForJob } from './job-wait.js';
import { UsageError } from './number-options.js';
import { commandsOf, findOperationCommand, isResource, operationList } from './operation-help.js';
import { runOperationCommand } from './operation-run.js';
import { printError } from './print-error.js';
import { escapeControls, escapeResultControls, shown } from './terminal-text.js';

export type { CliIo } from './cli-io.js';

export const USAGE = `Usage: workflows <resource> <command> [parameters] [--data <body>] [options]
       workflows bulk <resource> <create|update> --input <items.jsonl|items.csv> [options]
       workflows job <command> <id> [options]
       workflows graphql-job <command> <id> [options]

Operations, one per operation of the API ("workflows <resource> <command> --help"
shows its parameters and body):
${operationList()}

Many items: workflows bulk ad-groups create --input items.jsonl splits them into jobs,
  resumably ("workflows bulk --help" for its options).

Job commands:
  job status <id>            print a standard (bulk) job's status
  job wait <id>              wait for the job to finish, showing progress
  job result <id> [-o file]  print or save the result of a finished job
  graphql-job status|wait|result <id>
                             the same for a GraphQL bulk query job

Options:
${COMMON_OPTIONS_HELP}
  -o, --output <file>          job result: write here (atomically) instead of stdout

The API token is read from WORKFLOWS_TTD_AUTH (sent as the ${authHeader} header).

Exit codes:
  0  done; for wait (or --wait), the job ended in Success
  1  the API answered with an error, or could not be reached
  2  bad command line, configuration, or a body that does not match the spec
  3  wait: the job ended in Failure
  4  wait: the job ended in PartialSuccess
  5  wait timed out, or result asked of a job still running
  6  the job finished but its result expired (${WorkflowStatusValues.ResultsExpired}): run it again
  7  graphql-job wait: the job was cancelled
`;

const COMMANDS = ['status', 'wait', 'result'] as const;
type Command = (typeof COMMANDS)[number];

const KINDS = [standardJobs, graphQlJobs] as const;

interface Parsed extends CommonSettings {
  kind: AnyJobKind;
  command: Command;
  id: string;
  output: string | undefined;
}

function parse(argv: string[], env: CliIo['env']): Parsed | 'help' {
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>
  >;
  const options = { ...commonOptions, output: { type: 'string', short: 'o' } } as const;
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
      `unknown command ${JSON.stringify(group)}; "workflows --help" lists every command`,
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
  return {
    ...readCommonOptions(values, env),
    kind,
    command: command as Command,
    id,
    output: values.output,
  };
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
  const [resource, command] = argv;
  if (resource === 'bulk') {
    return await runBulkCommand(argv.slice(1), io);
  }
  if (isResource(resource)) {
    const operation = findOperationCommand(resource as string, command);
    if (!operation) {
      io.stderr.write(
        `workflows: unknown ${shown(resource)} command ${JSON.stringify(command ?? '')}; one of ${commandsOf(resource as string).join(', ')}\n`,
      );
      return exitCodes.usage;
    }
    return await runOperationCommand(operation, argv.slice(2), io);
  }
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
  const auth = credential(io);
  if (!auth) {
    return exitCodes.usage;
  }
  const client = clientFor(p, auth, io);
  try {
    switch (p.command) {
      case 'status': {
        const status = await p.kind.getStatus(client, p.id, io.signal);
        print(io, p.json, status, p.kind.format(status));
        return exitCodes.ok;
      }
      case 'wait':
        return await waitForJob(client, p.kind, p.id, p, io);
      case 'result':
        return await saveResult(client, p, io);
    }
  } catch (error) {
    return printError(io, p.json, p.server, error);
  }
}
