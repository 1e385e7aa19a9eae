import type { OperationBody, OperationId } from '@workflows-api/types';

/** The operations whose body is a list of items under `input`: those a bulk run splits into jobs. */
export type BulkOperationId = {
  [K in OperationId]: NonNullable<OperationBody<K>> extends { input?: readonly unknown[] | null }
    ? K
    : never;
}[OperationId];

/** One item of the input and the line it was read from (counted from 1). */
export interface BulkItem {
  line: number;
  value: unknown;
}

/**
 * What became of one input item.
 * - `succeeded`, `failed`: the job said so (`id` is what it created or changed; `errors` why not).
 * - `unknown`: its chunk's POST may or may not have reached the API (a dropped connection, a
 *   crash): it is never sent again unless asked (`resubmitUnknown`).
 * - `pending`: its job was queued (`jobId`) but not seen to finish; the next run polls it.
 */
export interface BulkItemResult {
  line: number;
  outcome: 'succeeded' | 'failed' | 'unknown' | 'pending';
  id?: string;
  errors?: { pointer?: string; message: string }[];
  jobId?: string;
  /** Why the outcome is not known, or what to do about it. */
  note?: string;
}

export interface BulkProgress {
  /** Items read from the input so far. */
  read: number;
  /** Items with a final outcome (succeeded, failed, unknown or pending). */
  finished: number;
  succeeded: number;
  failed: number;
  /** Jobs submitted or being polled right now. */
  inFlight: number;
}

export interface BulkSummary {
  items: number;
  succeeded: number;
  failed: number;
  unknown: number;
  pending: number;
  /** Chunks taken from the journal (finished by an earlier run) instead of being sent. */
  resumedChunks: number;
  /** POSTs this run made. */
  submittedChunks: number;
}

export interface BulkRunOptions {
  operationId: BulkOperationId;
  /** The items, in input order; read as the run goes (at most `concurrency` chunks ahead). */
  items: AsyncIterable<BulkItem> | Iterable<BulkItem>;
  /** Where the run records its progress; a rerun with the same journal resumes. */
  journal: BulkJournal;
  /**
   * What the input is, for the journal (e.g. a digest of its bytes): a journal written for
   * another input, operation or chunk size is refused rather than resumed.
   */
  inputId: string;
  /** Items per job. Default 500. */
  chunkSize?: number | undefined;
  /** Jobs submitted or polled at once. Default 4. */
  concurrency?: number | undefined;
  /** Send again the chunks whose POST an earlier run may or may not have made. Default false. */
  resubmitUnknown?: boolean | undefined;
  /** Every item's outcome, as soon as its chunk has one (not in input order). */
  onResult(result: BulkItemResult): void | Promise<void>;
  onProgress?: ((progress: BulkProgress) => void) | undefined;
  /** First pause between a job's polls. Default 1000. */
  intervalMs?: number | undefined;
  maxIntervalMs?: number | undefined;
  /** How long to wait for one job. Default 3 600 000 (1 h). */
  jobTimeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * What a bulk run records, in order, so that another run can take over where it stopped.
 * A chunk's records follow its protocol: `submitting` (written before its POST), then
 * `submitted` with the job id once the API has answered, then `done` with every item's
 * outcome. `rejected` (the API refused the chunk: nothing was queued, and sending it again
 * would be refused again) and `released` (nothing was queued, and it may be sent again, e.g.
 * after a 401) end a chunk's POST without a job.
 */
export type BulkJournalRecord =
  | {
      type: 'run';
      /** The operation, the chunk size and the caller's name of the input: a journal belongs to one run. */
      operationId: string;
      chunkSize: number;
      input: string;
    }
  | { type: 'submitting'; chunk: number; lines: number[] }
  | { type: 'submitted'; chunk: number; jobId: string }
  | { type: 'rejected'; chunk: number; results: BulkItemResult[] }
  | { type: 'released'; chunk: number }
  | { type: 'done'; chunk: number; results: BulkItemResult[] };

/**
 * Where a bulk run keeps its records. `append` resolves only once the record is durable:
 * the run sends a chunk only after its `submitting` record is, so a run that dies at any
 * point leaves a journal from which no chunk is ever sent twice without being asked to.
 */
export interface BulkJournal {
  /** Every record appended so far, in order, including those of earlier runs. */
  read(): Promise<readonly BulkJournalRecord[]>;
  append(record: BulkJournalRecord): Promise<void>;
}
