import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ALLOWED_DEVIATIONS,
  checkContract,
  formatDifference,
} from '../src/contract/compare-contract.js';
import { type JsonObject, loadSpec } from '../src/load-spec.js';
import { contractFile, specFile } from './helpers.js';

let spec: JsonObject;
let table: JsonObject;

beforeAll(async () => {
  spec = (await loadSpec(specFile)).document;
  table = JSON.parse(await readFile(contractFile, 'utf8')) as JsonObject;
});

const schemaOf = (doc: JsonObject, name: string) =>
  (doc.components as { schemas: Record<string, JsonObject> }).schemas[name] as JsonObject & {
    properties: Record<string, JsonObject>;
  };

function unexpectedAfter(edit: (doc: JsonObject) => void): string[] {
  const copy = structuredClone(spec);
  edit(copy);
  // Sorted, so the assertions state the set of differences, not the walk order.
  return checkContract(copy, table).unexpected.map(formatDifference).sort();
}

describe('spec vs the wire contract fact table', () => {
  it('has no difference but the ones allowed on purpose', () => {
    const { allowed, unexpected } = checkContract(spec, table);
    expect(unexpected.map(formatDifference), 'differences from the contract').toEqual([]);
    expect(allowed.map((d) => d.where)).toEqual(ALLOWED_DEVIATIONS.map((d) => d.where));
  });

  it('covers the whole contract', () => {
    const counts = table.counts as { operations: number; schemas: number; paths: number };
    const paths = spec.paths as Record<string, Record<string, unknown>>;
    const operations = Object.values(paths).flatMap((item) => Object.keys(item));
    expect(Object.keys(paths)).toHaveLength(counts.paths);
    expect(operations).toHaveLength(counts.operations);
    expect(Object.keys((spec.components as { schemas: object }).schemas)).toHaveLength(
      counts.schemas,
    );
  });

  it('names the exact place when a property format changes', () => {
    const diffs = unexpectedAfter((doc) => {
      const id = schemaOf(doc, 'BulkJobStatusResponse').properties.id as JsonObject;
      id.format = 'int32';
    });
    expect(diffs).toEqual([
      'schemas.BulkJobStatusResponse.properties.id.format: contract says "int64", spec says "int32"',
    ]);
  });

  it('catches a dropped nullable, a renamed property and an enum change', () => {
    const diffs = unexpectedAfter((doc) => {
      const bj = schemaOf(doc, 'BulkJobStatusResponse');
      delete (bj.properties.url as JsonObject).nullable;
      bj.properties.raw_result = bj.properties.rawResult as JsonObject;
      delete bj.properties.rawResult;
      (schemaOf(doc, 'WorkflowStatus').enum as string[]).push('Cancelled');
    });
    expect(diffs).toEqual([
      'schemas.BulkJobStatusResponse.properties.rawResult: contract says "present", spec says nothing',
      'schemas.BulkJobStatusResponse.properties.raw_result: contract says nothing, spec says "present"',
      'schemas.BulkJobStatusResponse.properties.url.nullable: contract says true, spec says nothing',
      'schemas.WorkflowStatus.enum: contract says ["InProgress","Failure","Success","PartialSuccess"], spec says ["InProgress","Failure","Success","PartialSuccess","Cancelled"]',
    ]);
  });

  it('catches a required field, a parameter default, a status code and a media type', () => {
    const diffs = unexpectedAfter((doc) => {
      const paths = doc.paths as Record<string, Record<string, JsonObject>>;
      const archive = paths['/campaign/archive']?.post as JsonObject;
      const param = (archive.parameters as JsonObject[])[0] as { schema: JsonObject };
      param.schema.default = true;
      const status = paths['/bulkjob/{id}/status']?.get as { responses: Record<string, unknown> };
      status.responses['202'] = status.responses['200'];
      delete status.responses['200'];
      const create = paths['/campaign']?.post as {
        requestBody: { content: Record<string, unknown> };
      };
      create.requestBody.content['text/plain'] = create.requestBody.content['application/json'];
      delete create.requestBody.content['application/json'];
      (schemaOf(doc, 'BulkJobSubmitResponse').required as string[]).length = 0;
    });
    expect(diffs).toEqual([
      'operations[GET /bulkjob/{id}/status].responses.200: contract says "present", spec says nothing',
      'operations[GET /bulkjob/{id}/status].responses.202: contract says nothing, spec says "present"',
      'operations[POST /campaign/archive].parameters.query:forceArchive.schema.default: contract says false, spec says true',
      'operations[POST /campaign].requestBody.content: contract says {"application/json":{"schemaRef":"#/components/schemas/CampaignCreateWorkflowInputWithValidation"}}, spec says {"text/plain":{"schemaRef":"#/components/schemas/CampaignCreateWorkflowInputWithValidation"}}',
      'schemas.BulkJobSubmitResponse.properties.id.isRequired: contract says true, spec says false',
      'schemas.BulkJobSubmitResponse.required: contract says ["id"], spec says nothing',
    ]);
  });

  it('catches a removed operation, a changed server and a changed auth header', () => {
    const diffs = unexpectedAfter((doc) => {
      const paths = doc.paths as Record<string, Record<string, unknown>>;
      delete paths['/pubapi'];
      (doc.servers as JsonObject[])[1] = {
        url: 'https://example.test/workflows',
        'x-server-id': 'sandbox',
      };
      const schemes = (doc.components as { securitySchemes: Record<string, JsonObject> })
        .securitySchemes;
      (schemes['TTD-Auth'] as JsonObject).name = 'Authorization';
    });
    expect(diffs).toEqual([
      'operations.POST /pubapi: contract says "present", spec says nothing',
      'security.schemes.TTD-Auth.name: contract says "TTD-Auth", spec says "Authorization"',
      'servers.sandbox.url: contract says "https://ext-api.sb.thetradedesk.com/workflows", spec says "https://example.test/workflows"',
    ]);
  });

  it('still reports the allowed deviation if it changes shape', () => {
    const diffs = unexpectedAfter((doc) => {
      schemaOf(doc, 'ProblemDetails').additionalProperties = false;
    });
    expect(diffs).toEqual([
      'schemas.ProblemDetails.additionalProperties: contract says {"type":"object"}, spec says false',
    ]);
  });
});
