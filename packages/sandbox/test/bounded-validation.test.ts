import type { OperationId } from '@workflows-api/types';
import {
  operationValidation,
  type ValidationIssue,
  validateRequest,
} from '@workflows-api/validators';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SLICE_ITEMS, validateBounded } from '../src/bounded-validation.js';
import { createSandbox } from '../src/index.js';
import { schemaNamed } from '../src/schema-at.js';
import { adGroupPrimary, call, campaignInput } from './helpers.js';

// Every call the sandbox makes to the validators is recorded, and passed on unchanged.
vi.mock('@workflows-api/validators', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@workflows-api/validators')>();
  return { ...actual, validateRequest: vi.fn(actual.validateRequest) };
});
const calls = vi.mocked(validateRequest);
afterEach(() => calls.mockClear());

/** The longest array anywhere in a value. */
function longestArray(value: unknown): number {
  let longest = 0;
  const stack = [value];
  for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
    if (v === null || typeof v !== 'object') {
      continue;
    }
    if (Array.isArray(v)) {
      longest = Math.max(longest, v.length);
    }
    stack.push(...Object.values(v));
  }
  return longest;
}

const key = (i: ValidationIssue) => `${i.path} ${i.keyword} ${i.message} ${i.schemaPath}`;

async function boundedIssues(operationId: OperationId, body: unknown): Promise<string[]> {
  const root = operationValidation[operationId].request?.validator as string;
  const found = await validateBounded(
    operationId,
    body,
    schemaNamed(root),
    Number.POSITIVE_INFINITY,
  );
  expect(found.listed).toHaveLength(found.total);
  return found.listed.map(key).sort();
}

function wholeIssues(operationId: OperationId, body: unknown): string[] {
  const result = validateRequest(operationId, body);
  return result.valid ? [] : result.errors.map(key).sort();
}

const badBidList = { bidListId: 'x', isEnabled: 'no', isDefaultForDimension: 'no' };
const goodBidList = { bidListId: 'b1', isEnabled: true, isDefaultForDimension: false };
const bidLists = (n: number) =>
  Array.from({ length: n }, (_, i) => (i % 3 === 0 ? badBidList : goodBidList));

const bodies: [string, OperationId, unknown][] = [
  [
    'a bulk of good and bad items, and a bad flag beside them',
    'bulkCreateCampaigns',
    {
      validateInputOnly: 'yes',
      input: Array.from({ length: 250 }, (_, i) =>
        i % 7 === 0 ? { primaryInput: { name: 3 } } : campaignInput(`c${i}`),
      ),
    },
  ],
  [
    'a bulk whose items hold long arrays, some in short ones',
    'bulkCreateAdGroups',
    {
      input: Array.from({ length: 130 }, (_, i) => ({
        campaignId: i % 2 ? 'c' : 7,
        primaryInput: {
          ...adGroupPrimary(`g${i}`),
          associatedBidLists: bidLists(i % 5 === 0 ? 200 : 3),
        },
      })),
    },
  ],
  [
    'one ad group with a long array nested in it',
    'createAdGroup',
    { campaignId: 'c', primaryInput: { ...adGroupPrimary(), associatedBidLists: bidLists(300) } },
  ],
  [
    'an array body of good and bad ids',
    'archiveAdGroups',
    Array.from({ length: 1_000 }, (_, i) => (i % 4 ? `adg${i}` : i)),
  ],
  ['a long array where an object belongs', 'createCampaign', { primaryInput: bidLists(100) }],
  ['a body too short to slice', 'bulkCreateCampaigns', { input: [{ primaryInput: {} }] }],
];

describe('validateBounded', () => {
  for (const [what, operationId, body] of bodies) {
    it(`finds exactly the issues of one whole validation: ${what}`, async () => {
      const whole = wholeIssues(operationId, body);
      expect(whole.length).toBeGreaterThan(0);
      expect(await boundedIssues(operationId, body)).toEqual(whole);
    });
  }

  it('finds nothing in a valid body with long arrays', async () => {
    const body = { input: Array.from({ length: 200 }, (_, i) => campaignInput(`c${i}`)) };
    expect(wholeIssues('bulkCreateCampaigns', body)).toEqual([]);
    expect(await boundedIssues('bulkCreateCampaigns', body)).toEqual([]);
  });

  it(`never gives the validators more than ${SLICE_ITEMS} items of an array the schema takes item by item`, async () => {
    // An array where an object belongs is one type error: the validators do not look into it.
    for (const [what, operationId, body] of bodies.filter(([, op]) => op !== 'createCampaign')) {
      calls.mockClear();
      await boundedIssues(operationId, body);
      const longest = Math.max(...calls.mock.calls.map(([, value]) => longestArray(value)));
      expect(longest, what).toBeLessThanOrEqual(SLICE_ITEMS);
    }
  });
});

describe('the sandbox validates a body with long arrays in slices', () => {
  it(`so no validation sees more than ${SLICE_ITEMS} items of one array`, async () => {
    const sb = createSandbox();
    const a = await call(sb, 'bulkCreateCampaigns', {
      body: { input: Array.from({ length: 1_000 }, () => ({ primaryInput: {} })) },
    });
    expect(a.status).toBe(400);
    expect((a.body as { omittedErrorCount: number }).omittedErrorCount).toBeGreaterThan(1_000);
    const longest = Math.max(...calls.mock.calls.map(([, value]) => longestArray(value)));
    expect(longest).toBeLessThanOrEqual(SLICE_ITEMS);
  });

  it('and answers other requests between slices', async () => {
    const sb = createSandbox();
    const order: string[] = [];
    const big = call(sb, 'archiveAdGroups', { body: Array.from({ length: 20_000 }, () => 1) });
    const bigDone = big.then((a) => order.push(`archive ${a.status}`));
    // Its turn comes once the handler gives one: the big body is read and parsed by then.
    const small = new Promise((resolve) => setImmediate(resolve)).then(async () => {
      const a = await call(sb, 'getCampaignVersion', { params: { id: 'nope' } });
      order.push(`version ${a.status}`);
    });
    await Promise.all([bigDone, small]);
    expect(order).toEqual(['version 404', 'archive 400']);
  });
});
