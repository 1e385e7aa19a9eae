import { beforeAll, describe, expect, it } from 'vitest';
import {
  CLIENT_OUT_DIR,
  clientEmitter,
  clientOperations,
  graphQlBulkJobTerminalStatuses,
  largeAnswerOperations,
  terminalStatuses,
} from '../src/emitters/client.js';
import { GENERATED_MARKER } from '../src/header.js';
import { type LoadedSpec, loadSpec } from '../src/load-spec.js';
import { buildModel, type SpecModel } from '../src/model.js';
import { specFile } from './helpers.js';

let spec: LoadedSpec;
let model: SpecModel;
beforeAll(async () => {
  spec = await loadSpec(specFile);
  model = buildModel(spec, 'spec/openapi.yaml');
});

// biome-ignore lint/suspicious/noExplicitAny: the edits reach deep into an untyped copy of the spec
type Doc = Record<string, any>;
/** The model of a copy of the spec changed by `edit`. */
function modelAfter(edit: (doc: Doc) => void): SpecModel {
  const document = structuredClone(spec.document) as Doc;
  edit(document);
  return buildModel({ ...spec, document }, 'spec/openapi.yaml');
}
const emit = (m: SpecModel) => clientEmitter.emit(m) as { path: string; contents: string }[];

describe('client emitter', () => {
  it('derives the operation table from the spec', () => {
    const ops = clientOperations(model);
    expect(ops).toHaveLength(18);
    expect(ops.find((o) => o.operationId === 'archiveCampaigns')).toEqual({
      operationId: 'archiveCampaigns',
      method: 'POST',
      path: '/campaign/archive',
      group: 'campaigns',
      name: 'archive',
      pathParams: [],
      queryParams: ['forceArchive'],
      hasBody: true,
      successStatuses: [200],
      submitsJob: undefined,
      answeredAtOnce: [],
    });
    expect(ops.find((o) => o.operationId === 'getBulkJobStatus')).toMatchObject({
      path: '/standardjob/{id}/status',
      pathParams: ['id'],
      hasBody: false,
    });
    const submitting = (kind: string) =>
      ops
        .filter((o) => o.submitsJob === kind)
        .map((o) => `${o.group}.${o.name}`)
        .sort();
    expect(submitting('standard')).toEqual([
      'adGroups.bulkCreate',
      'adGroups.bulkUpdate',
      'bulkJobs.submitFirstPartyData',
      'bulkJobs.submitThirdPartyData',
      'campaigns.bulkCreate',
      'campaigns.bulkUpdate',
    ]);
    expect(submitting('graphQl')).toEqual(['graphQlBulkJobs.submit']);
  });

  it('keeps the 200 of PATCH /standardjob/campaign/bulk as an answer that queues no job', () => {
    const ops = clientOperations(model);
    expect(ops.find((o) => o.operationId === 'bulkUpdateCampaigns')).toMatchObject({
      successStatuses: [200, 202],
      submitsJob: 'standard',
      answeredAtOnce: [200],
    });
    expect(ops.filter((o) => o.answeredAtOnce.length > 0).map((o) => o.operationId)).toEqual([
      'bulkUpdateCampaigns',
    ]);
  });

  it('takes the terminal statuses from the WorkflowStatus enum', () => {
    expect(terminalStatuses(model)).toEqual([
      'Failure',
      'Success',
      'PartialSuccess',
      'ResultsExpired',
    ]);
    const more = modelAfter((d) => {
      d.components.schemas.WorkflowStatus.enum.push('Cancelled');
    });
    expect(terminalStatuses(more)).toContain('Cancelled');
  });

  it('takes the GraphQL bulk job terminal statuses from BulkJobStatus, without Queued and InProgress', () => {
    expect(graphQlBulkJobTerminalStatuses(model)).toEqual([
      'PartialSuccess',
      'Failure',
      'Success',
      'Cancelled',
    ]);
    const more = modelAfter((d) => {
      d.components.schemas.BulkJobStatus.enum.push('Expired');
    });
    expect(graphQlBulkJobTerminalStatuses(more)).toContain('Expired');
  });

  it('emits servers, auth header, retry policy and typed groups, deterministically', () => {
    const files = emit(model);
    expect(files.map((f) => f.path)).toEqual([
      `${CLIENT_OUT_DIR}/operations.ts`,
      `${CLIENT_OUT_DIR}/resources.ts`,
    ]);
    for (const f of files) {
      expect(f.contents).toContain(GENERATED_MARKER);
    }
    const [ops, resources] = files.map((f) => f.contents) as [string, string];
    expect(ops).toContain(
      "export const servers = {'prod':'https://api.thetradedesk.com/workflows','sandbox':'https://ext-api.sb.thetradedesk.com/workflows'} as const;",
    );
    // The runtime reads rows by position; 2xx statuses are not part of them (unused at runtime).
    expect(ops).toContain(
      "['archiveCampaigns', 'POST', '/campaign/archive', 'campaigns', 'archive', [], ['forceArchive'], 1, 0],",
    );
    expect(ops).toContain(
      "['getBulkJobStatus', 'GET', '/standardjob/{id}/status', 'bulkJobs', 'getStatus', ['id'], [], 0, 0],",
    );
    // Job kind 1 (standard), 2 (GraphQL bulk); the statuses that answer at once only where there are some.
    expect(ops).toContain(
      "['bulkCreateCampaigns', 'POST', '/standardjob/campaign/bulk', 'campaigns', 'bulkCreate', [], [], 1, 1],",
    );
    expect(ops).toContain(
      "['bulkUpdateCampaigns', 'PATCH', '/standardjob/campaign/bulk', 'campaigns', 'bulkUpdate', [], [], 1, 1, [200]],",
    );
    expect(ops).toContain(
      "['submitGraphQlBulkQueryJob', 'POST', '/graphqlbulkqueryjob', 'graphQlBulkJobs', 'submit', [], [], 1, 2],",
    );
    expect(ops).toContain(
      "export const terminalStatuses: readonly string[] = ['Failure','Success','PartialSuccess','ResultsExpired'];",
    );
    expect(ops).toContain(
      "export const graphQlBulkJobTerminalStatuses: readonly string[] = ['PartialSuccess','Failure','Success','Cancelled'];",
    );
    expect(ops).toContain("export const graphQlStatusOperationId = 'getGraphQlBulkJobStatus';");
    expect(ops).toContain("export const authHeader = 'TTD-Auth';");
    expect(ops).toContain('initialIntervalMs: 500, maxIntervalMs: 60000');
    expect(ops).toContain('export const retriesByDefault = true;');
    expect(ops).toContain("export const statusOperationId = 'getBulkJobStatus';");
    expect(resources).toContain('export interface BulkJobsResource extends BulkJobsHelpers {');
    expect(resources).toContain(
      'export interface GraphQlBulkJobsResource extends GraphQlBulkJobsHelpers {',
    );
    // The GraphQL status path takes a string; the API's job ids are int64 numbers: both go.
    expect(resources).toContain(
      "getStatus(id: GraphQlBulkJobId, options?: RequestOptions): APIPromise<OperationSuccessResponse<'getGraphQlBulkJobStatus'>>;",
    );
    expect(resources).toContain(
      "submitAndWait(body?: OperationBody<'submitGraphQlBulkQueryJob'>, options?: AndWaitOptions<GraphQlBulkJob>): Promise<GraphQlBulkJobOutcome>;",
    );
    expect(resources).toContain(
      "bulkUpdateAndWait(body?: OperationBody<'bulkUpdateCampaigns'>, options?: AndWaitOptions): Promise<BulkJobOutcome | ImmediateOutcome<ResponseBody<operations['bulkUpdateCampaigns']['responses'][200]>>>;",
    );
    expect(resources).toContain(
      "bulkCreateAndWait(body?: OperationBody<'bulkCreateCampaigns'>, options?: AndWaitOptions): Promise<BulkJobOutcome>;",
    );
    expect(resources).toContain(
      "archive(body?: OperationBody<'archiveCampaigns'>, options?: RequestOptions & NonNullable<operations['archiveCampaigns']['parameters']['query']>)",
    );
    expect(resources).toContain(
      "getStatus(id: operations['getBulkJobStatus']['parameters']['path']['id'], options?: RequestOptions)",
    );
    expect(resources).toContain('bulkCreateAndWait(');
    expect(emit(model)).toEqual(files);
  });

  it('marks the answers the spec does not bound: job statuses and free-form passthroughs', () => {
    expect(largeAnswerOperations(model, clientOperations(model))).toEqual([
      'callPubApi',
      'getBulkJobStatus',
      'getGraphQlBulkJobStatus',
      'postGraphQLRequest',
    ]);
    expect(emit(model)[0]?.contents).toContain(
      "export const largeAnswerOperations: readonly string[] = ['callPubApi','getBulkJobStatus','getGraphQlBulkJobStatus','postGraphQLRequest'];",
    );
    // An answer the spec gives a shape to is no longer unbounded.
    const shaped = modelAfter((d) => {
      d.paths['/graphqlrequest'].post.responses['200'].content['application/json'].schema = {
        $ref: '#/components/schemas/ProblemDetails',
      };
    });
    expect(largeAnswerOperations(shaped, clientOperations(shaped))).not.toContain(
      'postGraphQLRequest',
    );
  });

  it('turns retries off by default when the spec has no retry extension', () => {
    const none = modelAfter((d) => {
      delete d['x-speakeasy-retries'];
    });
    expect(emit(none)[0]?.contents).toContain('export const retriesByDefault = false;');
  });

  const rejects: [string, (d: Doc) => void, RegExp][] = [
    [
      'a method name that is not an identifier',
      (d) => {
        d.paths['/campaign'].post['x-speakeasy-name-override'] = 'create-one';
      },
      /createCampaign \(POST \/campaign\): x-speakeasy-name-override "create-one" is not a JS identifier/,
    ],
    [
      'two operations with the same client method',
      (d) => {
        d.paths['/campaign'].patch['x-speakeasy-name-override'] = 'create';
      },
      /campaigns\.create is produced by both createCampaign and updateCampaign/,
    ],
    [
      'a name clashing with a generated AndWait method',
      (d) => {
        d.paths['/campaign'].post['x-speakeasy-name-override'] = 'bulkCreateAndWait';
      },
      /campaigns\.bulkCreateAndWait is produced by both/,
    ],
    [
      'a query parameter named like a per-call option',
      (d) => {
        d.paths['/campaign/archive'].post.parameters[0].name = 'timeoutMs';
      },
      /archiveCampaigns .*query parameter "timeoutMs" clashes with the per-call option/,
    ],
    [
      'a query parameter named like the per-call size limit',
      (d) => {
        d.paths['/campaign/archive'].post.parameters[0].name = 'maxResponseBytes';
      },
      /archiveCampaigns .*query parameter "maxResponseBytes" clashes with the per-call option/,
    ],
    [
      'a header parameter',
      (d) => {
        d.paths['/campaign'].post.parameters = [
          { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
        ];
      },
      /createCampaign .*header parameter "X-Trace" is not supported/,
    ],
    [
      'a query parameter in a style the client does not write',
      (d) => {
        d.paths['/campaign/archive'].post.parameters[0].style = 'deepObject';
      },
      /archiveCampaigns .*query parameter "forceArchive" must use style form with explode true/,
    ],
    [
      'a query parameter that is an object',
      (d) => {
        d.paths['/campaign/archive'].post.parameters[0].schema = {
          type: 'object',
          properties: { a: { type: 'string' } },
        };
      },
      /archiveCampaigns .*query parameter "forceArchive" has type "object"/,
    ],
    [
      'a path parameter that is an array',
      (d) => {
        d.paths['/standardjob/{id}/status'].get.parameters[0].schema = {
          type: 'array',
          items: { type: 'integer' },
        };
      },
      /getBulkJobStatus .*path parameter "id" has type "array"; the client sends scalars only/,
    ],
    [
      'a parameter described by content',
      (d) => {
        const p = d.paths['/campaign/archive'].post.parameters[0];
        delete p.schema;
        p.content = { 'application/json': { schema: { type: 'boolean' } } };
      },
      /archiveCampaigns .*query parameter "forceArchive" is described by content/,
    ],
    [
      'a WorkflowStatus without InProgress',
      (d) => {
        d.components.schemas.WorkflowStatus.enum = ['Failure', 'Success'];
      },
      /WorkflowStatus has no "InProgress" value/,
    ],
    [
      'a BulkJobStatus without Queued and InProgress',
      (d) => {
        d.components.schemas.BulkJobStatus.enum = ['InProgress', 'Success', 'Failure'];
      },
      /BulkJobStatus has no "Queued" value, so a running job cannot be told apart/,
    ],
    [
      'jobs that cannot be polled',
      (d) => {
        delete d.paths['/standardjob/{id}/status'];
      },
      /none answers with StandardJobStatusResponse/,
    ],
    [
      'GraphQL bulk jobs that cannot be polled',
      (d) => {
        delete d.paths['/graphqlbulkjob/{id}'];
      },
      /none answers with GraphQLBulkJobRetrievalResponse/,
    ],
    [
      'a renamed job submit schema (the helpers would silently vanish)',
      (d) => {
        const s = d.components.schemas;
        s.JobSubmitAnswer = s.StandardJobSubmitResponse;
        delete s.StandardJobSubmitResponse;
        for (const item of Object.values(d.paths) as Doc[]) {
          for (const op of Object.values(item) as Doc[]) {
            for (const r of Object.values(op.responses ?? {}) as Doc[]) {
              const media = r.content?.['application/json'];
              if (media?.schema?.$ref === '#/components/schemas/StandardJobSubmitResponse') {
                media.schema.$ref = '#/components/schemas/JobSubmitAnswer';
              }
            }
          }
        }
      },
      /components\.schemas has no StandardJobSubmitResponse; the job helpers key on these names/,
    ],
    [
      'a renamed GraphQL status schema',
      (d) => {
        const s = d.components.schemas;
        s.GraphQlJobStatus = s.GraphQLBulkJobRetrievalResponse;
        delete s.GraphQLBulkJobRetrievalResponse;
        d.paths['/graphqlbulkjob/{id}'].get.responses['200'].content[
          'application/json'
        ].schema.$ref = '#/components/schemas/GraphQlJobStatus';
      },
      /components\.schemas has no GraphQLBulkJobRetrievalResponse/,
    ],
    [
      'a job schema no operation answers with',
      (d) => {
        delete d.paths['/graphqlbulkqueryjob'];
      },
      /no operation answers with GraphQlBulkJobResponse, so the client would have no graphQl job helpers/,
    ],
    [
      'a GraphQL submit that may also answer without a job',
      (d) => {
        d.paths['/graphqlbulkqueryjob'].post.responses['204'] = { description: 'Nothing to do.' };
      },
      /submitGraphQlBulkQueryJob .*mixes GraphQlBulkJobResponse with other 2xx answers \(204\)/,
    ],
    [
      'an operation answering with both kinds of job',
      (d) => {
        d.paths['/graphqlbulkqueryjob'].post.responses['202'] = {
          description: 'Queued.',
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/StandardJobSubmitResponse' },
            },
          },
        };
      },
      /submitGraphQlBulkQueryJob .*answers with both StandardJobSubmitResponse and GraphQlBulkJobResponse/,
    ],
    [
      'both status operations in one group',
      (d) => {
        d.paths['/graphqlbulkjob/{id}'].get['x-speakeasy-group'] = 'bulkJobs';
        d.paths['/graphqlbulkjob/{id}'].get['x-speakeasy-name-override'] = 'getGraphQlStatus';
      },
      /getBulkJobStatus and getGraphQlBulkJobStatus are both in group "bulkJobs"/,
    ],
    [
      'a server without an absolute URL',
      (d) => {
        d.servers[1].url = '/relative';
      },
      /server "sandbox" has url "\/relative"/,
    ],
  ];
  for (const [what, edit, message] of rejects) {
    it(`rejects ${what}, naming where`, () => {
      expect(() => emit(modelAfter(edit))).toThrow(message);
    });
  }
});
