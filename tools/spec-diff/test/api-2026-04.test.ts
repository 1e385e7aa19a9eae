import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Change } from '../src/classify.js';
import { valueAt } from '../src/json.js';
import { main } from '../src/main.js';
import type { Doc } from './helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// The spec of the 2025-06-17 API as the repository had it before the move to
// 2026-04 (committed: CI clones may be too shallow to read it from git).
const seedSpec = path.join(here, 'fixtures/openapi-2025-06-17.yaml');
const currentSpec = path.resolve(here, '../../../spec/openapi.yaml');

let changes: Change[];
let bump: string;
let before: Doc;
let after: Doc;

beforeAll(async () => {
  const result = await main([seedSpec, currentSpec, '--json'], here);
  expect(result.code).toBe(0);
  ({ bump, changes } = JSON.parse(result.stdout) as { bump: string; changes: Change[] });
  before = parse(await readFile(seedSpec, 'utf8'));
  after = parse(await readFile(currentSpec, 'utf8'));
});

const at = (pointer: string) => changes.filter((c) => c.pointer === pointer);
const describeChange = (c: Change) => `${c.pointer}  ${c.class}  ${c.message}`;

describe('the 2025-06-17 API against the 2026-04-24 API', () => {
  it('is a major change', () => {
    expect(bump).toBe('major');
  });

  it('lists every job endpoint that changed address as a move, with its operationId', () => {
    const moves = changes
      .filter((c) => c.kind === 'moved')
      .map((c) => {
        const id = (valueAt(after, c.pointer) as Doc).operationId;
        // Paired by operationId: the old operation had the same one.
        expect((valueAt(before, c.from as string) as Doc).operationId).toBe(id);
        return [id, c.message.replace(/^operation "[^"]+" moved /, ''), c.class];
      });
    expect(moves).toEqual([
      ['postGraphQLRequest', 'from POST /graphql-request to POST /graphqlrequest', 'major'],
      ['callPubApi', 'from POST /pubapi to POST /restrequest', 'major'],
      ['bulkCreateAdGroups', 'from POST /adgroup/bulk to POST /standardjob/adgroup/bulk', 'major'],
      [
        'bulkUpdateAdGroups',
        'from PATCH /adgroup/bulk to PATCH /standardjob/adgroup/bulk',
        'major',
      ],
      [
        'bulkCreateCampaigns',
        'from POST /campaign/bulk to POST /standardjob/campaign/bulk',
        'major',
      ],
      [
        'bulkUpdateCampaigns',
        'from PATCH /campaign/bulk to PATCH /standardjob/campaign/bulk',
        'major',
      ],
      [
        'submitFirstPartyDataJob',
        'from POST /bulkjob/firstpartydata to POST /standardjob/firstpartydata',
        'major',
      ],
      [
        'submitThirdPartyDataJob',
        'from POST /bulkjob/thirdpartydata to POST /standardjob/thirdpartydata',
        'major',
      ],
      [
        'getBulkJobStatus',
        'from GET /bulkjob/{id}/status to GET /standardjob/{id}/status',
        'major',
      ],
    ]);
  });

  it('reports no path as removed, and only the GraphQL bulk job paths as added', () => {
    const paths = changes
      .filter((c) => /^path (removed|added)/.test(c.message))
      .map(describeChange);
    expect(paths).toEqual([
      '/paths/~1graphqlbulkjob~1{id}  minor  path added (GET)',
      '/paths/~1graphqlbulkqueryjob  minor  path added (POST)',
    ]);
  });

  it('adds the GraphQL bulk job operations and their schemas', () => {
    expect(valueAt(after, '/paths/~1graphqlbulkqueryjob/post/operationId')).toBe(
      'submitGraphQlBulkQueryJob',
    );
    expect(valueAt(after, '/paths/~1graphqlbulkjob~1{id}/get/operationId')).toBe(
      'getGraphQlBulkJobStatus',
    );
    for (const name of [
      'GraphQlQueryJobInput',
      'GraphQlBulkJobResponse',
      'GraphQLBulkJobRetrievalResponse',
      'GraphQlBulkJob',
      'BulkJobStatus',
    ]) {
      expect(at(`/components/schemas/${name}`).map(describeChange)).toEqual([
        `/components/schemas/${name}  minor  schema "${name}" added`,
      ]);
    }
  });

  it('reports the schemas named in x-former-names as renames, not as removals', () => {
    const renames = changes
      .filter((c) => c.kind === 'renamed')
      .map((c) => [c.from, c.pointer, c.class]);
    expect(renames).toEqual([
      [
        '/components/schemas/CallPubApiWorkflowInput',
        '/components/schemas/CallRestApiWorkflowInput',
        'major',
      ],
      ['/components/schemas/PubApiMethodType', '/components/schemas/RestApiMethodType', 'major'],
      [
        '/components/schemas/BulkJobStatusResponse',
        '/components/schemas/StandardJobStatusResponse',
        'major',
      ],
      [
        '/components/schemas/BulkJobSubmitResponse',
        '/components/schemas/StandardJobSubmitResponse',
        'major',
      ],
    ]);
    for (const [from] of renames) {
      expect(at(from as string)).toEqual([]);
    }
    // Same fields under the new name: only their descriptions changed.
    const inside = renames.flatMap(([, pointer]) =>
      changes.filter((c) => c.kind === undefined && c.pointer.startsWith(`${pointer}/`)),
    );
    expect(inside.map((c) => [c.pointer.replace(/^.*\//, ''), c.class])).toEqual(
      renames.map(() => ['description', 'patch']),
    );
  });

  it('reports the narrowed campaign update inputs as breaking', () => {
    const budget = '/components/schemas/CampaignUpdateWorkflowPrimaryInput/properties/budget';
    const removedFromBudget = [
      'budgetInAdvertiserCurrency',
      'budgetInImpressions',
      'dailyTargetInAdvertiserCurrency',
      'dailyTargetInImpressions',
    ];
    for (const name of removedFromBudget) {
      expect(at(`${budget}/properties/${name}`)).toEqual([
        {
          pointer: `${budget}/properties/${name}`,
          class: 'major',
          message: `property "${name}" removed`,
        },
      ]);
    }
    const advanced = '/components/schemas/CampaignUpdateWorkflowInput/properties/advancedInput';
    expect(at(`${advanced}/properties/flights`)).toEqual([
      {
        pointer: `${advanced}/properties/flights`,
        class: 'major',
        message: 'property "flights" removed',
      },
    ]);
    expect(at(`${budget}/properties/pacingMode`)).toEqual([]);
    expect(at(`${advanced}/properties/purchaseOrderNumber`)).toEqual([]);
  });

  it('reports ResultsExpired as a new value of a response enum', () => {
    expect(at('/components/schemas/WorkflowStatus/enum')).toEqual([
      {
        pointer: '/components/schemas/WorkflowStatus/enum',
        class: 'major',
        message: 'enum value "ResultsExpired" added (response)',
      },
    ]);
  });

  it('reports the new 200 answers of campaign create and campaign bulk update', () => {
    for (const pointer of [
      '/paths/~1campaign/post/responses/200',
      '/paths/~1standardjob~1campaign~1bulk/patch/responses/200',
    ]) {
      expect(at(pointer).map(describeChange)).toEqual([
        `${pointer}  major  success response 200 added`,
      ]);
    }
  });
});
