import type {
  BulkJobStatusResponse,
  BulkJobSubmitResponse,
  CampaignPayload,
  CampaignVersionWorkflow,
} from '@workflows-api/types';
import { describe, expectTypeOf, it } from 'vitest';
import { type APIPromise, type BulkJobOutcome, createWorkflowsClient } from '../src/index.js';

// Checked by `tsc` (the typecheck script); the bodies never run against a server.
const client = createWorkflowsClient({ auth: 'k', server: 'http://127.0.0.1:1' });
const never = <T>(f: () => T) => void f;

describe('method signatures come from @workflows-api/types', () => {
  it('types results, positional path params, bodies and query options', () => {
    never(() => {
      expectTypeOf(client.bulkJobs.getStatus(1)).toEqualTypeOf<APIPromise<BulkJobStatusResponse>>();
      expectTypeOf(
        client.campaigns.getVersion('c1'),
      ).resolves.toEqualTypeOf<CampaignVersionWorkflow>();
      expectTypeOf(client.campaigns.create({} as never)).resolves.toEqualTypeOf<CampaignPayload>();
      expectTypeOf(client.campaigns.bulkCreate()).resolves.toEqualTypeOf<BulkJobSubmitResponse>();
      expectTypeOf(
        client.campaigns.archive(['a'], { forceArchive: true, timeoutMs: 5 }),
      ).resolves.toEqualTypeOf<string[]>();
      expectTypeOf(client.adGroups.bulkCreateAndWait()).resolves.toEqualTypeOf<BulkJobOutcome>();
      // @ts-expect-error the job id is an integer
      client.bulkJobs.getStatus('1');
      // @ts-expect-error archive takes a list of ids
      client.campaigns.archive('a');
      // @ts-expect-error forceArchive is a boolean
      client.campaigns.archive(['a'], { forceArchive: 'yes' });
      // @ts-expect-error only archive has the forceArchive query parameter
      client.campaigns.create(undefined, { forceArchive: true });
      // @ts-expect-error there is no such operation
      client.campaigns.delete();
    });
  });
});

describe('client.raw is typed as openapi-fetch', () => {
  it('types paths, params and data', () => {
    never(async () => {
      const { data } = await client.raw.GET('/bulkjob/{id}/status', {
        params: { path: { id: 1 } },
      });
      expectTypeOf(data).toEqualTypeOf<BulkJobStatusResponse | undefined>();
      // @ts-expect-error the path parameter is required
      await client.raw.GET('/bulkjob/{id}/status', {});
      // @ts-expect-error there is no such path
      await client.raw.GET('/nope');
    });
  });
});
