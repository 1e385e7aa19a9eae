import {
  type FirstPartyDataInput,
  type ThirdPartyDataInput,
  WorkflowStatusValues,
} from '@workflows-api/types';
import type { JobOutcome } from './jobs.js';
import { FAIL_MARKER, hasMarker, LARGE_MARKER } from './markers.js';
import { badRequest } from './problem.js';
import { hash32, hashHex } from './random.js';

/**
 * Canned data of the first- and third-party data jobs, a pure function of
 * the input. An id containing `fail` makes the job fail; one containing
 * `large` makes a result over 5 MB, which the status answer only gives by url.
 */
const NORMAL_ROWS = 40;
const LARGE_ROWS = 60_000;

const FIRST_PARTY_FIELDS = ['id', 'name', 'uniques', 'activeUniques', 'lastUpdatedUtc'] as const;
const THIRD_PARTY_FIELDS = ['thirdPartyDataId', 'providerId', 'name', 'uniques', 'path'] as const;

/** `queryShape` names the fields to return, separated by spaces or commas. */
function parseShape(shape: string | null | undefined, known: readonly string[]): readonly string[] {
  if (shape == null || shape.trim() === '') {
    return known;
  }
  const fields = shape.split(/[\s,]+/).filter(Boolean);
  const unknown = fields.filter((f) => !known.includes(f));
  if (unknown.length > 0) {
    throw badRequest('The query shape names fields the data job does not have.', [
      {
        pointer: '/queryShape',
        message: `unknown field(s) ${unknown.join(', ')}; known: ${known.join(', ')}`,
      },
    ]);
  }
  return fields;
}

function project(row: Record<string, unknown>, fields: readonly string[]) {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    out[f] = row[f];
  }
  return out;
}

const rowCount = (id: string) => (hasMarker(id, LARGE_MARKER) ? LARGE_ROWS : NORMAL_ROWS);
const failing = (id: string) => hasMarker(id, FAIL_MARKER);

/** Checks the input now (a bad shape is a 400) and returns the job's work for later. */
export function firstPartyDataJob(input: FirstPartyDataInput): () => JobOutcome {
  const fields = parseShape(input.queryShape, FIRST_PARTY_FIELDS);
  return () =>
    failing(input.advertiserId)
      ? failure(`advertiser ${input.advertiserId} has no first-party data the caller may read`)
      : success(() => firstPartyDocument(input, fields));
}

function firstPartyDocument(input: FirstPartyDataInput, fields: readonly string[]): string {
  const seed = hash32(input.advertiserId);
  const filter = input.nameFilter?.toLowerCase();
  const rows: Record<string, unknown>[] = [];
  for (let n = 0; n < rowCount(input.advertiserId); n++) {
    const name = `${input.advertiserId} segment ${n}`;
    if (filter && !name.toLowerCase().includes(filter)) {
      continue;
    }
    const uniques = (seed ^ Math.imul(n + 1, 2654435761)) >>> 12;
    rows.push(
      project(
        {
          id: `1p-${hashHex(`${input.advertiserId}/${n}`)}`,
          name,
          uniques,
          activeUniques: uniques >>> 1,
          lastUpdatedUtc: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
        },
        fields,
      ),
    );
  }
  return JSON.stringify({ advertiserId: input.advertiserId, rowCount: rows.length, rows });
}

export function thirdPartyDataJob(input: ThirdPartyDataInput): () => JobOutcome {
  const fields = parseShape(input.queryShape, THIRD_PARTY_FIELDS);
  return () =>
    failing(input.partnerId)
      ? failure(`partner ${input.partnerId} has no third-party data the caller may read`)
      : success(() => thirdPartyDocument(input, fields));
}

function thirdPartyDocument(input: ThirdPartyDataInput, fields: readonly string[]): string {
  const seed = hash32(input.partnerId);
  const rows: Record<string, unknown>[] = [];
  for (let n = 0; n < rowCount(input.partnerId); n++) {
    const providerId = `provider${n % 7}`;
    rows.push(
      project(
        {
          thirdPartyDataId: String(1_000_000 + ((seed + n * 7919) % 9_000_000)),
          providerId,
          name: `Audience ${n} from ${providerId}`,
          uniques: (seed ^ Math.imul(n + 1, 40503)) >>> 10,
          path: `${providerId} > Interests > Topic ${n % 97}`,
        },
        fields,
      ),
    );
  }
  return JSON.stringify({ partnerId: input.partnerId, rowCount: rows.length, rows });
}

/** The rows are a pure function of the input: a big result is made again for each download. */
function success(document: () => string): JobOutcome {
  return {
    status: WorkflowStatusValues.Success,
    result: document(),
    errors: null,
    remake: document,
  };
}

function failure(message: string): JobOutcome {
  return {
    status: WorkflowStatusValues.Failure,
    result: JSON.stringify({ rowCount: 0, rows: [] }),
    errors: JSON.stringify([{ message }]),
  };
}
