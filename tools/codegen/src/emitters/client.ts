import { generatedHeader } from '../header.js';
import { isIdentifier } from '../identifier.js';
import { AND_WAIT_SUFFIX, JOB_KINDS, JOB_SCHEMAS, type JobKind } from '../job-kinds.js';
import type { JsonObject } from '../json.js';
import type { OperationModel, ParameterModel, SpecModel } from '../model.js';
import type { Emitter } from '../pipeline.js';
import { operationPointer, SpecRefusal, schemaPointer } from '../spec-refusal.js';
import type { GeneratedFile } from '../write-files.js';

export const CLIENT_OUT_DIR = 'packages/client/src/generated';

export { AND_WAIT_SUFFIX, type JobKind } from '../job-kinds.js';

/** How a row of the runtime table says which job an operation submits. */
export const JOB_KIND_CODE: Record<JobKind, 1 | 2> = { standard: 1, graphQl: 2 };

/** Names a resource group reserves for hand-written helpers (see `bulk-jobs.ts`). */
const RESERVED_METHODS = new Set(['waitFor', 'result']);
/** Top-level client members that a group name must not shadow. */
const RESERVED_GROUPS = new Set(['raw', 'use', 'eject', 'options']);
/** Per-call option names of the runtime (the members of the client's `AndWaitOptions`, held to them by test/reserved-options.test.ts); query parameters share that options object. */
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
  'maxResponseBytes',
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
  /** The job the operation queues, if it queues one. */
  submitsJob: JobKind | undefined;
  /**
   * 2xx statuses of a job-submitting operation whose body is the outcome itself: the API
   * did the work at once and queued no job (`PATCH /standardjob/campaign/bulk` answers 200).
   */
  answeredAtOnce: number[];
}

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
  if (p.in !== 'path' && p.in !== 'query') {
    return;
  }
  const what = `${p.in} parameter "${p.name}"`;
  if (p.hasContent) {
    fail(`${what} is described by content, not schema; the client cannot send it`);
  }
  const [style, explode] = p.in === 'path' ? ['simple', false] : ['form', true];
  if ((p.style ?? style) !== style || (p.explode ?? explode) !== explode) {
    fail(`${what} must use style ${style} with explode ${explode}, the client's only encoding`);
  }
  const { type, items } = p.schema;
  const itemType =
    items && typeof items === 'object' ? (items as { type?: unknown }).type : undefined;
  const scalar = SCALAR_TYPES.has(type as string | undefined);
  if (
    !(
      scalar ||
      (p.in === 'query' && type === 'array' && SCALAR_TYPES.has(itemType as string | undefined))
    )
  ) {
    fail(
      `${what} has type ${JSON.stringify(type)}; the client sends ${p.in === 'path' ? 'scalars' : 'scalars or arrays of scalars'} only`,
    );
  }
}

/** The model's facts of one operation, checked for everything the client runtime relies on. */
function toClientOperation(op: OperationModel): ClientOperation {
  const fail = (why: string): never => {
    throw new SpecRefusal(`client emitter: ${where(op)}: ${why}`, operationPointer(op));
  };
  if (!isIdentifier(op.group)) {
    fail(`x-speakeasy-group "${op.group}" is not a JS identifier`);
  }
  if (!isIdentifier(op.name)) {
    fail(`x-speakeasy-name-override "${op.name}" is not a JS identifier`);
  }
  if (RESERVED_GROUPS.has(op.group)) {
    fail(`group "${op.group}" would shadow client.${op.group}`);
  }
  if (RESERVED_METHODS.has(op.name)) {
    fail(`method name "${op.name}" is reserved for the bulk-job helpers`);
  }
  for (const q of op.parameters.filter((p) => p.in === 'query')) {
    if (RESERVED_OPTIONS.has(q.name)) {
      fail(`query parameter "${q.name}" clashes with the per-call option of the same name`);
    }
  }
  const header = op.parameters.find((p) => p.in === 'header');
  if (header) {
    fail(`header parameter "${header.name}" is not supported by the client`);
  }
  for (const p of op.parameters) {
    checkSerializable(p, fail);
  }

  const declared = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  for (const name of op.pathParams) {
    if (!isIdentifier(name)) {
      fail(`path parameter "${name}" is not a JS identifier`);
    }
    if (!declared.includes(name)) {
      fail(`path parameter {${name}} is not declared`);
    }
  }
  for (const name of declared) {
    if (!op.pathParams.includes(name)) {
      fail(`path parameter "${name}" is not in the path`);
    }
  }

  if (op.requestBody && !op.requestBody.contentTypes.includes('application/json')) {
    fail(
      `request body must accept application/json (has ${op.requestBody.contentTypes.join(', ')})`,
    );
  }
  if (op.successStatuses.length === 0) {
    fail('has no 2xx response');
  }
  // The GraphQL helpers turn a submit answer without a job into an error: an operation that
  // answers at once by design would need a path of its own there.
  if (op.submitsJob === 'graphQl' && op.immediateStatuses.length > 0) {
    fail(
      `mixes ${JOB_SCHEMAS.graphQl.submit} with other 2xx answers (${op.immediateStatuses.join(', ')}); the GraphQL bulk-job helpers expect a job every time`,
    );
  }

  return {
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    group: op.group,
    name: op.name,
    pathParams: op.pathParams,
    queryParams: op.parameters.filter((p) => p.in === 'query').map((p) => p.name),
    hasBody: op.hasBody,
    successStatuses: op.successStatuses,
    submitsJob: op.submitsJob,
    answeredAtOnce: op.immediateStatuses,
  };
}

/** The operation table of the client, checked for everything the runtime relies on. */
export function clientOperations(model: SpecModel): ClientOperation[] {
  const keyed = JOB_KINDS.flatMap((kind) => [JOB_SCHEMAS[kind].submit, JOB_SCHEMAS[kind].status]);
  const missing = keyed.filter((name) => !model.schemaNames.includes(name));
  if (missing.length > 0) {
    throw new SpecRefusal(
      `client emitter: components.schemas has no ${missing.join(', ')}; the job helpers key on these names (renamed in the spec? rename them in tools/codegen/src/emitters/client.ts too)`,
      '/components/schemas',
    );
  }
  const ops = model.operations.map(toClientOperation);
  const seen = new Map<string, string>();
  for (const op of ops) {
    const names = [op.name, ...(op.submitsJob ? [op.name + AND_WAIT_SUFFIX] : [])];
    for (const name of names) {
      const key = `${op.group}.${name}`;
      const other = seen.get(key);
      if (other) {
        throw new SpecRefusal(
          `client emitter: ${key} is produced by both ${other} and ${op.operationId}; change x-speakeasy-name-override`,
          `${operationPointer(op)}/x-speakeasy-name-override`,
        );
      }
      seen.set(key, op.operationId);
    }
  }
  return ops;
}

/** The operation answering with the status of a `kind` job: what its `waitFor` polls. */
function statusOperation(model: SpecModel, ops: ClientOperation[], kind: JobKind): ClientOperation {
  const { submit, status } = JOB_SCHEMAS[kind];
  if (!ops.some((o) => o.submitsJob === kind)) {
    throw new SpecRefusal(
      `client emitter: no operation answers with ${submit}, so the client would have no ${kind} job helpers`,
      '/paths',
    );
  }
  const found = model.operations.filter((op) => op.pollsJob === kind);
  if (found.length === 0) {
    throw new SpecRefusal(
      `client emitter: operations answer with ${submit} but none answers with ${status}, so jobs cannot be polled`,
      '/paths',
    );
  }
  if (found.length > 1) {
    throw new SpecRefusal(
      `client emitter: several operations answer with ${status} (${found.map((o) => o.operationId).join(', ')}); the poller needs exactly one`,
      operationPointer(found[1] as OperationModel),
    );
  }
  const op = ops.find((o) => o.operationId === found[0]?.operationId) as ClientOperation;
  if (op.method !== 'GET' || op.pathParams.length !== 1) {
    throw new SpecRefusal(
      `client emitter: ${op.operationId} answers with ${status} but is not a GET with exactly one path parameter (the job id)`,
      operationPointer(op),
    );
  }
  return op;
}

/** The values of the status enum of a `kind` job but the running ones, which the enum must have. */
function finalStatuses(model: SpecModel, kind: JobKind): string[] {
  const { statusEnum: enumName, running } = JOB_SCHEMAS[kind];
  const statusEnum = model.enums.find((e) => e.name === enumName);
  if (!statusEnum) {
    throw new SpecRefusal(
      `client emitter: components.schemas.${enumName} is missing or not an enum`,
      schemaPointer(enumName),
    );
  }
  const absent = running.filter((v) => !statusEnum.values.includes(v));
  if (absent.length > 0) {
    throw new SpecRefusal(
      `client emitter: ${enumName} has no ${absent.map((v) => `"${v}"`).join(', ')} value, so a running job cannot be told apart`,
      schemaPointer(enumName, 'enum'),
    );
  }
  return statusEnum.values.map(String).filter((v) => !running.includes(v));
}

/** A standard job in one of these `WorkflowStatus` values has finished. */
export const terminalStatuses = (model: SpecModel): string[] => finalStatuses(model, 'standard');

/** A GraphQL bulk job in one of these `BulkJobStatus` values has finished. */
export const graphQlBulkJobTerminalStatuses = (model: SpecModel): string[] =>
  finalStatuses(model, 'graphQl');

/** The status operation of each kind of job; each hosts its kind's `waitFor` and `result`. */
function statusOperations(model: SpecModel, ops: ClientOperation[]) {
  const standard = statusOperation(model, ops, 'standard');
  const graphQl = statusOperation(model, ops, 'graphQl');
  if (standard.group === graphQl.group) {
    throw new SpecRefusal(
      `client emitter: ${standard.operationId} and ${graphQl.operationId} are both in group "${standard.group}", which can hold the waitFor and result helpers of one kind of job only`,
      `${operationPointer(graphQl)}/x-speakeasy-group`,
    );
  }
  return { standard, graphQl };
}

/** A 2xx schema that bounds nothing: an object of any members (a passthrough's answer). */
const isFreeForm = (schema: JsonObject | undefined): boolean =>
  schema?.type === 'object' && schema.additionalProperties === true && !schema.properties;

/**
 * Operations whose answers the spec does not bound in size, which the client reads with a
 * larger default limit than other JSON answers: the status operation of each kind of job
 * (its answer may carry the job's result inline, in `rawResult`) and the operations that
 * answer with a free-form object (the GraphQL and REST passthroughs).
 */
export function largeAnswerOperations(model: SpecModel, ops: ClientOperation[]): string[] {
  const status = statusOperations(model, ops);
  const large = new Set([
    status.standard.operationId,
    status.graphQl.operationId,
    ...model.operations
      .filter((op) => successResponses(op).some((r) => isFreeForm(r.schema)))
      .map((op) => op.operationId),
  ]);
  return ops.map((o) => o.operationId).filter((id) => large.has(id));
}

function serverTable(model: SpecModel): Record<string, string> {
  if (model.servers.length === 0) {
    throw new SpecRefusal(
      'client emitter: the spec lists no servers; add servers with x-server-id',
      '/servers',
    );
  }
  const out: Record<string, string> = {};
  for (const [i, s] of model.servers.entries()) {
    if (s.id in out) {
      throw new SpecRefusal(
        `client emitter: server id "${s.id}" is used twice`,
        `/servers/${i}/x-server-id`,
      );
    }
    if (!/^https?:\/\//.test(s.url)) {
      throw new SpecRefusal(
        `client emitter: server "${s.id}" has url "${s.url}", not absolute http(s)`,
        `/servers/${i}/url`,
      );
    }
    out[s.id] = s.url.replace(/\/+$/, '');
  }
  return out;
}

const literal = (v: unknown) => JSON.stringify(v).replace(/"/g, "'");

function emitOperationsFile(model: SpecModel, ops: ClientOperation[]): string {
  if (!model.authHeader) {
    throw new SpecRefusal(
      'client emitter: the spec has no apiKey security scheme sent in a header',
      '/components/securitySchemes',
    );
  }
  const servers = serverTable(model);
  const firstServer = model.servers[0]?.id as string;
  const status = statusOperations(model, ops);
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
        o.submitsJob ? JOB_KIND_CODE[o.submitsJob] : 0,
        // Only on the rows that have some: most rows end at the job kind.
        ...(o.answeredAtOnce.length > 0 ? [o.answeredAtOnce] : []),
      ]
        .map(literal)
        .join(', ')}],`,
  );
  return [
    generatedHeader(model),
    "import type { OperationRow } from '../operation.js';",
    '',
    '/**',
    ' * Every operation: id, method, path, group, name, path params, query params, has body, the job',
    ' * it submits (0 none, 1 a standard job, 2 a GraphQL bulk job) and, on job-submitting rows that',
    ' * have some, the 2xx statuses that answer at once without queuing a job.',
    ' */',
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
    `/** Every ${JOB_SCHEMAS.standard.statusEnum} value but ${JOB_SCHEMAS.standard.running.map(literal).join(', ')}: a standard job in one of these has finished. */`,
    `export const terminalStatuses: readonly string[] = ${literal(terminalStatuses(model))};`,
    '',
    `/** Every ${JOB_SCHEMAS.graphQl.statusEnum} value but ${JOB_SCHEMAS.graphQl.running.map(literal).join(', ')}: a GraphQL bulk job in one of these has finished. */`,
    `export const graphQlBulkJobTerminalStatuses: readonly string[] = ${literal(graphQlBulkJobTerminalStatuses(model))};`,
    '',
    `/** Suffix of the submit-wait-result convenience of every job-submitting operation. */`,
    `export const andWaitSuffix = ${literal(AND_WAIT_SUFFIX)};`,
    '',
    `/** The operation \`${status.standard.group}.waitFor\` polls. */`,
    `export const statusOperationId = ${literal(status.standard.operationId)};`,
    '',
    `/** The operation \`${status.graphQl.group}.waitFor\` polls. */`,
    `export const graphQlStatusOperationId = ${literal(status.graphQl.operationId)};`,
    '',
    '/** Operations whose answers the spec does not bound (job statuses with inline results, passthroughs): read with a larger default limit. */',
    `export const largeAnswerOperations: readonly string[] = ${literal(largeAnswerOperations(model, ops))};`,
    '',
  ].join('\n');
}

const opType = (id: string) => `operations[${literal(id)}]`;

/** Client types (in packages/client/src/types.ts) of each kind of job. */
const JOB_TYPES: Record<
  JobKind,
  { helpers: string; outcome: string; waitOptions: string; id: string | undefined }
> = {
  standard: {
    helpers: 'BulkJobsHelpers',
    outcome: 'BulkJobOutcome',
    waitOptions: 'AndWaitOptions',
    id: undefined,
  },
  graphQl: {
    helpers: 'GraphQlBulkJobsHelpers',
    outcome: 'GraphQlBulkJobOutcome',
    waitOptions: 'AndWaitOptions<GraphQlBulkJob>',
    id: 'GraphQlBulkJobId',
  },
};

function andWaitSignature(o: ClientOperation, kind: JobKind, args: string[], query: string) {
  const { outcome, waitOptions } = JOB_TYPES[kind];
  const atOnce = o.answeredAtOnce.map(
    (s) => `ImmediateOutcome<ResponseBody<${opType(o.operationId)}['responses'][${s}]>>`,
  );
  const doc =
    atOnce.length === 0
      ? `Submits with \`${o.name}\`, waits until the job is finished and fetches its result.`
      : `Submits with \`${o.name}\`. A queued job is waited for and its result fetched; an answer with ${o.answeredAtOnce.join(' or ')}, where the API did the work at once, comes back as an \`ImmediateOutcome\` (\`status: null\`).`;
  return [
    `  /** ${doc} */`,
    `  ${o.name}${AND_WAIT_SUFFIX}(${[...args, `options?: ${waitOptions}${query}`].join(', ')}): Promise<${[outcome, ...atOnce].join(' | ')}>;`,
  ];
}

/**
 * `idType`: the id parameter's type on a status operation, wider than the spec's where the
 * API's own answers carry the id in another type (a GraphQL bulk job's id is an int64, its
 * path parameter a string).
 */
function methodSignature(o: ClientOperation, idType?: string): string[] {
  const args = o.pathParams.map(
    (name) =>
      `${name}: ${idType ?? `${opType(o.operationId)}['parameters']['path'][${literal(name)}]`}`,
  );
  if (o.hasBody) {
    args.push(`body?: OperationBody<${literal(o.operationId)}>`);
  }
  const query = o.queryParams.length
    ? ` & NonNullable<${opType(o.operationId)}['parameters']['query']>`
    : '';
  const result = `OperationSuccessResponse<${literal(o.operationId)}>`;
  const doc = `  /** \`${o.method} ${o.path}\` (${o.operationId}). */`;
  const lines = [
    doc,
    `  ${o.name}(${[...args, `options?: RequestOptions${query}`].join(', ')}): APIPromise<${result}>;`,
  ];
  if (o.submitsJob) {
    lines.push(...andWaitSignature(o, o.submitsJob, args, query));
  }
  return lines;
}

const groupTypeName = (group: string) =>
  `${group.charAt(0).toUpperCase()}${group.slice(1)}Resource`;

function emitResourcesFile(model: SpecModel, ops: ClientOperation[]): string {
  const status = statusOperations(model, ops);
  const helpersOf = new Map(JOB_KINDS.map((kind) => [status[kind].group, JOB_TYPES[kind].helpers]));
  const idTypeOf = new Map(JOB_KINDS.map((kind) => [status[kind].operationId, JOB_TYPES[kind].id]));
  const groups = [...new Set(ops.map((o) => o.group))].sort();
  // Imported only when used: the generated file is type-checked with noUnusedLocals.
  const atOnce = ops.some((o) => o.answeredAtOnce.length > 0);
  const typeImports = [
    'GraphQlBulkJob',
    'OperationBody',
    'OperationSuccessResponse',
    'operations',
    ...(atOnce ? ['ResponseBody'] : []),
  ];
  const clientImports = [
    'AndWaitOptions',
    'APIPromise',
    ...JOB_KINDS.flatMap((kind) => {
      const { helpers, outcome, id } = JOB_TYPES[kind];
      return id ? [helpers, outcome, id] : [helpers, outcome];
    }),
    ...(atOnce ? ['ImmediateOutcome'] : []),
    'RequestOptions',
  ].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  const lines = [
    generatedHeader(model),
    `import type { ${typeImports.join(', ')} } from '@workflows-api/types';`,
    `import type { ${clientImports.join(', ')} } from '../types.js';`,
    '',
  ];
  for (const group of groups) {
    const helpers = helpersOf.get(group);
    lines.push(`export interface ${groupTypeName(group)}${helpers ? ` extends ${helpers}` : ''} {`);
    for (const o of ops.filter((x) => x.group === group)) {
      lines.push(...methodSignature(o, idTypeOf.get(o.operationId)));
    }
    lines.push('}', '');
  }
  lines.push('/** One member per `x-speakeasy-group`. */', 'export interface WorkflowsResources {');
  for (const group of groups) {
    lines.push(`  ${group}: ${groupTypeName(group)};`);
  }
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
