import { beforeAll, describe, expect, it } from 'vitest';
import {
  CLIENT_OUT_DIR,
  clientEmitter,
  clientOperations,
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
    expect(ops).toHaveLength(16);
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
      submitsBulkJob: false,
    });
    expect(ops.find((o) => o.operationId === 'getBulkJobStatus')).toMatchObject({
      pathParams: ['id'],
      hasBody: false,
    });
    expect(
      ops
        .filter((o) => o.submitsBulkJob)
        .map((o) => `${o.group}.${o.name}`)
        .sort(),
    ).toEqual([
      'adGroups.bulkCreate',
      'adGroups.bulkUpdate',
      'bulkJobs.submitFirstPartyData',
      'bulkJobs.submitThirdPartyData',
      'campaigns.bulkCreate',
      'campaigns.bulkUpdate',
    ]);
  });

  it('takes the terminal statuses from the WorkflowStatus enum', () => {
    expect(terminalStatuses(model)).toEqual(['Failure', 'Success', 'PartialSuccess']);
    const more = modelAfter((d) => {
      d.components.schemas.WorkflowStatus.enum.push('Cancelled');
    });
    expect(terminalStatuses(more)).toContain('Cancelled');
  });

  it('emits servers, auth header, retry policy and typed groups, deterministically', () => {
    const files = emit(model);
    expect(files.map((f) => f.path)).toEqual([
      `${CLIENT_OUT_DIR}/operations.ts`,
      `${CLIENT_OUT_DIR}/resources.ts`,
    ]);
    for (const f of files) expect(f.contents).toContain(GENERATED_MARKER);
    const [ops, resources] = files.map((f) => f.contents) as [string, string];
    expect(ops).toContain(
      "export const servers = {'prod':'https://api.thetradedesk.com/workflows','sandbox':'https://ext-api.sb.thetradedesk.com/workflows'} as const;",
    );
    // The runtime reads rows by position; 2xx statuses are not part of them (unused at runtime).
    expect(ops).toContain(
      "['archiveCampaigns', 'POST', '/campaign/archive', 'campaigns', 'archive', [], ['forceArchive'], 1, 0],",
    );
    expect(ops).toContain(
      "['getBulkJobStatus', 'GET', '/bulkjob/{id}/status', 'bulkJobs', 'getStatus', ['id'], [], 0, 0],",
    );
    expect(ops).toContain("export const authHeader = 'TTD-Auth';");
    expect(ops).toContain('initialIntervalMs: 500, maxIntervalMs: 60000');
    expect(ops).toContain('export const retriesByDefault = true;');
    expect(ops).toContain("export const statusOperationId = 'getBulkJobStatus';");
    expect(resources).toContain('export interface BulkJobsResource extends BulkJobsHelpers {');
    expect(resources).toContain(
      "archive(body?: OperationBody<'archiveCampaigns'>, options?: RequestOptions & NonNullable<operations['archiveCampaigns']['parameters']['query']>)",
    );
    expect(resources).toContain(
      "getStatus(id: operations['getBulkJobStatus']['parameters']['path']['id'], options?: RequestOptions)",
    );
    expect(resources).toContain('bulkCreateAndWait(');
    expect(emit(model)).toEqual(files);
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
        d.paths['/bulkjob/{id}/status'].get.parameters[0].schema = {
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
      'jobs that cannot be polled',
      (d) => {
        delete d.paths['/bulkjob/{id}/status'];
      },
      /none answers with BulkJobStatusResponse/,
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
