import type { OperationId } from '@workflows-api/types';

export interface RequestRecord {
  operationId: OperationId;
  status: number;
  fault: 'drop' | 'fail' | undefined;
}

/** Records kept; the oldest go first. */
const MAX_RECORDS = 10_000;

/** Appends to `requests`, keeping the last `MAX_RECORDS`. */
export function recorderOf(requests: RequestRecord[]): (record: RequestRecord) => void {
  return (record) => {
    requests.push(record);
    if (requests.length > MAX_RECORDS) {
      requests.splice(0, requests.length - MAX_RECORDS);
    }
  };
}
