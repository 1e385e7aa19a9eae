import type {
  CampaignPayload,
  CampaignVersionWorkflow,
  GraphQLBulkJobRetrievalResponse,
  GraphQlBulkJob,
  GraphQlBulkJobResponse,
  ProblemDetails as SpecProblemDetails,
  StandardJobStatusResponse,
  StandardJobSubmitResponse,
} from '@workflows-api/types';
import type { ValidationIssue as ValidatorsIssue } from '@workflows-api/validators';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type APIError,
  type APIErrorFields,
  type APIPromise,
  type BulkJobOutcome,
  type ConnectionError,
  createWorkflowsClient,
  defaultRetryPolicy,
  type GraphQlBulkJobOutcome,
  type ImmediateOutcome,
  type ProblemDetails,
  type RetryInfo,
  type RetryPolicy,
  type ValidationIssue,
} from '../src/index.js';

// A type test: vitest checks it with tsc (`typecheck` in the client's project) and never runs it.
const client = createWorkflowsClient({ auth: 'k', server: 'http://127.0.0.1:1' });

describe('method signatures come from @workflows-api/types', () => {
  it('types results, positional path params, bodies and query options', () => {
    expectTypeOf(client.bulkJobs.getStatus(1)).toEqualTypeOf<
      APIPromise<StandardJobStatusResponse>
    >();
    expectTypeOf(
      client.campaigns.getVersion('c1'),
    ).resolves.toEqualTypeOf<CampaignVersionWorkflow>();
    expectTypeOf(client.campaigns.create({} as never)).resolves.toEqualTypeOf<CampaignPayload>();
    expectTypeOf(client.campaigns.bulkCreate()).resolves.toEqualTypeOf<StandardJobSubmitResponse>();
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

  it('types the body as received next to the data', async () => {
    const { text } = await client.bulkJobs.getStatus(1).withResponse();
    expectTypeOf(text).toEqualTypeOf<string | undefined>();
  });
});

describe('an operation that may answer at once or queue a job', () => {
  it('campaigns.bulkUpdate is the union the spec gives; its AndWait tells the two apart by status', async () => {
    expectTypeOf(client.campaigns.bulkUpdate()).resolves.toEqualTypeOf<
      CampaignPayload | StandardJobSubmitResponse
    >();
    const outcome = await client.campaigns.bulkUpdateAndWait();
    expectTypeOf(outcome).toEqualTypeOf<BulkJobOutcome | ImmediateOutcome<CampaignPayload>>();
    if (outcome.status === null) {
      expectTypeOf(outcome.data).toEqualTypeOf<CampaignPayload>();
    } else {
      expectTypeOf(outcome.result).toEqualTypeOf<string | null>();
    }
  });
});

describe('GraphQL bulk jobs', () => {
  it('types submit, getStatus and the helpers', async () => {
    expectTypeOf(
      client.graphQlBulkJobs.submit({ query: '{ a }' }),
    ).resolves.toEqualTypeOf<GraphQlBulkJobResponse>();
    expectTypeOf(
      client.graphQlBulkJobs.getStatus('1'),
    ).resolves.toEqualTypeOf<GraphQLBulkJobRetrievalResponse>();
    // The id the API answers with is a number: it is taken as it is.
    client.graphQlBulkJobs.getStatus(1);
    expectTypeOf(client.graphQlBulkJobs.waitFor(1)).resolves.toEqualTypeOf<GraphQlBulkJob>();
    client.graphQlBulkJobs.waitFor('9007199254740993', {
      onProgress: (percent, job) => {
        expectTypeOf(percent).toEqualTypeOf<number | null>();
        expectTypeOf(job).toEqualTypeOf<GraphQlBulkJob>();
      },
    });
    expectTypeOf(
      client.graphQlBulkJobs.submitAndWait({ query: '{ a }' }),
    ).resolves.toEqualTypeOf<GraphQlBulkJobOutcome>();
    const job = await client.graphQlBulkJobs.waitFor(1);
    expectTypeOf(client.graphQlBulkJobs.result(job)).resolves.toEqualTypeOf<string | null>();
    client.graphQlBulkJobs.result(await client.graphQlBulkJobs.getStatus('1'));
    // @ts-expect-error the query is required
    client.graphQlBulkJobs.submit({});
  });
});

describe('client.raw is typed as openapi-fetch', () => {
  it('types paths, params and data', async () => {
    const { data } = await client.raw.GET('/standardjob/{id}/status', {
      params: { path: { id: 1 } },
    });
    expectTypeOf(data).toEqualTypeOf<StandardJobStatusResponse | undefined>();
    // @ts-expect-error the path parameter is required
    await client.raw.GET('/standardjob/{id}/status', {});
    // @ts-expect-error a path of the June 2025 API, gone since
    await client.raw.GET('/bulkjob/{id}/status', { params: { path: { id: 1 } } });
  });
});

describe('the options of the hardening', () => {
  it('types retries, onRetry, maxResponseBytes and job ids as strings of digits', async () => {
    createWorkflowsClient({
      auth: 'k',
      retries: 'spec',
      maxResponseBytes: 1024,
      onRetry: (info: RetryInfo) => {
        expectTypeOf(info.error).toEqualTypeOf<APIError | ConnectionError>();
        expectTypeOf(info.delayMs).toEqualTypeOf<number>();
      },
    });
    // @ts-expect-error 'spec' is the only policy named by a string
    createWorkflowsClient({ auth: 'k', retries: 'forever' });
    client.bulkJobs.getStatus(1, { retries: 'spec', maxResponseBytes: 2 ** 20 });
    // A standard job id beyond 2^53 travels as digits, as a GraphQL bulk job's does.
    expectTypeOf(
      client.bulkJobs.waitFor('9007199254740993'),
    ).resolves.toEqualTypeOf<StandardJobStatusResponse>();
    expectTypeOf(defaultRetryPolicy).toEqualTypeOf<RetryPolicy>();
  });
});

describe('the API facts of the errors come from the spec', () => {
  it('ProblemDetails is the spec schema, ValidationIssue what the validators report', () => {
    expectTypeOf<ProblemDetails>().toEqualTypeOf<SpecProblemDetails>();
    expectTypeOf<ValidationIssue>().toEqualTypeOf<ValidatorsIssue>();
  });

  it("an APIError carries the problem document's text members", () => {
    type TextMember = 'type' | 'title' | 'detail' | 'instance';
    expectTypeOf<Pick<APIErrorFields, TextMember>>().toEqualTypeOf<{
      [K in TextMember]?: NonNullable<ProblemDetails[K]>;
    }>();
  });
});
