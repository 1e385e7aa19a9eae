import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  authHeader,
  defaultServer,
  operationTable,
  servers,
} from '../../../packages/types/src/generated/operation-table.js';
import { specFile } from './helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: the spec is read as plain YAML, independently of the model
type Doc = Record<string, any>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const submitSchemas: Record<string, string> = {
  '#/components/schemas/StandardJobSubmitResponse': 'standard',
  '#/components/schemas/GraphQlBulkJobResponse': 'graphQl',
};

/** Each operation of the spec as the table should say it, worked out from the YAML alone. */
async function expectedRows(): Promise<{ spec: Doc; rows: Record<string, unknown> }> {
  const spec = parse(await readFile(specFile, 'utf8')) as Doc;
  const rows: Record<string, unknown> = {};
  for (const [path, item] of Object.entries(spec.paths as Doc)) {
    for (const method of METHODS.filter((m) => m in item)) {
      const op = item[method];
      const params: Doc[] = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      const success = Object.entries(op.responses as Doc).filter(([s]) => /^2\d\d$/.test(s));
      const kindOf = (r: Doc) => submitSchemas[r.content?.['application/json']?.schema?.$ref];
      const submitsJob = success.map(([, r]) => kindOf(r)).find((k) => k !== undefined) ?? null;
      rows[op.operationId] = {
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        group: op['x-speakeasy-group'],
        name: op['x-speakeasy-name-override'],
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]),
        queryParams: Object.fromEntries(
          params.filter((p) => p.in === 'query').map((p) => [p.name, p.required === true]),
        ),
        hasBody: op.requestBody !== undefined,
        submitsJob,
        immediateStatuses: submitsJob
          ? success.filter(([, r]) => kindOf(r) === undefined).map(([s]) => Number(s))
          : [],
        statuses: Object.keys(op.responses),
      };
    }
  }
  return { spec, rows };
}

describe('the operation table of @workflows-api/types', () => {
  it('says what the spec says of every operation, and of no other', async () => {
    const { rows } = await expectedRows();
    expect(Object.keys(operationTable).sort()).toEqual(Object.keys(rows).sort());
    for (const [id, row] of Object.entries(operationTable)) {
      expect(row, id).toEqual(rows[id]);
    }
  });

  it('carries the auth header and the servers, the first the default', async () => {
    const { spec } = await expectedRows();
    const schemes = Object.values(spec.components.securitySchemes as Doc);
    expect(authHeader).toBe(schemes.find((s) => s.type === 'apiKey' && s.in === 'header')?.name);
    expect(servers).toEqual(
      Object.fromEntries((spec.servers as Doc[]).map((s) => [s['x-server-id'], s.url])),
    );
    expect(defaultServer).toBe(spec.servers[0]['x-server-id']);
  });

  it('marks the PATCH that may answer at once, and the GraphQL submit', () => {
    expect(operationTable.bulkUpdateCampaigns).toMatchObject({
      submitsJob: 'standard',
      immediateStatuses: [200],
    });
    expect(operationTable.submitGraphQlBulkQueryJob.submitsJob).toBe('graphQl');
  });
});
