import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { access, rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import {
  type BulkItem,
  type BulkItemResult,
  BulkJournalMismatchError,
  type BulkOperationId,
  type BulkProgress,
  type BulkSummary,
  runBulk,
  validateBulkItem,
} from '@workflows-api/client/bulk';
import { operationTable } from '@workflows-api/types/operations';
import { digestOf, readInput } from './bulk-input.js';
import type { CliIo } from './cli-io.js';
import {
  COMMON_OPTIONS_HELP,
  clientFor,
  commonOptions,
  credential,
  readCommonOptions,
} from './common-options.js';
import { type ExitCode, exitCodes } from './exit-codes.js';
import { type FileJournal, openFileJournal } from './file-journal.js';
import { operationCommands } from './generated/commands.js';
import { UsageError, wholeNumberOption } from './number-options.js';
import { printError } from './print-error.js';
import { type ProgressMode, type ProgressStream, ProgressView, renderBar } from './progress.js';
import { escapeControls, jsonText } from './terminal-text.js';

/** The bulk operations, from the generated commands: those that queue a standard job for a list under `input`. */
const bulkOperations = operationCommands
  .filter(
    (c) =>
      c.command.startsWith('bulk-') &&
      operationTable[c.operationId].submitsJob === 'standard' &&
      c.body?.fields.some((f) => f.name === 'input' && f.type.startsWith('array of')),
  )
  .map((c) => ({
    resource: c.resource,
    verb: c.command.slice('bulk-'.length),
    operationId: c.operationId as BulkOperationId,
  }));

const pairs = () => bulkOperations.map((b) => `${b.resource} ${b.verb}`).join(', ');

export const BULK_USAGE = `Usage: workflows bulk <resource> <verb> --input <items.jsonl|items.csv> [options]

Runs many items through a bulk operation (${pairs()}): splits them into jobs of
--chunk items, keeps at most --concurrency jobs in flight, waits for each, and writes one
result line per input item. Every item is checked against the spec first; nothing is sent
while one is invalid, unless --skip-invalid. Rerunning the same command resumes: finished
jobs are not sent again, queued ones are polled, and items whose submit may or may not have
reached the API are reported "unknown" and sent again only with --resubmit-unknown.

Options:
  --input <file>               JSON Lines (one item per line), or .csv with a header of
                               field paths (primaryInput.name); required
  --output <file>              results, one JSON line per item (default: <input>.results.jsonl)
  --journal <file>             where the run records each step (default: <input>.journal)
  --chunk <n>                  items per job (default 500)
  --concurrency <n>            jobs in flight at once (default 4)
  --skip-invalid               send the valid items even when some are invalid
  --resubmit-unknown           send again the items an earlier run may or may not have sent
${COMMON_OPTIONS_HELP}

Exit codes: 0 every item succeeded; 2 bad command line or invalid items (nothing sent);
3 no item succeeded; 4 some did not (failed, unknown, pending or skipped); 1 the API
refused the run (e.g. 401) or could not be reached.
`;

/** Past this many, invalid items are counted but not listed on the terminal (all are in --output with --skip-invalid). */
const LISTED_INVALID = 20;

/** Progress of the whole run: a bar redrawn in place on a terminal, a line per finished job otherwise. */
class BulkProgressView {
  private last = '';
  private drawn = false;
  constructor(
    private readonly stream: ProgressStream,
    private readonly mode: ProgressMode,
    private readonly total: number,
  ) {}

  update(p: BulkProgress): void {
    const text = `${p.finished}/${this.total} items done (${p.succeeded} ok, ${p.failed} failed), ${p.inFlight} job${p.inFlight === 1 ? '' : 's'} in flight`;
    if (text === this.last || this.mode === 'none') {
      return;
    }
    this.last = text;
    if (this.mode === 'bar') {
      const pct = this.total === 0 ? 100 : (100 * p.finished) / this.total;
      this.stream.write(`\r\x1b[2Kbulk ${renderBar(pct, 24)} ${text}`);
      this.drawn = true;
    } else {
      this.stream.write(`bulk: ${text}\n`);
    }
  }

  finish(): void {
    if (this.drawn) {
      this.stream.write('\n');
    }
    this.drawn = false;
  }
}

/** Writes a line, waiting while the stream's buffer is full; throws once the stream has failed. */
async function write(out: WriteStream, line: string): Promise<void> {
  if (out.errored) {
    throw out.errored;
  }
  if (!out.write(line)) {
    await once(out, 'drain');
  }
}

interface Invalid {
  line: number;
  errors: { pointer?: string; message: string }[];
}

/** The first pass: every item read and checked; the invalid ones listed, the valid ones counted. */
async function checkItems(input: string, operationId: BulkOperationId) {
  const invalid: Invalid[] = [];
  let valid = 0;
  for await (const item of readInput(input)) {
    if (item.problem !== undefined) {
      invalid.push({ line: item.line, errors: [{ message: item.problem }] });
      continue;
    }
    const issues = validateBulkItem(operationId, item.value);
    if (issues.length > 0) {
      invalid.push({
        line: item.line,
        errors: issues.map((i) => ({ pointer: i.path, message: i.message })),
      });
    } else {
      valid += 1;
    }
  }
  return { invalid, valid };
}

async function* validItems(input: string, invalid: Set<number>): AsyncGenerator<BulkItem> {
  for await (const item of readInput(input)) {
    if (item.problem === undefined && !invalid.has(item.line)) {
      yield { line: item.line, value: item.value };
    }
  }
}

function exitCodeOf(summary: BulkSummary, skipped: number): ExitCode {
  const total = summary.items + skipped;
  if (summary.succeeded === total) {
    return exitCodes.ok;
  }
  return summary.succeeded === 0 ? exitCodes.jobFailure : exitCodes.jobPartialSuccess;
}

/** `workflows bulk ...`; `argv` is what follows `bulk`. */
export async function runBulkCommand(argv: string[], io: CliIo): Promise<ExitCode> {
  const usage = (message: string) => {
    io.stderr.write(
      `workflows: ${escapeControls(message)}\nRun "workflows bulk --help" for its options.\n`,
    );
    return exitCodes.usage;
  };
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: argv,
      options: {
        ...commonOptions,
        input: { type: 'string' },
        output: { type: 'string' },
        journal: { type: 'string' },
        chunk: { type: 'string' },
        concurrency: { type: 'string' },
        'skip-invalid': { type: 'boolean' },
        'resubmit-unknown': { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    });
  }
  try {
    parsed = parse();
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(BULK_USAGE);
    return exitCodes.ok;
  }
  let settings: ReturnType<typeof readCommonOptions>;
  let chunkSize: number;
  let concurrency: number;
  const [resource, verb, ...extra] = positionals;
  const bulk = bulkOperations.find((b) => b.resource === resource && b.verb === verb);
  try {
    if (!bulk) {
      throw new UsageError(
        `workflows bulk takes one of: ${pairs()}; got ${JSON.stringify(positionals.join(' '))}`,
      );
    }
    if (extra.length > 0) {
      throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
    }
    if (!values.input) {
      throw new UsageError('--input <file> is required');
    }
    settings = readCommonOptions(values, io.env);
    chunkSize = wholeNumberOption('chunk', values.chunk, 500, 1);
    concurrency = wholeNumberOption('concurrency', values.concurrency, 4, 1);
    await access(values.input).catch(() => {
      throw new UsageError(`--input ${values.input}: no such file, or it cannot be read`);
    });
  } catch (error) {
    if (error instanceof UsageError) {
      return usage(error.message);
    }
    throw error;
  }
  const input = values.input;
  const { operationId } = bulk;
  const output = values.output ?? `${input}.results.jsonl`;
  const journalPath = values.journal ?? `${input}.journal`;

  const { invalid, valid } = await checkItems(input, operationId);
  if (invalid.length > 0) {
    const listed = invalid
      .slice(0, LISTED_INVALID)
      .flatMap((i) =>
        i.errors.map(
          (e) => `  ${input}:${i.line}: ${e.pointer ? `${e.pointer} ` : ''}${e.message}`,
        ),
      );
    const more =
      invalid.length > LISTED_INVALID
        ? `\n  ... and ${invalid.length - LISTED_INVALID} more invalid items`
        : '';
    if (!values['skip-invalid']) {
      if (settings.json) {
        io.stdout.write(
          `${jsonText({ error: { kind: 'invalid-items', input, items: invalid } })}\n`,
        );
      }
      io.stderr.write(
        `workflows: ${invalid.length} of ${invalid.length + valid} items of ${input} do not match the spec; nothing was sent (--skip-invalid sends the others):\n${escapeControls(listed.join('\n'))}${more}\n`,
      );
      return exitCodes.usage;
    }
    io.stderr.write(
      `workflows: skipping ${invalid.length} invalid items (each is in ${output}):\n${escapeControls(listed.join('\n'))}${more}\n`,
    );
  }
  const auth = credential(io);
  if (!auth) {
    return exitCodes.usage;
  }
  const client = clientFor(settings, auth, io);

  let journal: FileJournal;
  try {
    journal = await openFileJournal(journalPath, io.env);
  } catch (error) {
    if (error instanceof UsageError) {
      return usage(error.message);
    }
    throw error;
  }
  // Results go to a file beside the output, renamed over it once complete; a run that stops
  // leaves no half-written results file (the next run rewrites all of them from the journal).
  const partial = `${output}.partial`;
  const out = createWriteStream(partial);
  // Opened before anything is sent: an output that cannot be written is a usage error.
  const opened = await new Promise<Error | undefined>((resolve) => {
    out.once('open', () => resolve(undefined));
    out.once('error', resolve);
  });
  if (opened) {
    await journal.close();
    return usage(`--output ${output}: cannot write ${partial} (${opened.message})`);
  }
  out.on('error', () => {
    // Kept in `out.errored`: the next `write` throws it, and `finished` rejects with it.
  });
  const view = new BulkProgressView(
    io.stderr,
    ProgressView.modeFor(io.stderr, settings.progress),
    invalid.length + valid,
  );
  const resultLine = (r: BulkItemResult | (Invalid & { outcome: 'invalid' })) =>
    `${JSON.stringify(r)}\n`;
  let summary: BulkSummary;
  try {
    for (const i of invalid) {
      await write(out, resultLine({ ...i, outcome: 'invalid' }));
    }
    summary = await runBulk(client, {
      operationId,
      items: validItems(input, new Set(invalid.map((i) => i.line))),
      journal,
      inputId: await digestOf(input),
      chunkSize,
      concurrency,
      resubmitUnknown: values['resubmit-unknown'] ?? false,
      intervalMs: settings.intervalMs,
      maxIntervalMs: settings.maxIntervalMs,
      jobTimeoutMs: settings.timeoutMs,
      signal: io.signal,
      onResult: (r) => write(out, resultLine(r)),
      onProgress: (p) => view.update({ ...p, finished: p.finished + invalid.length }),
    });
    out.end();
    // Not `once(out, 'close')`: a stream that failed earlier has closed already.
    await finished(out);
    await rename(partial, output);
  } catch (error) {
    view.finish();
    out.destroy();
    await rm(partial, { force: true });
    await journal.close();
    if (io.signal?.aborted) {
      io.stderr.write(
        `workflows: stopped; run the same command again to resume from ${journalPath}\n`,
      );
      return exitCodes.apiError;
    }
    if (error instanceof BulkJournalMismatchError) {
      return usage(`${journalPath}: ${error.message}`);
    }
    io.stderr.write(
      `workflows: the run stopped; what finished is in ${journalPath}, and the same command resumes.\n`,
    );
    return printError(io, settings.json, settings.server, error);
  }
  view.finish();
  await journal.close();
  const line = `${summary.items + invalid.length} items: ${summary.succeeded} succeeded, ${summary.failed} failed, ${summary.unknown} unknown, ${summary.pending} pending, ${invalid.length} invalid; ${summary.submittedChunks} jobs submitted, ${summary.resumedChunks} taken from the journal. Results: ${output}\n`;
  if (settings.json) {
    io.stdout.write(
      `${jsonText({ ...summary, invalid: invalid.length, output, journal: journalPath })}\n`,
    );
  } else {
    io.stdout.write(line);
  }
  if (summary.unknown > 0) {
    io.stderr.write(
      `workflows: ${summary.unknown} items may or may not have reached the API (outcome "unknown" in ${output}); check them, then rerun with --resubmit-unknown to send them again\n`,
    );
  }
  if (summary.pending > 0) {
    io.stderr.write(
      `workflows: ${summary.pending} items are in jobs not seen to finish; rerun to poll them\n`,
    );
  }
  return exitCodeOf(summary, invalid.length);
}
