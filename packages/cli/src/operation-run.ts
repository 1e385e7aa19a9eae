import { readFile } from 'node:fs/promises';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { APIPromise } from '@workflows-api/client';
import { operationTable } from '@workflows-api/types/operations';
import {
  type ValidationIssue,
  validateParameters,
  validateRequest,
} from '@workflows-api/validators';
import type { CliIo } from './cli-io.js';
import { clientFor, commonOptions, credential, readCommonOptions } from './common-options.js';
import { type ExitCode, exitCodes } from './exit-codes.js';
import { graphQlJobs, standardJobs } from './job-kinds.js';
import { type AnyJobKind, print, waitForJob } from './job-wait.js';
import { type JsonSource, JsonSyntaxError, parseJsonSource } from './json-source.js';
import { UsageError } from './number-options.js';
import type { CommandFlag, OperationCommand } from './operation-command.js';
import { operationHelp } from './operation-help.js';
import { printError } from './print-error.js';
import { summarize } from './summary.js';
import { escapeControls, jsonAnswerText, jsonText } from './terminal-text.js';

/** The most `--data` reads from a file or stdin: a request body, not a data set. */
export const MAX_DATA_BYTES = 64 * 2 ** 20;

const JOB_KINDS = { standard: standardJobs, graphQl: graphQlJobs } as const;

/** A body that does not match the spec: each issue located in the text it came from. */
class InvalidBody extends Error {
  constructor(readonly issues: ReturnType<typeof locatedIssue>[]) {
    super('the request body does not match the spec');
  }
}

function locatedIssue(source: JsonSource, issue: ValidationIssue) {
  const at = source.locate(issue.path);
  return {
    pointer: issue.path,
    message: issue.message,
    keyword: issue.keyword,
    origin: source.origin,
    line: at?.line ?? null,
    column: at?.column ?? null,
  };
}

async function readStdin(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin ?? process.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += bytes.length;
    if (size > MAX_DATA_BYTES) {
      throw new UsageError(`--data -: stdin holds more than ${MAX_DATA_BYTES} bytes`);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `--data`: inline JSON, `@file.json`, or `-` for stdin, parsed with its positions kept. */
async function readData(raw: string, io: CliIo): Promise<JsonSource> {
  if (raw === '-') {
    return parseJsonSource(await readStdin(io), '<stdin>');
  }
  if (raw.startsWith('@')) {
    const file = raw.slice(1);
    let text: string;
    try {
      const bytes = await readFile(file);
      if (bytes.length > MAX_DATA_BYTES) {
        throw new UsageError(`--data ${raw}: the file holds more than ${MAX_DATA_BYTES} bytes`);
      }
      text = bytes.toString('utf8');
    } catch (error) {
      if (error instanceof UsageError) {
        throw error;
      }
      throw new UsageError(`--data ${raw}: cannot read ${file} (${(error as Error).message})`);
    }
    return parseJsonSource(text, file);
  }
  return parseJsonSource(raw, '--data');
}

function optionsOf(c: OperationCommand, submitsJob: boolean): ParseArgsConfig['options'] {
  const options: NonNullable<ParseArgsConfig['options']> = {
    ...commonOptions,
    'dry-run': { type: 'boolean' },
  };
  if (c.body) {
    options.data = { type: 'string', short: 'd' };
  }
  if (submitsJob) {
    options.wait = { type: 'boolean' };
  }
  for (const f of c.flags) {
    if (f.type === 'boolean') {
      options[f.flag] = { type: 'boolean' };
      options[`no-${f.flag}`] = { type: 'boolean' };
    } else {
      options[f.flag] = { type: 'string' };
    }
  }
  return options;
}

/** The flags as the parameter values `validateParameters` reads. */
function parameterInput(c: OperationCommand, values: Record<string, unknown>) {
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  for (const f of c.flags) {
    let value = values[f.flag];
    if (f.type === 'boolean' && values[`no-${f.flag}`]) {
      if (value) {
        throw new UsageError(`--${f.flag} and --no-${f.flag} contradict each other`);
      }
      value = false;
    }
    if (value === undefined) {
      if (f.required) {
        throw new UsageError(`--${f.flag} <${f.type}> is required`);
      }
      continue;
    }
    (f.in === 'path' ? path : query)[f.param] = value;
  }
  return { path, query };
}

/** `/query/forceArchive` -> the flag that set it. */
function flagOf(c: OperationCommand, pointer: string): CommandFlag | undefined {
  const [, location, name] = pointer.split('/');
  return c.flags.find((f) => f.in === location && f.param === name);
}

function checkedParameters(c: OperationCommand, values: Record<string, unknown>) {
  const input = parameterInput(c, values);
  const checked = validateParameters(c.operationId, input);
  if (!checked.valid) {
    const problems = checked.errors.map((issue) => {
      const f = flagOf(c, issue.path);
      const given = f ? values[f.flag] : undefined;
      return f
        ? `--${f.flag}${typeof given === 'string' ? ` ${JSON.stringify(given)}` : ''}: ${issue.message}`
        : `${issue.path}: ${issue.message}`;
    });
    throw new UsageError(problems.join('; '));
  }
  const { path, query } = checked.value as {
    path: Record<string, unknown>;
    query: Record<string, unknown>;
  };
  return { path, query };
}

function printInvalidBody(io: CliIo, json: boolean, c: OperationCommand, error: InvalidBody) {
  if (json) {
    io.stdout.write(
      `${jsonText({ error: { kind: 'invalid-body', operationId: c.operationId, issues: error.issues } })}\n`,
    );
  }
  const lines = error.issues.map((i) =>
    escapeControls(
      `  ${i.origin}${i.line === null ? '' : `:${i.line}:${i.column}`}: ${i.pointer === '' ? '(the body)' : i.pointer} ${i.message}`,
    ),
  );
  io.stderr.write(
    `workflows: the body of ${c.resource} ${c.command} does not match the spec; nothing was sent:\n${lines.join('\n')}\n`,
  );
}

/** Runs `workflows <resource> <command> ...`; `argv` is what follows the two words. */
export async function runOperationCommand(
  c: OperationCommand,
  argv: string[],
  io: CliIo,
): Promise<ExitCode> {
  const row = operationTable[c.operationId];
  const usage = (message: string) => {
    io.stderr.write(
      `workflows: ${escapeControls(message)}\nRun "workflows ${c.resource} ${c.command} --help" for its parameters and body.\n`,
    );
    return exitCodes.usage;
  };
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: optionsOf(c, row.submitsJob !== null),
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    return usage((error as Error).message);
  }
  if (values.help) {
    io.stdout.write(operationHelp(c));
    return exitCodes.ok;
  }
  let settings: ReturnType<typeof readCommonOptions>;
  let params: { path: Record<string, unknown>; query: Record<string, unknown> };
  let body: JsonSource | undefined;
  try {
    settings = readCommonOptions(values, io.env);
    params = checkedParameters(c, values);
    if (c.body?.required && values.data === undefined) {
      throw new UsageError(`--data <body> is required (${c.body.type})`);
    }
    body = typeof values.data === 'string' ? await readData(values.data, io) : undefined;
    const checked = validateRequest(c.operationId, body?.value);
    if (!checked.valid && body) {
      throw new InvalidBody(checked.errors.map((issue) => locatedIssue(body as JsonSource, issue)));
    }
  } catch (error) {
    if (error instanceof InvalidBody) {
      printInvalidBody(io, values.json === true, c, error);
      return exitCodes.usage;
    }
    if (error instanceof UsageError || error instanceof JsonSyntaxError) {
      return usage(error.message);
    }
    throw error;
  }
  const path = c.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(params.path[name])),
  );
  if (values['dry-run']) {
    const plan = {
      valid: true,
      operationId: c.operationId,
      method: c.method,
      path,
      query: params.query,
    };
    print(
      io,
      settings.json,
      plan,
      `Valid: ${c.method} ${path}${body ? ` with the body from ${body.origin}` : ''} matches the spec. Nothing was sent (--dry-run).\n`,
    );
    return exitCodes.ok;
  }
  const auth = credential(io);
  if (!auth) {
    return exitCodes.usage;
  }
  const client = clientFor(settings, auth, io);
  const group = (
    client as unknown as Record<string, Record<string, (...args: unknown[]) => APIPromise<unknown>>>
  )[row.group];
  const method = group?.[row.name];
  if (!method) {
    throw new Error(`the client has no ${row.group}.${row.name} for operation ${c.operationId}`);
  }
  const args: unknown[] = row.pathParams.map((name) => params.path[name]);
  if (row.hasBody) {
    args.push(body?.value);
  }
  args.push({ ...params.query, signal: io.signal });
  try {
    const { data, response, text } = await method(...args).withResponse();
    const kind: AnyJobKind | undefined =
      row.submitsJob && !(row.immediateStatuses as readonly number[]).includes(response.status)
        ? (JOB_KINDS[row.submitsJob] as unknown as AnyJobKind)
        : undefined;
    if (!kind) {
      io.stdout.write(settings.json ? jsonAnswerText(text ?? 'null') : summarize(data));
      return exitCodes.ok;
    }
    const id = kind.submittedId(text ?? '');
    if (!values.wait) {
      io.stdout.write(
        settings.json
          ? jsonAnswerText(text ?? 'null')
          : `Submitted ${kind.label(id).toLowerCase()}. Follow it with: workflows ${kind.group} wait ${id}\n`,
      );
      return exitCodes.ok;
    }
    io.stderr.write(`Submitted ${kind.label(id).toLowerCase()}; waiting for it.\n`);
    return await waitForJob(client, kind, id, settings, io);
  } catch (error) {
    return printError(io, settings.json, settings.server, error);
  }
}
