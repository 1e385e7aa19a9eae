import { generatedHeader } from '../header.js';
import type { OperationModel, SpecModel } from '../model.js';
import { SpecRefusal } from '../spec-refusal.js';

/** A TypeScript literal of JSON-shaped `value`, single-quoted like the rest of the code. */
const literal = (value: unknown) => JSON.stringify(value).replace(/"/g, "'");

/** An object key: bare when it is an identifier, quoted otherwise. */
const key = (name: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : literal(name));

function row(op: OperationModel): string {
  const queryParams = op.parameters
    .filter((p) => p.in === 'query')
    .map((p) => `${key(p.name)}: ${p.required}`);
  const fields = [
    `id: ${literal(op.operationId)}`,
    `method: ${literal(op.method)}`,
    `path: ${literal(op.path)}`,
    `group: ${literal(op.group)}`,
    `name: ${literal(op.name)}`,
    `pathParams: ${literal(op.pathParams)}`,
    `queryParams: {${queryParams.length > 0 ? ` ${queryParams.join(', ')} ` : ''}}`,
    `hasBody: ${op.hasBody}`,
    `submitsJob: ${op.submitsJob === undefined ? 'null' : literal(op.submitsJob)}`,
    `immediateStatuses: ${literal(op.immediateStatuses)}`,
    `statuses: ${literal(op.responses.map((r) => r.status))}`,
  ];
  return `  ${key(op.operationId)}: { ${fields.join(', ')} },`;
}

/**
 * `@workflows-api/types/operations`: one row per operation with the facts the model derives,
 * plus the auth header and the servers, so that every runtime reads them from one table.
 */
export function emitOperationTable(model: SpecModel): string {
  if (model.authHeader === undefined) {
    throw new SpecRefusal(
      'types emitter: the spec has no apiKey security scheme sent in a header',
      '/components/securitySchemes',
    );
  }
  if (model.servers.length === 0) {
    throw new SpecRefusal('types emitter: the spec lists no servers', '/servers');
  }
  const servers = model.servers.map((s) => `  ${key(s.id)}: ${literal(s.url)},`);
  return [
    generatedHeader(model),
    "import type { OperationId } from '../helpers.js';",
    "import type { OperationInfo } from '../operation-info.js';",
    '',
    '/** Every operation, by operationId (sorted). */',
    'export const operationTable = {',
    ...model.operations.map(row),
    '} as const satisfies { readonly [K in OperationId]: OperationInfo & { readonly id: K } };',
    'export type OperationTable = typeof operationTable;',
    '',
    '/** The header that carries the API key. */',
    `export const authHeader = ${literal(model.authHeader)};`,
    '',
    '/** Base URLs as the spec writes them, by `x-server-id`; the first is the default. */',
    'export const servers = {',
    ...servers,
    '} as const;',
    'export type ServerId = keyof typeof servers;',
    `export const defaultServer: ServerId = ${literal(model.servers[0]?.id)};`,
    '',
  ].join('\n');
}
