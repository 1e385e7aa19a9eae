import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ALLOWED_DEVIATIONS,
  checkContract,
  formatDifference,
} from '../src/contract/compare-contract.js';
import { type JsonObject, loadSpec } from '../src/load-spec.js';
import { contractFile, repoRoot, specFile } from './helpers.js';

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
      const id = schemaOf(doc, 'StandardJobStatusResponse').properties.id as JsonObject;
      id.format = 'int32';
    });
    expect(diffs).toEqual([
      'schemas.StandardJobStatusResponse.properties.id.format: contract says "int64", spec says "int32"',
    ]);
  });

  it('catches a dropped nullable, a renamed property and enum changes', () => {
    const diffs = unexpectedAfter((doc) => {
      delete (schemaOf(doc, 'StandardJobStatusResponse').properties.url as JsonObject).nullable;
      // The wire spells this one in PascalCase; "fixing" it would break the wire.
      const roi = schemaOf(doc, 'CampaignWorkflowROIGoalInput');
      roi.properties.newBuyerTargetValue = roi.properties.NewBuyerTargetValue as JsonObject;
      delete roi.properties.NewBuyerTargetValue;
      // The two job state enums mixed up.
      (schemaOf(doc, 'WorkflowStatus').enum as string[]).push('Queued');
      (schemaOf(doc, 'BulkJobStatus').enum as string[]).shift();
    });
    expect(diffs).toEqual([
      'schemas.BulkJobStatus.enum: contract says ["Queued","InProgress","PartialSuccess","Failure","Success","Cancelled"], spec says ["InProgress","PartialSuccess","Failure","Success","Cancelled"]',
      'schemas.CampaignWorkflowROIGoalInput.properties.NewBuyerTargetValue: contract says "present", spec says nothing',
      'schemas.CampaignWorkflowROIGoalInput.properties.newBuyerTargetValue: contract says nothing, spec says "present"',
      'schemas.StandardJobStatusResponse.properties.url.nullable: contract says true, spec says nothing',
      'schemas.WorkflowStatus.enum: contract says ["InProgress","Failure","Success","PartialSuccess","ResultsExpired"], spec says ["InProgress","Failure","Success","PartialSuccess","ResultsExpired","Queued"]',
    ]);
  });

  it('catches a required field, a parameter default, a status code and a media type', () => {
    const diffs = unexpectedAfter((doc) => {
      const paths = doc.paths as Record<string, Record<string, JsonObject>>;
      const archive = paths['/campaign/archive']?.post as JsonObject;
      const param = (archive.parameters as JsonObject[])[0] as { schema: JsonObject };
      param.schema.default = true;
      const status = paths['/standardjob/{id}/status']?.get as {
        responses: Record<string, unknown>;
      };
      status.responses['202'] = status.responses['200'];
      delete status.responses['200'];
      const create = paths['/campaign']?.post as {
        requestBody: { content: Record<string, unknown> };
      };
      create.requestBody.content['text/plain'] = create.requestBody.content['application/json'];
      delete create.requestBody.content['application/json'];
      (schemaOf(doc, 'StandardJobSubmitResponse').required as string[]).length = 0;
    });
    expect(diffs).toEqual([
      'operations[GET /standardjob/{id}/status].responses.200: contract says "present", spec says nothing',
      'operations[GET /standardjob/{id}/status].responses.202: contract says nothing, spec says "present"',
      'operations[POST /campaign/archive].parameters.query:forceArchive.schema.default: contract says false, spec says true',
      'operations[POST /campaign].requestBody.content: contract says {"application/json":{"schemaRef":"#/components/schemas/CampaignCreateWorkflowInputWithValidation"}}, spec says {"text/plain":{"schemaRef":"#/components/schemas/CampaignCreateWorkflowInputWithValidation"}}',
      'schemas.StandardJobSubmitResponse.properties.id.isRequired: contract says true, spec says false',
      'schemas.StandardJobSubmitResponse.required: contract says ["id"], spec says nothing',
    ]);
  });

  it('catches a nullable field no longer required and a dropped success status', () => {
    const diffs = unexpectedAfter((doc) => {
      const job = schemaOf(doc, 'GraphQlBulkJob');
      job.required = (job.required as string[]).filter((r) => r !== 'runtimeErrors');
      const paths = doc.paths as Record<string, Record<string, JsonObject>>;
      const create = paths['/campaign']?.post as { responses: Record<string, unknown> };
      delete create.responses['200'];
    });
    expect(diffs).toEqual([
      'operations[POST /campaign].responses.200: contract says "present", spec says nothing',
      'schemas.GraphQlBulkJob.properties.runtimeErrors.isRequired: contract says true, spec says false',
      'schemas.GraphQlBulkJob.required: contract says ["createdAt","id","runtimeErrors","status"], spec says ["createdAt","id","status"]',
    ]);
  });

  it('catches the campaign update widened back to its pre-2026-02 shape', () => {
    const diffs = unexpectedAfter((doc) => {
      schemaOf(doc, 'CampaignUpdateWorkflowBudgetInput').properties.budgetInAdvertiserCurrency = {
        type: 'number',
        format: 'double',
      };
      schemaOf(doc, 'CampaignUpdateWorkflowAdvancedInput').properties.flights = {
        type: 'array',
        nullable: true,
        items: { $ref: '#/components/schemas/CampaignWorkflowFlightInput' },
      };
    });
    expect(diffs).toEqual([
      'schemas.CampaignUpdateWorkflowAdvancedInput.properties.flights: contract says nothing, spec says "present"',
      'schemas.CampaignUpdateWorkflowBudgetInput.properties.budgetInAdvertiserCurrency: contract says nothing, spec says "present"',
    ]);
  });

  it('catches a seed-era path and schema name', () => {
    const diffs = unexpectedAfter((doc) => {
      const paths = doc.paths as Record<string, unknown>;
      paths['/bulkjob/{id}/status'] = paths['/standardjob/{id}/status'];
      delete paths['/standardjob/{id}/status'];
      const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
      schemas.BulkJobStatusResponse = schemas.StandardJobStatusResponse;
      delete schemas.StandardJobStatusResponse;
    });
    expect(diffs).toEqual([
      'operations.GET /bulkjob/{id}/status: contract says nothing, spec says "present"',
      'operations.GET /standardjob/{id}/status: contract says "present", spec says nothing',
      'schemas.BulkJobStatusResponse: contract says nothing, spec says "present"',
      'schemas.StandardJobStatusResponse: contract says "present", spec says nothing',
    ]);
  });

  it('catches a removed operation, a changed server and a changed auth header', () => {
    const diffs = unexpectedAfter((doc) => {
      const paths = doc.paths as Record<string, Record<string, unknown>>;
      delete paths['/restrequest'];
      (doc.servers as JsonObject[])[1] = {
        url: 'https://example.test/workflows',
        'x-server-id': 'sandbox',
      };
      const schemes = (doc.components as { securitySchemes: Record<string, JsonObject> })
        .securitySchemes;
      (schemes['TTD-Auth'] as JsonObject).name = 'Authorization';
    });
    expect(diffs).toEqual([
      'operations.POST /restrequest: contract says "present", spec says nothing',
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

describe('one truth: the contract test reads the 2026-04 table and no other', () => {
  it('the table kept beside the spec, of the API date the spec states', async () => {
    expect(path.relative(repoRoot, contractFile).split(path.sep).join('/')).toBe(
      'spec/contract/workflows-api-contract.json',
    );
    const date = (table.meta as { apiVersionDate?: unknown }).apiVersionDate;
    expect(date).toBe('2026-04-24');
    const [firstLine] = (await readFile(specFile, 'utf8')).split('\n');
    expect(firstLine).toContain(`as of ${String(date)}`);
  });

  it('holds none of the seed-era schema names or paths', () => {
    const schemas = (spec.components as { schemas: Record<string, JsonObject> }).schemas;
    const formerNames = Object.values(schemas).flatMap((s) =>
      Array.isArray(s['x-former-names']) ? (s['x-former-names'] as string[]) : [],
    );
    expect(formerNames.length).toBeGreaterThan(0);
    const tableSchemas = Object.keys(table.schemas as JsonObject);
    expect(formerNames.filter((n) => tableSchemas.includes(n))).toEqual([]);
    const keys = (table.operations as { key: string }[]).map((o) => o.key);
    expect(keys.filter((k) => /\/(bulkjob|pubapi|graphql-request)(\/|$)/.test(k))).toEqual([]);
    expect(keys).toContain('GET /standardjob/{id}/status');
  });

  it('no other fact table is in the repository, and no input of the test points outside it', async () => {
    const run = promisify(execFile);
    const { stdout } = await run('git', ['ls-files', '-z'], { cwd: repoRoot });
    const tracked = stdout.split('\0').filter(Boolean);
    const tables: string[] = [];
    for (const file of tracked.filter((f) => f.endsWith('.json'))) {
      let doc: unknown;
      try {
        doc = JSON.parse(await readFile(path.join(repoRoot, file), 'utf8'));
      } catch {
        continue; // Not JSON (e.g. a tsconfig with comments): not a fact table either.
      }
      const meta = (doc as { meta?: { factTableVersion?: unknown } } | null)?.meta;
      if (meta?.factTableVersion !== undefined) {
        tables.push(file);
      }
    }
    expect(tables).toEqual(['spec/contract/workflows-api-contract.json']);

    // The seed-era table lived outside the repository and could be swapped in by
    // an environment variable; neither may come back into the contract test's inputs.
    const self = path
      .relative(repoRoot, fileURLToPath(import.meta.url))
      .split(path.sep)
      .join('/');
    const inputs = tracked.filter(
      (f) => (f.startsWith('tools/codegen/') || f.startsWith('spec/')) && f !== self,
    );
    expect(inputs).toContain('tools/codegen/test/helpers.ts');
    const pointers: string[] = [];
    for (const file of inputs) {
      const text = await readFile(path.join(repoRoot, file), 'utf8');
      for (const needle of ['shared/reference', 'WORKFLOWS_CONTRACT']) {
        if (text.includes(needle)) {
          pointers.push(`${file}: ${needle}`);
        }
      }
    }
    expect(pointers).toEqual([]);
  });
});
