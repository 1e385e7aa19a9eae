import { generatedHeader } from '../header.js';
import type { JsonObject } from '../load-spec.js';
import type { OperationModel, ParameterModel, SpecModel } from '../model.js';
import type { Emitter } from '../pipeline.js';
import type { GeneratedFile } from '../write-files.js';

export const CLIENT_OUT_DIR = 'packages/client/src/generated';

/** Schema names the bulk-job helpers key on; a rename in the spec must fail here, loudly. */
const SUBMIT_SCHEMA = 'BulkJobSubmitResponse';
const STATUS_SCHEMA = 'BulkJobStatusResponse';
const STATUS_ENUM = 'WorkflowStatus';
const RUNNING_STATUS = 'InProgress';
/** Suffix of the submit-wait-result convenience of every job-submitting operation. */
export const AND_WAIT_SUFFIX = 'AndWait';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Names a resource group reserves for hand-written helpers (see `bulk-jobs.ts`). */
const RESERVED_METHODS = new Set(['waitFor', 'result']);
/** Top-level client members that a group name must not shadow. */
const RESERVED_GROUPS = new Set(['raw', 'use', 'eject', 'options']);
/** Per-call option names of the runtime; query parameters share that options object. */
export const RESERVED_OPTIONS = new Set([
  'signal',
  'timeoutMs',
  'headers',
  'retries',
  'retryNonIdempotent',
  'intervalMs',
  'maxIntervalMs',
  'onProgress',
  'waitTimeoutMs',
  'maxBytes',
]);

export interface ClientOperation {
  operationId: string;
  method: string;
  path: string;
  group: string;
  name: string;
  pathParams: string[];
  queryParams: string[];
  hasBody: boolean;
  successStatuses: number[];
  submitsBulkJob: boolean;
}

const refName = (schema: JsonObject | undefined): string | undefined => {
  const ref = schema?.$ref;
  return typeof ref === 'string' && ref.startsWith('#/components/schemas/')
    ? ref.slice('#/components/schemas/'.length)
    : undefined;
};

const where = (op: OperationModel) => `operation ${op.operationId} (${op.method} ${op.path})`;

function successResponses(op: OperationModel) {
  return op.responses.filter((r) => /^2\d\d$/.test(r.status));
}

const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean', undefined]);

/**
 * The client writes path and query values itself (path: simple style; query: form style,
 * arrays exploded), exactly as openapi-fetch does by default. Anything else would reach the
 * wire differently depending on whether the call went through middleware: refuse it.
 */
function checkSerializable(p: ParameterModel, fail: (why: string) => never): void {
  if (p.in !== 'path' && p.in !== 'query') return;
  const what = `${p.in} parameter "${p.name}"`;
  if (p.hasContent) fail(`${what} is described by content, not schema; the client cannot send it`);
  const [style, explode] = p.in === 'path' ? ['simple', false] : ['form', true];
  if ((p.style ?? style) !== style || (p.explode ?? explode) !== explode)
    fail(`${what} must use style ${style} with explode ${explode}, the client's only encoding`);
  const { type, items } = p.schema;
  const itemType =
    items && typeof items === 'object' ? (items as { type?: unknown }).type : undefined;
  const scalar = SCALAR_TYPES.has(type as string | undefined);
  if (
    !(
      scalar ||
      (p.in === 'query' && type === 'array' && SCALAR_TYPES.has(itemType as string | undefined))
    )
  )
    fail(
      `${what} has type ${JSON.stringify(type)}; the client sends ${p.in === 'path' ? 'scalars' : 'scalars or arrays of scalars'} only`,
    );
}

function toClientOperation(op: OperationModel): ClientOperation {
  const fail = (why: string): never => {
    throw new Error(`client emitter: ${where(op)}: ${why}`);
  };
  if (!IDENTIFIER.test(op.group)) fail(`x-speakeasy-group "${op.group}" is not a JS identifier`);
  if (!IDENTIFIER.test(op.name))
    fail(`x-speakeasy-name-override "${op.name}" is not a JS identifier`);
  if (RESERVED_GROUPS.has(op.group)) fail(`group "${op.group}" would shadow client.${op.group}`);
  if (RESERVED_METHODS.has(op.name))
    fail(`method name "${op.name}" is reserved for the bulk-job helpers`);
  for (const q of op.parameters.filter((p) => p.in === 'query'))
    if (RESERVED_OPTIONS.has(q.name))
      fail(`query parameter "${q.name}" clashes with the per-call option of the same name`);
  const header = op.parameters.find((p) => p.in === 'header');
  if (header) fail(`header parameter "${header.name}" is not supported by the client`);
  for (const p of op.parameters) checkSerializable(p, fail);

  // Positional arguments follow the order of the placeholders in the path template.
  const placeholders = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const declared = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  for (const name of placeholders) {
    if (!IDENTIFIER.test(name)) fail(`path parameter "${name}" is not a JS identifier`);
    if (!declared.includes(name)) fail(`path parameter {${name}} is not declared`);
  }
  for (const name of declared)
    if (!placeholders.includes(name)) fail(`path parameter "${name}" is not in the path`);

  if (op.requestBody && !op.requestBody.contentTypes.includes('application/json'))
    fail(
      `request body must accept application/json (has ${op.requestBody.contentTypes.join(', ')})`,
    );
  const success = successResponses(op);
  if (success.length === 0) fail('has no 2xx response');
  const submits = success.some((r) => refName(r.schema) === SUBMIT_SCHEMA);
  if (submits && success.some((r) => r.schema && refName(r.schema) !== SUBMIT_SCHEMA))
    fail(`mixes ${SUBMIT_SCHEMA} with other 2xx bodies`);

  return {
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    group: op.group,
    name: op.name,
    pathParams: placeholders,
    queryParams: op.parameters.filter((p) => p.in === 'query').map((p) => p.name),
    hasBody: op.requestBody !== undefined,
    successStatuses: success.map((r) => Number(r.status)),
    submitsBulkJob: submits,
  };
}

/** The operation table of the client, checked for everything the runtime relies on. */
export function clientOperations(model: SpecModel): ClientOperation[] {
  const ops = model.operations.map(toClientOperation);
  const seen = new Map<string, string>();
  for (const op of ops) {
    const names = [op.name, ...(op.submitsBulkJob ? [op.name + AND_WAIT_SUFFIX] : [])];
    for (const name of names) {
      const key = `${op.group}.${name}`;
      const other = seen.get(key);
      if (other)
        throw new Error(
          `client emitter: ${key} is produced by both ${other} and ${op.operationId}; change x-speakeasy-name-override`,
        );
      seen.set(key, op.operationId);
    }
  }
  return ops;
}

/** The operation answering with the bulk job status, which `waitFor` polls. */
function statusOperation(model: SpecModel, ops: ClientOperation[]): ClientOperation | undefined {
  const found = model.operations.filter((op) =>
    successResponses(op).some((r) => refName(r.schema) === STATUS_SCHEMA),
  );
  if (found.length === 0) {
    if (ops.some((o) => o.submitsBulkJob))
      throw new Error(
        `client emitter: operations answer with ${SUBMIT_SCHEMA} but none answers with ${STATUS_SCHEMA}, so jobs cannot be polled`,
      );
    return undefined;
  }
  if (found.length > 1)
    throw new Error(
      `client emitter: several operations answer with ${STATUS_SCHEMA} (${found.map((o) => o.operationId).join(', ')}); the poller needs exactly one`,
    );
  const op = ops.find((o) => o.operationId === found[0]?.operationId) as ClientOperation;
  if (op.method !== 'GET' || op.pathParams.length !== 1)
    throw new Error(
      `client emitter: ${op.operationId} answers with ${STATUS_SCHEMA} but is not a GET with exactly one path parameter (the job id)`,
    );
  return op;
}

export function terminalStatuses(model: SpecModel): string[] {
  const statusEnum = model.enums.find((e) => e.name === STATUS_ENUM);
  if (!statusEnum)
    throw new Error(`client emitter: components.schemas.${STATUS_ENUM} is missing or not an enum`);
  if (!statusEnum.values.includes(RUNNING_STATUS))
    throw new Error(
      `client emitter: ${STATUS_ENUM} has no "${RUNNING_STATUS}" value, so a running job cannot be told apart`,
    );
  return statusEnum.values.filter((v) => v !== RUNNING_STATUS).map(String);
}

function serverTable(model: SpecModel): Record<string, string> {
  if (model.servers.length === 0)
    throw new Error('client emitter: the spec lists no servers; add servers with x-server-id');
  const out: Record<string, string> = {};
  for (const s of model.servers) {
    if (s.id in out) throw new Error(`client emitter: server id "${s.id}" is used twice`);
    if (!/^https?:\/\//.test(s.url))
      throw new Error(`client emitter: server "${s.id}" has url "${s.url}", not absolute http(s)`);
    out[s.id] = s.url.replace(/\/+$/, '');
  }
  return out;
}

const literal = (v: unknown) => JSON.stringify(v).replace(/"/g, "'");

function emitOperationsFile(model: SpecModel, ops: ClientOperation[]): string {
  if (!model.authHeader)
    throw new Error('client emitter: the spec has no apiKey security scheme sent in a header');
  const servers = serverTable(model);
  const firstServer = model.servers[0]?.id as string;
  const status = statusOperation(model, ops);
  const p = model.retryPolicy;
  // Compact rows keep the table small in the browser bundle; `operation()` names the fields.
  const rows = ops.map(
    (o) =>
      `  [${[
        o.operationId,
        o.method,
        o.path,
        o.group,
        o.name,
        o.pathParams,
        o.queryParams,
        o.hasBody ? 1 : 0,
        o.submitsBulkJob ? 1 : 0,
      ]
        .map(literal)
        .join(', ')}],`,
  );
  return [
    generatedHeader(model),
    "import type { OperationRow } from '../operation.js';",
    '',
    '/** Every operation: id, method, path, group, name, path params, query params, has body, submits a bulk job. */',
    'export const operationRows: readonly OperationRow[] = [',
    ...rows,
    '];',
    '',
    '/** Base URLs by `x-server-id`; the first one is the default. */',
    `export const servers = ${literal(servers)} as const;`,
    'export type ServerId = keyof typeof servers;',
    `export const defaultServer: ServerId = ${literal(firstServer)};`,
    '',
    `export const authHeader = ${literal(model.authHeader)};`,
    '',
    '/** From the spec root `x-speakeasy-retries` (when it has none: off, with these as the base of per-call policies). */',
    `export const specRetryPolicy = { initialIntervalMs: ${p?.initialIntervalMs ?? 500}, maxIntervalMs: ${p?.maxIntervalMs ?? 60_000}, maxElapsedTimeMs: ${p?.maxElapsedTimeMs ?? 3_600_000}, exponent: ${p?.exponent ?? 1.5}, maxRetries: Infinity, statusCodes: ${literal(p?.statusCodes ?? ['5XX'])}, retryConnectionErrors: ${p?.retryConnectionErrors ?? true} };`,
    `export const retriesByDefault = ${p !== undefined};`,
    '',
    `/** Every ${STATUS_ENUM} value but ${literal(RUNNING_STATUS)}: a job in one of these has finished. */`,
    `export const terminalStatuses: readonly string[] = ${literal(terminalStatuses(model))};`,
    '',
    `/** Suffix of the submit-wait-result convenience of every job-submitting operation. */`,
    `export const andWaitSuffix = ${literal(AND_WAIT_SUFFIX)};`,
    '',
    '/** The operation `bulkJobs.waitFor` polls. */',
    `export const statusOperationId = ${status ? literal(status.operationId) : 'undefined'};`,
    '',
  ].join('\n');
}

const opType = (id: string) => `operations[${literal(id)}]`;

function methodSignature(o: ClientOperation): string[] {
  const args = o.pathParams.map(
    (name) => `${name}: ${opType(o.operationId)}['parameters']['path'][${literal(name)}]`,
  );
  if (o.hasBody) args.push(`body?: OperationBody<${literal(o.operationId)}>`);
  const query = o.queryParams.length
    ? ` & NonNullable<${opType(o.operationId)}['parameters']['query']>`
    : '';
  const result = `OperationSuccessResponse<${literal(o.operationId)}>`;
  const doc = `  /** \`${o.method} ${o.path}\` (${o.operationId}). */`;
  const lines = [
    doc,
    `  ${o.name}(${[...args, `options?: RequestOptions${query}`].join(', ')}): APIPromise<${result}>;`,
  ];
  if (o.submitsBulkJob) {
    lines.push(
      `  /** Submits with \`${o.name}\`, waits until the job is finished and fetches its result. */`,
      `  ${o.name}${AND_WAIT_SUFFIX}(${[...args, `options?: AndWaitOptions${query}`].join(', ')}): Promise<BulkJobOutcome>;`,
    );
  }
  return lines;
}

const groupTypeName = (group: string) =>
  `${group.charAt(0).toUpperCase()}${group.slice(1)}Resource`;

function emitResourcesFile(model: SpecModel, ops: ClientOperation[]): string {
  const status = statusOperation(model, ops);
  const groups = [...new Set(ops.map((o) => o.group))].sort();
  const lines = [
    generatedHeader(model),
    "import type { OperationBody, OperationSuccessResponse, operations } from '@workflows-api/types';",
    "import type { AndWaitOptions, APIPromise, BulkJobOutcome, BulkJobsHelpers, RequestOptions } from '../types.js';",
    '',
  ];
  for (const group of groups) {
    const helpers = status?.group === group ? ' extends BulkJobsHelpers' : '';
    lines.push(`export interface ${groupTypeName(group)}${helpers} {`);
    for (const o of ops.filter((x) => x.group === group)) lines.push(...methodSignature(o));
    lines.push('}', '');
  }
  lines.push('/** One member per `x-speakeasy-group`. */', 'export interface WorkflowsResources {');
  for (const group of groups) lines.push(`  ${group}: ${groupTypeName(group)};`);
  lines.push('}', '');
  return lines.join('\n');
}

export const clientEmitter: Emitter = {
  name: 'client',
  outDir: CLIENT_OUT_DIR,
  emit(model): GeneratedFile[] {
    const ops = clientOperations(model);
    return [
      { path: `${CLIENT_OUT_DIR}/operations.ts`, contents: emitOperationsFile(model, ops) },
      { path: `${CLIENT_OUT_DIR}/resources.ts`, contents: emitResourcesFile(model, ops) },
    ];
  },
};
