import { WorkflowStatusValues } from '@workflows-api/types';
import { operationTable } from '@workflows-api/types/operations';
import { itemResults } from './bulk-items.js';
import { type ChunkState, replay } from './bulk-journal.js';
import type {
  BulkItem,
  BulkItemResult,
  BulkProgress,
  BulkRunOptions,
  BulkSummary,
} from './bulk-types.js';
import type { WorkflowsClient } from './client.js';
import { APIError, ConnectionError, WorkflowsError } from './errors.js';
import { exactIdAt } from './exact-json.js';
import { neverSent } from './retry-decision.js';
import type { APIPromise } from './types.js';

/** A journal that does not belong to this run: resuming from it could send other items. */
export class BulkJournalMismatchError extends WorkflowsError {
  override name = 'BulkJournalMismatchError';
}

/** The run stopped: the API refused the credential, or asked to slow down, or the caller aborted. */
export class BulkRunStoppedError extends WorkflowsError {
  override name = 'BulkRunStoppedError';
}

interface Chunk {
  index: number;
  items: BulkItem[];
  /** The input line of each item. */
  lines: number[];
}

type Submit = (body: unknown, options: { signal?: AbortSignal | undefined }) => APIPromise<unknown>;

/** An answer that says the API took nothing in and would refuse the same chunk again. */
const refusesChunk = (error: unknown) =>
  error instanceof APIError &&
  error.status >= 400 &&
  error.status < 500 &&
  ![401, 403, 408, 429].includes(error.status);

/** An answer or failure after which nothing was queued, but the same chunk may succeed later. */
const queuedNothing = (error: unknown) =>
  (error instanceof APIError && [401, 403, 429].includes(error.status)) ||
  (error instanceof ConnectionError && neverSent(error.cause));

function problemErrors(error: APIError): { pointer?: string; message: string }[] {
  const body = error.body as { detail?: unknown; errors?: unknown } | undefined;
  const out: { pointer?: string; message: string }[] = [];
  if (body && typeof body.errors === 'object' && body.errors !== null) {
    for (const [pointer, messages] of Object.entries(body.errors)) {
      for (const message of Array.isArray(messages) ? messages : [messages]) {
        out.push({ pointer, message: String(message) });
      }
    }
  }
  return out.length > 0 ? out : [{ message: error.message }];
}

/**
 * Runs many items through a bulk operation: splits them into jobs of `chunkSize`, keeps at most
 * `concurrency` jobs in flight, waits for each, and reports every item's outcome. Every step is
 * recorded in `journal` before the next is taken, so a run that is stopped at any point (a
 * crash, `kill -9`, an abort) can be run again with the same journal: finished chunks are not
 * sent again, queued jobs are polled, and a chunk whose POST may or may not have reached the
 * API is reported `unknown`, never sent again unless `resubmitUnknown` says so.
 */
export async function runBulk(
  client: WorkflowsClient,
  options: BulkRunOptions,
): Promise<BulkSummary> {
  const { operationId, journal, signal } = options;
  const chunkSize = options.chunkSize ?? 500;
  const concurrency = options.concurrency ?? 4;
  for (const [name, value] of [
    ['chunkSize', chunkSize],
    ['concurrency', concurrency],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new WorkflowsError(`runBulk: ${name} must be a whole number >= 1, not ${value}`);
    }
  }
  const row = operationTable[operationId];
  if (row.submitsJob !== 'standard') {
    throw new WorkflowsError(`runBulk: ${operationId} does not queue a bulk job`);
  }
  const group = (client as unknown as Record<string, Record<string, Submit>>)[row.group];
  const method = group?.[row.name];
  if (!method) {
    throw new WorkflowsError(`runBulk: the client has no ${row.group}.${row.name}`);
  }
  const submit: Submit = method.bind(group);

  const { run, chunks: known } = replay(await journal.read());
  if (run) {
    if (
      run.operationId !== operationId ||
      run.chunkSize !== chunkSize ||
      run.input !== options.inputId
    ) {
      throw new BulkJournalMismatchError(
        `the journal belongs to another run (${run.operationId}, chunks of ${run.chunkSize}, input ${run.input}); ` +
          `this one is ${operationId}, chunks of ${chunkSize}, input ${options.inputId}. Use another journal, or remove it to start over.`,
      );
    }
  } else {
    await journal.append({ type: 'run', operationId, chunkSize, input: options.inputId });
  }

  const summary: BulkSummary = {
    items: 0,
    succeeded: 0,
    failed: 0,
    unknown: 0,
    pending: 0,
    resumedChunks: 0,
    submittedChunks: 0,
  };
  // At most `concurrency` chunks in flight; the input is read only as fast as they finish.
  const inFlight = new Set<Promise<void>>();
  const report = () =>
    options.onProgress?.({
      read: summary.items,
      finished: summary.succeeded + summary.failed + summary.unknown + summary.pending,
      succeeded: summary.succeeded,
      failed: summary.failed,
      inFlight: inFlight.size,
    } satisfies BulkProgress);

  async function emit(results: readonly BulkItemResult[]) {
    for (const result of results) {
      summary[result.outcome] += 1;
      await options.onResult(result);
    }
    report();
  }

  const everyItem = (
    chunk: Chunk,
    outcome: BulkItemResult['outcome'],
    extra: Partial<BulkItemResult>,
  ) => chunk.lines.map((line) => ({ line, outcome, ...extra }));

  /** Sends the chunk; its job id, or its items' outcomes when no job was queued. */
  async function send(chunk: Chunk): Promise<string | BulkItemResult[]> {
    await journal.append({ type: 'submitting', chunk: chunk.index, lines: chunk.lines });
    summary.submittedChunks += 1;
    let answer: Awaited<ReturnType<APIPromise<unknown>['withResponse']>>;
    try {
      answer = await submit(
        { input: chunk.items.map((item) => item.value) },
        { signal },
      ).withResponse();
    } catch (error) {
      if (signal?.aborted) {
        throw error;
      }
      if (refusesChunk(error)) {
        const results = everyItem(chunk, 'failed', { errors: problemErrors(error as APIError) });
        await journal.append({ type: 'rejected', chunk: chunk.index, results });
        return results;
      }
      if (queuedNothing(error)) {
        await journal.append({ type: 'released', chunk: chunk.index });
        throw new BulkRunStoppedError(
          `${operationId}: ${(error as Error).message}; nothing of chunk ${chunk.index} was queued, and a rerun sends it`,
          { cause: error },
        );
      }
      return everyItem(chunk, 'unknown', {
        note: `the submit failed (${(error as Error).message}); the API may or may not have queued a job for these items`,
      });
    }
    if ((row.immediateStatuses as readonly number[]).includes(answer.response.status)) {
      const results = everyItem(chunk, 'succeeded', {
        note: `done at once (${answer.response.status}), no job queued`,
      });
      await journal.append({ type: 'done', chunk: chunk.index, results });
      return results;
    }
    const jobId = exactIdAt(answer.text, 'id');
    if (jobId === undefined) {
      return everyItem(chunk, 'unknown', {
        note: `the submit's answer (${answer.response.status}) has no job id`,
      });
    }
    await journal.append({ type: 'submitted', chunk: chunk.index, jobId });
    return jobId;
  }

  /** Waits for the chunk's job and reads each item's outcome from it. */
  async function settle(chunk: Chunk, jobId: string): Promise<BulkItemResult[]> {
    let status: Awaited<ReturnType<WorkflowsClient['bulkJobs']['waitFor']>>;
    try {
      status = await client.bulkJobs.waitFor(jobId, {
        intervalMs: options.intervalMs,
        maxIntervalMs: options.maxIntervalMs,
        timeoutMs: options.jobTimeoutMs,
        signal,
      });
    } catch (error) {
      if (signal?.aborted) {
        throw error;
      }
      return everyItem(chunk, 'pending', {
        jobId,
        note: `job ${jobId} was queued but not seen to finish (${(error as Error).message}); a rerun polls it`,
      });
    }
    if (status.status === WorkflowStatusValues.ResultsExpired) {
      return finish(
        chunk,
        everyItem(chunk, 'unknown', {
          jobId,
          note: `job ${jobId} finished, but its result has expired`,
        }),
      );
    }
    let text: string | null;
    try {
      text = await client.bulkJobs.result(status, { signal });
    } catch (error) {
      if (signal?.aborted) {
        throw error;
      }
      text = null;
    }
    return finish(chunk, itemResults(chunk.lines, jobId, status, text));
  }

  async function finish(chunk: Chunk, results: BulkItemResult[]) {
    await journal.append({ type: 'done', chunk: chunk.index, results });
    return results;
  }

  async function runChunk(chunk: Chunk): Promise<void> {
    const state: ChunkState | undefined = known.get(chunk.index);
    if (state?.results) {
      summary.resumedChunks += 1;
      return emit(state.results);
    }
    const { lines } = chunk;
    if (state && state.lines.join() !== lines.join()) {
      throw new BulkJournalMismatchError(
        `the journal's chunk ${chunk.index} holds lines ${state.lines[0]}-${state.lines.at(-1)}, not ${lines[0]}-${lines.at(-1)}: the input changed`,
      );
    }
    let jobId = state?.jobId;
    if (jobId === undefined) {
      if (state?.submitting && !options.resubmitUnknown) {
        return emit(
          everyItem(chunk, 'unknown', {
            note: 'an earlier run sent these items but did not record an answer: the API may or may not have queued them. Check, then rerun with resubmitUnknown to send them again',
          }),
        );
      }
      const sent = await send(chunk);
      if (typeof sent !== 'string') {
        return emit(sent);
      }
      jobId = sent;
    } else {
      summary.resumedChunks += 1;
    }
    return emit(await settle(chunk, jobId));
  }

  let failure: { error: unknown } | undefined;
  let index = 0;
  const start = (items: BulkItem[]) => {
    const task = runChunk({ index: index++, items, lines: items.map((item) => item.line) })
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => {
        inFlight.delete(task);
      });
    inFlight.add(task);
    report();
  };
  let buffer: BulkItem[] = [];
  try {
    for await (const item of options.items) {
      if (failure || signal?.aborted) {
        break;
      }
      summary.items += 1;
      buffer.push(item);
      if (buffer.length === chunkSize) {
        start(buffer);
        buffer = [];
        while (inFlight.size >= concurrency) {
          await Promise.race(inFlight);
        }
      }
    }
    if (buffer.length > 0 && !failure && !signal?.aborted) {
      start(buffer);
    }
  } finally {
    await Promise.allSettled([...inFlight]);
  }
  if (failure) {
    throw failure.error;
  }
  signal?.throwIfAborted();
  report();
  return summary;
}
