import { JOB_KINDS, JOB_SCHEMAS, type JobKind } from './job-kinds.js';
import { type JsonObject, asObject as obj } from './json.js';
import type { LoadedSpec } from './load-spec.js';
import { SpecError } from './spec-error.js';
import { escapePointerToken, valueAt } from './spec-location.js';
import { specProblemAt } from './spec-problem.js';
import { walkOperations } from './walk-operations.js';

export {
  HTTP_METHODS,
  type HttpMethod,
  type OperationEntry,
  walkOperations,
} from './walk-operations.js';

/** What the emitters read from the spec, derived once from the loaded document. */
export interface ParameterModel {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description: string | undefined;
  /** The parameter's schema, its `$ref` (if any) followed. */
  schema: JsonObject;
  /** As written in the spec; absent means the default of its location. */
  style: string | undefined;
  explode: boolean | undefined;
  /** Described by `content` (a media type) instead of `schema`. */
  hasContent: boolean;
}

export interface OperationModel {
  operationId: string;
  method: string;
  path: string;
  /** Resource group and method name of the client (`adGroups.bulkCreate`). */
  group: string;
  name: string;
  summary: string | undefined;
  description: string | undefined;
  parameters: ParameterModel[];
  requestBody:
    | { required: boolean; contentTypes: string[]; schema: JsonObject | undefined }
    | undefined;
  /** Every documented status as written (`200`, `5XX`, `default`), in spec order. */
  responses: { status: string; contentType: string | undefined; schema: JsonObject | undefined }[];

  // Derived facts, worked out once here so that every emitter and reader agrees.
  /** Path parameter names in the order of their placeholders: the client's positional arguments. */
  pathParams: string[];
  /** Takes a request body. */
  hasBody: boolean;
  /** The 2xx statuses, as numbers, in spec order. */
  successStatuses: number[];
  /** The job the operation queues (a 2xx answers with that kind's submit schema), if any. */
  submitsJob: JobKind | undefined;
  /**
   * 2xx statuses of a job-submitting operation whose body is the outcome itself: the API
   * did the work at once and queued no job (`PATCH /standardjob/campaign/bulk` answers 200).
   */
  immediateStatuses: number[];
  /** The job whose status the operation answers with (a 2xx is that kind's status schema), if any. */
  pollsJob: JobKind | undefined;
}

export interface ServerModel {
  id: string;
  url: string;
  description: string | undefined;
}

export interface RetryPolicyModel {
  initialIntervalMs: number;
  maxIntervalMs: number;
  maxElapsedTimeMs: number;
  exponent: number;
  statusCodes: string[];
  retryConnectionErrors: boolean;
}

/** A schema's name before the API renamed it (`x-former-names`): a deprecated alias of `target`. */
export interface SchemaAliasModel {
  name: string;
  target: string;
  /** The target is an enum: the alias carries its values too. */
  isEnum: boolean;
}

export interface SpecModel {
  spec: LoadedSpec;
  /** Spec path relative to the repository root, for headers. */
  specPath: string;
  /** Sorted by operationId. */
  operations: OperationModel[];
  schemaNames: string[];
  /** The component schemas by name, as written (internal `$ref`s kept). */
  schemas: Readonly<Record<string, JsonObject>>;
  enums: { name: string; values: (string | number)[] }[];
  /** Sorted by alias name. */
  schemaAliases: SchemaAliasModel[];
  servers: ServerModel[];
  authHeader: string | undefined;
  retryPolicy: RetryPolicyModel | undefined;
}

/** The JSON pointer of an operation: `/paths/~1campaign/post`. */
export const operationPointer = (path: string, method: string): string =>
  `/paths/${escapePointerToken(path)}/${method.toLowerCase()}`;

function deref(doc: JsonObject, value: unknown): JsonObject {
  const ref = obj(value).$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) {
    return obj(value);
  }
  return obj(valueAt(doc, ref));
}

const refName = (schema: JsonObject | undefined): string | undefined => {
  const ref = schema?.$ref;
  return typeof ref === 'string' && ref.startsWith('#/components/schemas/')
    ? ref.slice('#/components/schemas/'.length)
    : undefined;
};

const isSuccess = (status: string) => /^2\d\d$/.test(status);

/** The kind of job whose `role` schema one of `op`'s 2xx answers is; a located error if two kinds. */
function jobKindOf(
  spec: LoadedSpec,
  op: Pick<OperationModel, 'operationId' | 'method' | 'path' | 'responses'>,
  role: 'submit' | 'status',
): JobKind | undefined {
  const success = op.responses.filter((r) => isSuccess(r.status));
  const kinds = JOB_KINDS.filter((kind) =>
    success.some((r) => refName(r.schema) === JOB_SCHEMAS[kind][role]),
  );
  if (kinds.length > 1) {
    const names = kinds.map((kind) => JOB_SCHEMAS[kind][role]).join(' and ');
    throw new SpecError([
      specProblemAt(
        spec,
        operationPointer(op.path, op.method),
        `operation ${op.operationId} (${op.method} ${op.path}) answers with both ${names}; an operation belongs to one kind of job`,
      ),
    ]);
  }
  return kinds[0];
}

export function buildModel(spec: LoadedSpec, specPath: string): SpecModel {
  const doc = spec.document;
  const operations: OperationModel[] = [];
  for (const { path: route, method, pathItem: item, operation } of walkOperations(doc)) {
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    const op = obj(operation);
    const own = Array.isArray(op.parameters) ? op.parameters : [];
    const byKey = new Map<string, ParameterModel>();
    for (const p of [...shared, ...own].map((p) => deref(doc, p))) {
      const param: ParameterModel = {
        name: String(p.name),
        in: p.in as ParameterModel['in'],
        required: p.required === true,
        description: typeof p.description === 'string' ? p.description : undefined,
        schema: deref(doc, p.schema),
        style: typeof p.style === 'string' ? p.style : undefined,
        explode: typeof p.explode === 'boolean' ? p.explode : undefined,
        hasContent: p.content !== undefined,
      };
      byKey.set(`${param.in}:${param.name}`, param);
    }
    const body = op.requestBody === undefined ? undefined : deref(doc, op.requestBody);
    const bodyContent = obj(body?.content);
    const firstMedia = Object.values(bodyContent)[0];
    const parameters = [...byKey.values()];
    const written = {
      operationId: String(op.operationId),
      method: method.toUpperCase(),
      path: route,
      group: String(op['x-speakeasy-group']),
      name: String(op['x-speakeasy-name-override']),
      summary: typeof op.summary === 'string' ? op.summary : undefined,
      description: typeof op.description === 'string' ? op.description : undefined,
      parameters,
      requestBody: body
        ? {
            required: body.required === true,
            contentTypes: Object.keys(bodyContent),
            schema: firstMedia === undefined ? undefined : obj(obj(firstMedia).schema),
          }
        : undefined,
      responses: Object.entries(obj(op.responses)).map(([status, raw]) => {
        const content = obj(deref(doc, raw).content);
        const [contentType, media] = Object.entries(content)[0] ?? [];
        return {
          status,
          contentType,
          schema: media === undefined ? undefined : obj(obj(media).schema),
        };
      }),
    };
    const successStatuses = written.responses
      .filter((r) => isSuccess(r.status))
      .map((r) => Number(r.status));
    const submitsJob = jobKindOf(spec, written, 'submit');
    const immediateStatuses = submitsJob
      ? written.responses
          .filter(
            (r) => isSuccess(r.status) && refName(r.schema) !== JOB_SCHEMAS[submitsJob].submit,
          )
          .map((r) => Number(r.status))
      : [];
    // The path template's placeholders, not the declaration order: that is how a caller reads the path.
    const placeholders = [...route.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
    operations.push({
      ...written,
      pathParams: placeholders,
      hasBody: written.requestBody !== undefined,
      successStatuses,
      submitsJob,
      immediateStatuses,
      pollsJob: jobKindOf(spec, written, 'status'),
    });
  }
  operations.sort((a, b) =>
    a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0,
  );

  const schemas = obj(obj(doc.components).schemas);
  const schemaNames = Object.keys(schemas).sort();
  const enums = schemaNames
    .map((name) => ({ name, values: obj(schemas[name]).enum }))
    .filter((e): e is { name: string; values: (string | number)[] } => Array.isArray(e.values));

  const enumNames = new Set(enums.map((e) => e.name));
  const schemaAliases = schemaNames
    .flatMap((target) => {
      const former = obj(schemas[target])['x-former-names'];
      return (Array.isArray(former) ? former : []).map((name) => ({
        name: String(name),
        target,
        isEnum: enumNames.has(target),
      }));
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const servers = (Array.isArray(doc.servers) ? doc.servers : []).map((s, i) => {
    const server = obj(s);
    return {
      id: typeof server['x-server-id'] === 'string' ? server['x-server-id'] : `server${i}`,
      url: String(server.url),
      description: typeof server.description === 'string' ? server.description : undefined,
    };
  });

  const schemes = obj(obj(doc.components).securitySchemes);
  const apiKeyHeader = Object.values(schemes)
    .map(obj)
    .find((s) => s.type === 'apiKey' && s.in === 'header');

  const retries = obj(doc['x-speakeasy-retries']);
  const backoff = obj(retries.backoff);
  const retryPolicy =
    retries.strategy === 'backoff'
      ? {
          initialIntervalMs: Number(backoff.initialInterval ?? 500),
          maxIntervalMs: Number(backoff.maxInterval ?? 60_000),
          maxElapsedTimeMs: Number(backoff.maxElapsedTime ?? 3_600_000),
          exponent: Number(backoff.exponent ?? 1.5),
          statusCodes: (Array.isArray(retries.statusCodes) ? retries.statusCodes : []).map(String),
          retryConnectionErrors: retries.retryConnectionErrors === true,
        }
      : undefined;

  return {
    spec,
    specPath,
    operations,
    schemaNames,
    schemas: Object.fromEntries(schemaNames.map((name) => [name, obj(schemas[name])])),
    enums,
    schemaAliases,
    servers,
    authHeader: typeof apiKeyHeader?.name === 'string' ? apiKeyHeader.name : undefined,
    retryPolicy,
  };
}
