import { canonicalJson } from '../canonical-json.js';
import { DOCUMENTATION_KEYS } from '../documentation-keys.js';
import { isObject, type JsonObject, asObject as obj } from '../json.js';
import { valueAt } from '../spec-location.js';
import { walkOperations } from '../walk-operations.js';

/**
 * Compares our spec with the fact table of the real API's wire contract
 * (`spec/contract/workflows-api-contract.json`). Every difference comes
 * back as one line naming where it is and what each side says.
 */
export interface ContractDifference {
  /** Dotted location, e.g. `schemas.StandardJobStatusResponse.properties.id.format`. */
  where: string;
  contract: unknown;
  spec: unknown;
}

/** Deviations we make on purpose, each with its reason. */
export interface AllowedDeviation {
  where: string;
  contract: unknown;
  spec: unknown;
  reason: string;
}

export const ALLOWED_DEVIATIONS: readonly AllowedDeviation[] = [
  {
    where: 'schemas.ProblemDetails.additionalProperties',
    contract: { type: 'object' },
    spec: {},
    reason:
      'Real servers send extension members of any JSON type (a string traceId is common), so the spec accepts any JSON value there.',
  },
];

/** Stands for a key or item that one side does not have at all. */
export const ABSENT = Symbol('absent');

const show = (v: unknown) => (v === ABSENT ? 'nothing' : JSON.stringify(v));

export const formatDifference = (d: ContractDifference): string =>
  `${d.where}: contract says ${show(d.contract)}, spec says ${show(d.spec)}`;

// Bookkeeping of the fact table, not schema keywords.
const TABLE_ONLY_KEYS = new Set(['isRequired', 'doc', 'kind', 'usedAs']);

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

class Collector {
  readonly out: ContractDifference[] = [];
  add(where: string, contract: unknown, spec: unknown) {
    this.out.push({ where, contract, spec });
  }
  value(where: string, contract: unknown, spec: unknown) {
    if (!same(contract, spec)) {
      this.add(where, contract, spec);
    }
  }
  keySets(where: string, contract: Iterable<string>, spec: Iterable<string>) {
    const c = new Set(contract);
    const s = new Set(spec);
    for (const k of c) {
      if (!s.has(k)) {
        this.add(`${where}.${k}`, 'present', ABSENT);
      }
    }
    for (const k of s) {
      if (!c.has(k)) {
        this.add(`${where}.${k}`, ABSENT, 'present');
      }
    }
    return [...c].filter((k) => s.has(k));
  }
}

/** A schema as facts: descriptive keys dropped, `required: []` the same as no `required`. */
function schemaFacts(schema: JsonObject, isTable: boolean): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(schema)) {
    // Words for people, not facts of the wire: never compared.
    if (DOCUMENTATION_KEYS.has(k) || k.startsWith('x-')) {
      continue;
    }
    if (isTable && TABLE_ONLY_KEYS.has(k)) {
      continue;
    }
    if (k === 'required' && Array.isArray(v)) {
      if (v.length > 0) {
        out[k] = [...v].map(String).sort();
      }
      continue;
    }
    if (k === 'additionalProperties' && isTable && v === null) {
      continue;
    }
    out[k] = v;
  }
  return out;
}

function compareSchema(c: Collector, where: string, table: JsonObject, spec: JsonObject): void {
  const t = schemaFacts(table, true);
  const s = schemaFacts(spec, false);
  for (const key of new Set([...Object.keys(t), ...Object.keys(s)])) {
    const here = `${where}.${key}`;
    if (!(key in t) || !(key in s)) {
      c.add(here, key in t ? t[key] : ABSENT, key in s ? s[key] : ABSENT);
    } else if (key === 'properties') {
      const tp = obj(t.properties);
      const sp = obj(s.properties);
      for (const name of c.keySets(here, Object.keys(tp), Object.keys(sp))) {
        compareSchema(c, `${here}.${name}`, obj(tp[name]), obj(sp[name]));
      }
    } else if (key === 'items' && isObject(t.items) && isObject(s.items)) {
      compareSchema(c, here, t.items, s.items);
    } else {
      c.value(here, t[key], s[key]);
    }
  }
  // `isRequired` on a property must agree with the parent's `required` list.
  const required = new Set((Array.isArray(spec.required) ? spec.required : []).map(String));
  for (const [name, prop] of Object.entries(obj(table.properties))) {
    const isRequired = obj(prop).isRequired;
    if (typeof isRequired === 'boolean' && isRequired !== required.has(name)) {
      c.add(`${where}.properties.${name}.isRequired`, isRequired, required.has(name));
    }
  }
}

function resolveParam(doc: JsonObject, p: unknown): JsonObject {
  const ref = obj(p).$ref;
  return typeof ref === 'string' ? obj(valueAt(doc, ref)) : obj(p);
}

/** The body of a content map as facts: `{ schemaRef }` or `{ inline }` per media type. */
function contentFacts(content: unknown): JsonObject | null {
  if (!isObject(content)) {
    return null;
  }
  const out: JsonObject = {};
  for (const [mediaType, media] of Object.entries(content)) {
    const schema = obj(obj(media).schema);
    out[mediaType] =
      typeof schema.$ref === 'string' && Object.keys(schema).length === 1
        ? { schemaRef: schema.$ref }
        : { inline: schemaFacts(schema, false) };
  }
  return out;
}

function tableContentFacts(content: unknown): JsonObject | null {
  if (!isObject(content)) {
    return null;
  }
  const out: JsonObject = {};
  for (const [mediaType, media] of Object.entries(content)) {
    const m = obj(media);
    out[mediaType] =
      typeof m.schemaRef === 'string'
        ? { schemaRef: m.schemaRef }
        : { inline: schemaFacts(obj(m.inline), true) };
  }
  return out;
}

export function compareWithContract(spec: JsonObject, table: JsonObject): ContractDifference[] {
  const c = new Collector();

  // Servers, by id.
  const specServers = (Array.isArray(spec.servers) ? spec.servers : []).map(obj);
  const tableServers = (Array.isArray(table.servers) ? table.servers : []).map(obj);
  const serverIds = c.keySets(
    'servers',
    tableServers.map((s) => String(s.id)),
    specServers.map((s) => String(s['x-server-id'])),
  );
  for (const id of serverIds) {
    c.value(
      `servers.${id}.url`,
      tableServers.find((s) => s.id === id)?.url,
      specServers.find((s) => s['x-server-id'] === id)?.url,
    );
  }

  // Security: schemes and the global requirement.
  const tableSecurity = obj(table.security);
  const specSchemes = obj(obj(spec.components).securitySchemes);
  const tableSchemes = obj(tableSecurity.schemes);
  for (const name of c.keySets(
    'security.schemes',
    Object.keys(tableSchemes),
    Object.keys(specSchemes),
  )) {
    const t = obj(tableSchemes[name]);
    const s = obj(specSchemes[name]);
    for (const key of ['type', 'in', 'name', 'scheme']) {
      c.value(`security.schemes.${name}.${key}`, t[key] ?? null, s[key] ?? null);
    }
  }
  c.value(
    'security.global',
    tableSecurity.global,
    (Array.isArray(spec.security) ? spec.security : []).map((req) => Object.keys(obj(req))),
  );

  // Retry policy.
  const retries = obj(table.retries);
  const specRetries = obj(spec['x-speakeasy-retries']);
  const tb = obj(retries.backoff);
  const sb = obj(specRetries.backoff);
  c.value('retries.strategy', retries.strategy, specRetries.strategy);
  c.value('retries.backoff.initialIntervalMs', tb.initialIntervalMs, sb.initialInterval);
  c.value('retries.backoff.maxIntervalMs', tb.maxIntervalMs, sb.maxInterval);
  c.value('retries.backoff.maxElapsedTimeMs', tb.maxElapsedTimeMs, sb.maxElapsedTime);
  c.value('retries.backoff.exponent', tb.exponent, sb.exponent);
  c.value('retries.statusCodes', retries.statusCodes, specRetries.statusCodes);
  c.value(
    'retries.retryConnectionErrors',
    retries.retryConnectionErrors,
    specRetries.retryConnectionErrors,
  );

  // Operations, by "METHOD /path".
  const specOps = new Map<string, JsonObject>();
  for (const { path: route, method, operation } of walkOperations(spec)) {
    if (isObject(operation)) {
      specOps.set(`${method.toUpperCase()} ${route}`, operation);
    }
  }
  const tableOps = new Map(
    (Array.isArray(table.operations) ? table.operations : []).map((o) => [
      String(obj(o).key),
      obj(o),
    ]),
  );
  for (const key of c.keySets('operations', tableOps.keys(), specOps.keys())) {
    const t = obj(tableOps.get(key));
    const s = obj(specOps.get(key));
    const where = `operations[${key}]`;
    // Tables rebuilt from SDK code cannot know tags; compare them only where stated.
    if ('tag' in t) {
      c.value(`${where}.tag`, t.tag, Array.isArray(s.tags) ? s.tags[0] : undefined);
    }
    c.value(`${where}.security`, t.security, s.security === undefined ? 'global' : s.security);

    const tParams = new Map(
      (Array.isArray(t.parameters) ? t.parameters : []).map((p) => [
        `${obj(p).in}:${obj(p).name}`,
        obj(p),
      ]),
    );
    const sParams = new Map(
      (Array.isArray(s.parameters) ? s.parameters : []).map((p) => {
        const param = resolveParam(spec, p);
        return [`${String(param.in)}:${String(param.name)}` as string, param] as const;
      }),
    );
    for (const pk of c.keySets(`${where}.parameters`, tParams.keys(), sParams.keys())) {
      const tp = obj(tParams.get(pk));
      const sp = obj(sParams.get(pk));
      c.value(`${where}.parameters.${pk}.required`, tp.required === true, sp.required === true);
      compareSchema(c, `${where}.parameters.${pk}.schema`, obj(tp.schema), obj(sp.schema));
    }

    const tBody = t.requestBody === null ? null : obj(t.requestBody);
    const sBody = s.requestBody === undefined ? null : resolveParam(spec, s.requestBody);
    if ((tBody === null) !== (sBody === null)) {
      c.add(
        `${where}.requestBody`,
        tBody === null ? ABSENT : 'present',
        sBody === null ? ABSENT : 'present',
      );
    } else if (tBody && sBody) {
      c.value(`${where}.requestBody.required`, tBody.required === true, sBody.required === true);
      c.value(
        `${where}.requestBody.content`,
        tableContentFacts(tBody.content),
        contentFacts(sBody.content),
      );
    }

    const tResponses = obj(t.responses);
    const sResponses = obj(s.responses);
    for (const status of c.keySets(
      `${where}.responses`,
      Object.keys(tResponses),
      Object.keys(sResponses),
    )) {
      c.value(
        `${where}.responses.${status}.content`,
        tableContentFacts(obj(tResponses[status]).content),
        contentFacts(resolveParam(spec, sResponses[status]).content),
      );
    }
  }

  // Component schemas.
  const tSchemas = obj(table.schemas);
  const sSchemas = obj(obj(spec.components).schemas);
  for (const name of c.keySets('schemas', Object.keys(tSchemas), Object.keys(sSchemas))) {
    compareSchema(c, `schemas.${name}`, obj(tSchemas[name]), obj(sSchemas[name]));
  }
  return c.out;
}

/** Splits differences into the ones we allow on purpose and the real ones. */
export function checkContract(spec: JsonObject, table: JsonObject) {
  const allowed: ContractDifference[] = [];
  const unexpected: ContractDifference[] = [];
  for (const d of compareWithContract(spec, table)) {
    const ok = ALLOWED_DEVIATIONS.some(
      (a) => a.where === d.where && same(a.contract, d.contract) && same(a.spec, d.spec),
    );
    (ok ? allowed : unexpected).push(d);
  }
  return { allowed, unexpected };
}
