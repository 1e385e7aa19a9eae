import { WorkflowStatusValues } from '@workflows-api/types';
import { type ValidationIssue, validateRequest } from '@workflows-api/validators';
import type { BulkItemResult, BulkOperationId } from './bulk-types.js';

const ITEM = '/input/0';

/**
 * Checks one item as the operation's body would carry it (`{ input: [item] }`), so the item
 * schema is the spec's without naming it here. Issues point into the item (`/primaryInput/name`).
 */
export function validateBulkItem(operationId: BulkOperationId, item: unknown): ValidationIssue[] {
  const checked = validateRequest(operationId, { input: [item] });
  if (checked.valid) {
    return [];
  }
  return checked.errors.map((issue) => ({
    ...issue,
    path: issue.path.startsWith(ITEM) ? issue.path.slice(ITEM.length) : issue.path,
  }));
}

interface ReportedItem {
  index?: unknown;
  status?: unknown;
  id?: unknown;
  errors?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parsed(text: string | null | undefined): unknown {
  if (!text) {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** An item's errors, their pointers made relative to the item (`/input/3/name` -> `/name`). */
function errorsOf(value: unknown, index: number): { pointer?: string; message: string }[] {
  const prefix = `/input/${index}/`;
  return (Array.isArray(value) ? value : []).filter(isObject).map((e) => ({
    ...(typeof e.pointer === 'string'
      ? { pointer: e.pointer.startsWith(prefix) ? e.pointer.slice(prefix.length - 1) : e.pointer }
      : {}),
    message: typeof e.message === 'string' ? e.message : JSON.stringify(e),
  }));
}

/**
 * Each item's outcome from its finished job. The API does not document the shape of a bulk
 * job's result, so this reads what it can, most precise first:
 * 1. a result with `items: [{ index, status, id?, errors? }]` (the sandbox writes this);
 * 2. the status's `errors` as a JSON list of `{ index, pointer, message }`: those items
 *    failed, the others succeeded;
 * 3. the job's status alone: `Success` or `Failure` for every item; anything else leaves
 *    the items `unknown`, with the job id to look them up by.
 */
export function itemResults(
  lines: readonly number[],
  jobId: string,
  status: { status: string; errors?: string | null },
  resultText: string | null,
): BulkItemResult[] {
  const base = (i: number) => ({ line: lines[i] as number, jobId });
  const result = parsed(resultText);
  const reported = isObject(result) && Array.isArray(result.items) ? result.items : undefined;
  if (reported) {
    const byIndex = new Map<number, ReportedItem>();
    for (const item of reported.filter(isObject)) {
      if (typeof item.index === 'number') {
        byIndex.set(item.index, item);
      }
    }
    return lines.map((_, i) => {
      const item = byIndex.get(i);
      if (item?.status === WorkflowStatusValues.Success) {
        return {
          ...base(i),
          outcome: 'succeeded',
          ...(typeof item.id === 'string' ? { id: item.id } : {}),
        };
      }
      if (item?.status === WorkflowStatusValues.Failure) {
        return { ...base(i), outcome: 'failed', errors: errorsOf(item.errors, i) };
      }
      return {
        ...base(i),
        outcome: 'unknown',
        note: `job ${jobId}'s result does not report this item`,
      };
    });
  }
  const listed = parsed(status.errors ?? null);
  if (Array.isArray(listed) && listed.every((e) => isObject(e) && typeof e.index === 'number')) {
    const failures = new Map<number, { pointer?: string; message: string }[]>();
    for (const e of listed as Record<string, unknown>[]) {
      const index = e.index as number;
      failures.set(index, [...(failures.get(index) ?? []), ...errorsOf([e], index)]);
    }
    return lines.map((_, i) => {
      const errors = failures.get(i);
      return errors
        ? { ...base(i), outcome: 'failed', errors }
        : { ...base(i), outcome: 'succeeded' };
    });
  }
  switch (status.status) {
    case WorkflowStatusValues.Success:
      return lines.map((_, i) => ({ ...base(i), outcome: 'succeeded' }));
    case WorkflowStatusValues.Failure:
      return lines.map((_, i) => ({
        ...base(i),
        outcome: 'failed',
        errors: status.errors ? [{ message: status.errors }] : [],
      }));
    default:
      return lines.map((_, i) => ({
        ...base(i),
        outcome: 'unknown',
        note: `job ${jobId} ended in ${status.status} without saying which items succeeded`,
      }));
  }
}
