import type { JsonObject, LoadedSpec } from './load-spec.js';
import { valueAt } from './spec-location.js';

/** What the emitters read from the spec, derived once from the loaded document. */
export interface ParameterModel {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
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
  parameters: ParameterModel[];
  requestBody:
    | { required: boolean; contentTypes: string[]; schema: JsonObject | undefined }
    | undefined;
  responses: { status: string; contentType: string | undefined; schema: JsonObject | undefined }[];
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
  operations: OperationModel[];
  schemaNames: string[];
  enums: { name: string; values: (string | number)[] }[];
  /** Sorted by alias name. */
  schemaAliases: SchemaAliasModel[];
  servers: ServerModel[];
  authHeader: string | undefined;
  retryPolicy: RetryPolicyModel | undefined;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const obj = (v: unknown): JsonObject =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : {};

function deref(doc: JsonObject, value: unknown): JsonObject {
  const ref = obj(value).$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return obj(value);
  return obj(valueAt(doc, ref));
}

export function buildModel(spec: LoadedSpec, specPath: string): SpecModel {
  const doc = spec.document;
  const operations: OperationModel[] = [];
  for (const [route, rawItem] of Object.entries(obj(doc.paths))) {
    const item = obj(rawItem);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      if (!(method in item)) continue;
      const op = obj(item[method]);
      const own = Array.isArray(op.parameters) ? op.parameters : [];
      const byKey = new Map<string, ParameterModel>();
      for (const p of [...shared, ...own].map((p) => deref(doc, p))) {
        const param: ParameterModel = {
          name: String(p.name),
          in: p.in as ParameterModel['in'],
          required: p.required === true,
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
      operations.push({
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        path: route,
        group: String(op['x-speakeasy-group']),
        name: String(op['x-speakeasy-name-override']),
        summary: typeof op.summary === 'string' ? op.summary : undefined,
        parameters: [...byKey.values()],
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
      });
    }
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
    enums,
    schemaAliases,
    servers,
    authHeader: typeof apiKeyHeader?.name === 'string' ? apiKeyHeader.name : undefined,
    retryPolicy,
  };
}
