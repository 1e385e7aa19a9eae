import type { BulkItemResult, BulkJournal, BulkJournalRecord } from './bulk-types.js';

/** A journal in memory (a browser, a test): it lasts as long as the object. */
export function memoryJournal(
  records: BulkJournalRecord[] = [],
): BulkJournal & { records: BulkJournalRecord[] } {
  return {
    records,
    read: async () => [...records],
    append: async (record) => {
      records.push(structuredClone(record));
    },
  };
}

/** Where one chunk stands after the records read so far. */
export interface ChunkState {
  lines: number[];
  /** Its POST was started; `jobId` says whether the API's answer was recorded. */
  submitting: boolean;
  jobId: string | undefined;
  /** Its final outcome, from `done` or `rejected`. */
  results: BulkItemResult[] | undefined;
}

/** The state of every chunk the records mention, and the run they belong to. */
export function replay(records: readonly BulkJournalRecord[]): {
  run: Extract<BulkJournalRecord, { type: 'run' }> | undefined;
  chunks: Map<number, ChunkState>;
} {
  let run: Extract<BulkJournalRecord, { type: 'run' }> | undefined;
  const chunks = new Map<number, ChunkState>();
  for (const record of records) {
    if (record.type === 'run') {
      run ??= record;
      continue;
    }
    const state = chunks.get(record.chunk) ?? {
      lines: [],
      submitting: false,
      jobId: undefined,
      results: undefined,
    };
    switch (record.type) {
      case 'submitting':
        state.lines = record.lines;
        state.submitting = true;
        break;
      case 'submitted':
        state.jobId = record.jobId;
        break;
      case 'rejected':
      case 'done':
        state.results = record.results;
        break;
      case 'released':
        state.submitting = false;
        state.jobId = undefined;
        break;
    }
    chunks.set(record.chunk, state);
  }
  return { run, chunks };
}
