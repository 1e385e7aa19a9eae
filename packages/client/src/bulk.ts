/**
 * `@workflows-api/client/bulk`: many items through the bulk operations, in jobs, resumable
 * without sending anything twice. An entry of its own, so the client's first load stays small.
 */
export { validateBulkItem } from './bulk-items.js';
export { memoryJournal } from './bulk-journal.js';
export { BulkJournalMismatchError, BulkRunStoppedError, runBulk } from './bulk-run.js';
export type {
  BulkItem,
  BulkItemResult,
  BulkJournal,
  BulkJournalRecord,
  BulkOperationId,
  BulkProgress,
  BulkRunOptions,
  BulkSummary,
} from './bulk-types.js';
