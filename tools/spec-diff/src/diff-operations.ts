import { bySide, type Dirs, invert, REQUEST, RESPONSE } from './classify.js';
import type { DiffContext } from './context.js';
import { diffDeprecated, diffSchema } from './diff-schema.js';
import { canonical, deepEqual, isObject, type JsonObject, join, show } from './json.js';
import { asObject, diffLeftovers } from './leftovers.js';
import { type MovedOperation, MovedOperations, showPlace } from './moved-operations.js';
import { METHODS } from './usage.js';

/** Which side requests and responses of an operation travel on (webhooks swap them). */
interface Sides {
  request: Dirs;
  response: Dirs;
}

const NORMAL: Sides = { request: REQUEST, response: RESPONSE };
const flip = (s: Sides): Sides => ({ request: invert(s.request), response: invert(s.response) });

/** When both sides use the same `$ref`, the component is compared once where it lives. */
function sameRef(ctx: DiffContext, a: unknown, b: unknown): boolean {
  return (
    isObject(a) &&
    isObject(b) &&
    typeof a.$ref === 'string' &&
    typeof b.$ref === 'string' &&
    ctx.sameTarget(a.$ref, b.$ref)
  );
}

export function diffPathItems(
  ctx: DiffContext,
  before: JsonObject,
  after: JsonObject,
  pointer: string,
  inverted: boolean,
  noun: 'path' | 'webhook' | 'callback',
): void {
  const sides = inverted ? flip(NORMAL) : NORMAL;
  const placed = { moves: new MovedOperations(ctx, before, after), root: pointer, noun };
  for (const [key, item] of Object.entries(before)) {
    if (key in after) {
      continue;
    }
    const methods = methodsOf(ctx.resolve('old', item).node);
    const left = methods.filter((m) => !placed.moves.awayFrom(key, m));
    // Every operation moved: each is reported where it went.
    if (methods.length > 0 && left.length === 0) {
      continue;
    }
    ctx.add(join(pointer, key), 'major', `${noun} removed${listMethods(left)}`);
  }
  for (const [key, item] of Object.entries(after)) {
    const at = join(pointer, key);
    if (key in before) {
      diffPathItem(ctx, before[key], item, at, sides, { ...placed, key });
      continue;
    }
    const resolved = asObject(ctx.resolve('new', item).node);
    const methods = methodsOf(resolved);
    const fresh = methods.filter((m) => !placed.moves.into(key, m));
    if (methods.length === 0 || fresh.length > 0) {
      ctx.add(at, 'minor', `${noun} added${listMethods(fresh)}`);
    }
    const replaced = placed.moves.replacedPath(key, before, after);
    if (replaced !== undefined) {
      const old = asObject(ctx.resolve('old', before[replaced]).node);
      diffPathItemFields(ctx, old, resolved, at);
    }
    for (const method of methods) {
      const move = placed.moves.into(key, method);
      if (move) {
        diffMovedOperation(ctx, move, { ...placed, key }, sides);
      }
    }
  }
}

function methodsOf(item: unknown): string[] {
  return isObject(item) ? METHODS.filter((m) => isObject(item[m])) : [];
}

const listMethods = (methods: string[]) =>
  methods.length > 0 ? ` (${methods.map((m) => m.toUpperCase()).join(', ')})` : '';

const PATH_ITEM_KEYS = new Set(['$ref', 'parameters', 'servers', ...METHODS]);

/** What a path item holds besides its operations and parameters (compared per operation). */
function diffPathItemFields(ctx: DiffContext, a: JsonObject, b: JsonObject, pointer: string) {
  diffLeftovers(ctx, a, b, pointer, PATH_ITEM_KEYS);
  if (a.servers !== undefined || b.servers !== undefined) {
    diffServers(ctx, a.servers, b.servers, join(pointer, 'servers'));
  }
}

/** A path item of a `paths` or `webhooks` map, where operations may have moved in or out. */
interface PathPlace {
  moves: MovedOperations;
  /** Pointer of the map, e.g. `/paths`. */
  root: string;
  /** The path item's key in the map. */
  key: string;
  noun: 'path' | 'webhook' | 'callback';
}

export function diffPathItem(
  ctx: DiffContext,
  rawBefore: unknown,
  rawAfter: unknown,
  pointer: string,
  sides: Sides = NORMAL,
  place?: PathPlace,
): void {
  if (sameRef(ctx, rawBefore, rawAfter)) {
    return;
  }
  const a = asObject(ctx.resolve('old', rawBefore).node);
  const b = asObject(ctx.resolve('new', rawAfter).node);
  diffPathItemFields(ctx, a, b, pointer);
  for (const method of METHODS) {
    const at = join(pointer, method);
    const movedIn = place?.moves.into(place.key, method);
    // An operation that moved away is reported where it went; one that moved
    // here is compared with its old self, not with what was here before.
    const opA = place?.moves.awayFrom(place.key, method) ? undefined : a[method];
    const opB = movedIn ? undefined : b[method];
    if (!isObject(opB) && isObject(opA)) {
      ctx.add(at, 'major', `${method.toUpperCase()} operation removed`);
    } else if (!isObject(opA) && isObject(opB)) {
      ctx.add(at, 'minor', `${method.toUpperCase()} operation added`);
    } else if (isObject(opA) && isObject(opB)) {
      diffOperation(ctx, { op: opA, path: a, pointer }, { op: opB, path: b, pointer }, at, sides);
    }
    if (movedIn && place) {
      diffMovedOperation(ctx, movedIn, place, sides);
    }
  }
}

/** Reports a move, then compares the operation with its old self. */
function diffMovedOperation(
  ctx: DiffContext,
  move: MovedOperation,
  place: PathPlace,
  sides: Sides,
): void {
  const { from, to } = move;
  const oldItem = join(place.root, from.place.key);
  const newItem = join(place.root, to.place.key);
  const at = join(newItem, to.place.method);
  const what = place.noun === 'path' ? 'operation' : `${place.noun} operation`;
  ctx.add(
    at,
    'major',
    `${what} ${show(move.operationId)} moved from ${showPlace(from.place)} to ${showPlace(to.place)}`,
    { kind: 'moved', from: join(oldItem, from.place.method) },
  );
  diffOperation(
    ctx,
    { op: from.operation, path: from.item, pointer: oldItem },
    { op: to.operation, path: to.item, pointer: newItem },
    at,
    sides,
  );
}

interface OperationSite {
  op: JsonObject;
  path: JsonObject;
  /** Pointer of the path item, for path-level parameters. */
  pointer: string;
}

const OPERATION_KEYS = new Set([
  'operationId',
  'parameters',
  'requestBody',
  'responses',
  'security',
  'servers',
  'deprecated',
  'callbacks',
]);

function diffOperation(
  ctx: DiffContext,
  before: OperationSite,
  after: OperationSite,
  pointer: string,
  sides: Sides,
): void {
  const a = before.op;
  const b = after.op;
  diffLeftovers(ctx, a, b, pointer, OPERATION_KEYS);
  diffDeprecated(ctx, a, b, pointer);
  if (a.operationId !== b.operationId) {
    const at = join(pointer, 'operationId');
    // Generated `operations` types and client methods are keyed by operationId.
    if (a.operationId === undefined) {
      ctx.add(at, 'minor', `operationId ${show(b.operationId)} added`);
    } else if (b.operationId === undefined) {
      ctx.add(at, 'major', `operationId ${show(a.operationId)} removed`);
    } else {
      ctx.add(
        at,
        'major',
        `operationId changed from ${show(a.operationId)} to ${show(b.operationId)}`,
      );
    }
  }
  diffParameters(ctx, before, after, pointer, sides.request);
  diffRequestBody(ctx, a.requestBody, b.requestBody, join(pointer, 'requestBody'), sides.request);
  diffResponses(
    ctx,
    asObject(a.responses),
    asObject(b.responses),
    join(pointer, 'responses'),
    sides.response,
  );
  if (a.security !== undefined || b.security !== undefined) {
    const effective = (op: JsonObject, side: 'old' | 'new') =>
      op.security ?? ctx.doc(side).security;
    diffSecurity(ctx, effective(a, 'old'), effective(b, 'new'), join(pointer, 'security'));
  }
  if (a.servers !== undefined || b.servers !== undefined) {
    diffServers(ctx, a.servers, b.servers, join(pointer, 'servers'));
  }
  const callbacksA = asObject(a.callbacks);
  const callbacksB = asObject(b.callbacks);
  for (const name of Object.keys(callbacksA)) {
    if (!(name in callbacksB)) {
      ctx.add(join(pointer, 'callbacks', name), 'major', 'callback removed');
    }
  }
  for (const [name, callback] of Object.entries(callbacksB)) {
    const at = join(pointer, 'callbacks', name);
    if (!(name in callbacksA)) {
      ctx.add(at, 'minor', 'callback added');
    } else {
      diffCallback(ctx, callbacksA[name], callback, at, sides);
    }
  }
}

/** A callback is a set of path items the API calls: its directions are the operation's, swapped. */
export function diffCallback(
  ctx: DiffContext,
  rawBefore: unknown,
  rawAfter: unknown,
  pointer: string,
  sides: Sides = NORMAL,
): void {
  if (sameRef(ctx, rawBefore, rawAfter)) {
    return;
  }
  const a = asObject(ctx.resolve('old', rawBefore).node);
  const b = asObject(ctx.resolve('new', rawAfter).node);
  for (const expression of Object.keys(a)) {
    if (!(expression in b)) {
      ctx.add(join(pointer, expression), 'major', 'callback expression removed');
    }
  }
  for (const [expression, item] of Object.entries(b)) {
    const at = join(pointer, expression);
    if (!(expression in a)) {
      ctx.add(at, 'minor', 'callback expression added');
    } else {
      diffPathItem(ctx, a[expression], item, at, flip(sides));
    }
  }
}

interface ParameterSite {
  raw: unknown;
  value: JsonObject;
  pointer: string;
}

/** Parameters are identified by location and name; header names ignore case. */
function parameterKey(p: JsonObject): string {
  const name = String(p.name);
  return `${String(p.in)}:${p.in === 'header' ? name.toLowerCase() : name}`;
}

const describeParameter = (p: JsonObject) => `${String(p.in)} parameter ${show(p.name)}`;

/** Path-level parameters apply to every operation unless the operation overrides them. */
function effectiveParameters(
  ctx: DiffContext,
  site: OperationSite,
  side: 'old' | 'new',
  operationPointer: string,
): Map<string, ParameterSite> {
  const out = new Map<string, ParameterSite>();
  const add = (list: unknown, pointer: string) => {
    if (!Array.isArray(list)) {
      return;
    }
    list.forEach((raw, i) => {
      const value = ctx.resolve(side, raw).node;
      if (!isObject(value)) {
        return;
      }
      out.set(parameterKey(value), { raw, value, pointer: join(pointer, 'parameters', i) });
    });
  };
  add(site.path.parameters, site.pointer);
  add(site.op.parameters, operationPointer);
  return out;
}

function diffParameters(
  ctx: DiffContext,
  before: OperationSite,
  after: OperationSite,
  pointer: string,
  dirs: Dirs,
): void {
  const pa = effectiveParameters(ctx, before, 'old', pointer);
  const pb = effectiveParameters(ctx, after, 'new', pointer);
  for (const [key, entry] of pa) {
    if (!pb.has(key)) {
      ctx.add(entry.pointer, 'major', `${describeParameter(entry.value)} removed`);
    }
  }
  for (const [key, entry] of pb) {
    const old = pa.get(key);
    if (!old) {
      const required = entry.value.required === true || entry.value.in === 'path';
      const what = `${required ? 'required' : 'optional'} ${describeParameter(entry.value)} added`;
      ctx.addSided(entry.pointer, bySide(dirs, required ? 'major' : 'minor', 'minor'), what, dirs);
    } else if (!sameRef(ctx, old.raw, entry.raw)) {
      diffParameter(ctx, old.value, entry.value, entry.pointer, dirs);
    }
  }
}

const PARAMETER_KEYS = new Set([
  'name',
  'in',
  'required',
  'schema',
  'content',
  'style',
  'explode',
  'allowReserved',
  'allowEmptyValue',
  'deprecated',
]);

function effectiveStyle(p: JsonObject): { style: unknown; explode: unknown } {
  const style = p.style ?? (p.in === 'query' || p.in === 'cookie' ? 'form' : 'simple');
  return { style, explode: p.explode ?? style === 'form' };
}

/** Parameters and headers share a shape; `dirs` says who writes the value. */
export function diffParameter(
  ctx: DiffContext,
  a: JsonObject,
  b: JsonObject,
  pointer: string,
  dirs: Dirs,
): void {
  diffLeftovers(ctx, a, b, pointer, PARAMETER_KEYS);
  diffDeprecated(ctx, a, b, pointer);
  if (a.name !== b.name) {
    ctx.add(
      join(pointer, 'name'),
      'patch',
      `name changed from ${show(a.name)} to ${show(b.name)} (header names ignore case)`,
    );
  }
  const ra = a.required === true || a.in === 'path';
  const rb = b.required === true || b.in === 'path';
  if (!ra && rb) {
    ctx.addSided(pointer, bySide(dirs, 'major', 'minor'), 'became required', dirs);
  }
  if (ra && !rb) {
    ctx.addSided(pointer, bySide(dirs, 'minor', 'major'), 'became optional', dirs);
  }
  const sa = effectiveStyle(a);
  const sb = effectiveStyle(b);
  for (const key of ['style', 'explode', 'allowReserved', 'allowEmptyValue'] as const) {
    const x = key === 'style' || key === 'explode' ? sa[key] : (a[key] ?? false);
    const y = key === 'style' || key === 'explode' ? sb[key] : (b[key] ?? false);
    if (x !== y) {
      ctx.add(
        join(pointer, key),
        'major',
        `${key} changed from ${show(x)} to ${show(y)} (serialisation changes)`,
      );
    }
  }
  if (a.schema !== undefined || b.schema !== undefined) {
    diffSchema(ctx, a.schema, b.schema, join(pointer, 'schema'), dirs);
  }
  if (a.content !== undefined || b.content !== undefined) {
    diffContent(ctx, asObject(a.content), asObject(b.content), join(pointer, 'content'), dirs);
  }
}

function diffRequestBody(
  ctx: DiffContext,
  rawBefore: unknown,
  rawAfter: unknown,
  pointer: string,
  dirs: Dirs,
): void {
  if (rawBefore === undefined && rawAfter === undefined) {
    return;
  }
  if (sameRef(ctx, rawBefore, rawAfter)) {
    return;
  }
  const a = ctx.resolve('old', rawBefore).node;
  const b = ctx.resolve('new', rawAfter).node;
  if (!isObject(b)) {
    ctx.add(pointer, 'major', 'request body removed');
    return;
  }
  if (!isObject(a)) {
    const required = b.required === true;
    const what = `${required ? 'required' : 'optional'} request body added`;
    ctx.addSided(pointer, bySide(dirs, required ? 'major' : 'minor', 'minor'), what, dirs);
    return;
  }
  diffRequestBodyObject(ctx, a, b, pointer, dirs);
}

export function diffRequestBodyObject(
  ctx: DiffContext,
  a: JsonObject,
  b: JsonObject,
  pointer: string,
  dirs: Dirs,
): void {
  diffLeftovers(ctx, a, b, pointer, new Set(['required', 'content']));
  const ra = a.required === true;
  const rb = b.required === true;
  if (!ra && rb) {
    ctx.addSided(pointer, bySide(dirs, 'major', 'minor'), 'request body became required', dirs);
  }
  if (ra && !rb) {
    ctx.addSided(pointer, bySide(dirs, 'minor', 'major'), 'request body became optional', dirs);
  }
  diffContent(ctx, asObject(a.content), asObject(b.content), join(pointer, 'content'), dirs);
}

/** `application/json; charset=utf-8` and `Application/JSON;charset=UTF-8` are one type. */
const mediaKey = (type: string) => type.toLowerCase().replace(/\s+/g, '');

function diffContent(
  ctx: DiffContext,
  a: JsonObject,
  b: JsonObject,
  pointer: string,
  dirs: Dirs,
): void {
  const byKey = (c: JsonObject) => new Map(Object.keys(c).map((k) => [mediaKey(k), k]));
  const ka = byKey(a);
  const kb = byKey(b);
  for (const [key, name] of ka) {
    if (!kb.has(key)) {
      ctx.add(join(pointer, name), 'major', `media type ${name} removed`);
    }
  }
  for (const [key, name] of kb) {
    const at = join(pointer, name);
    const old = ka.get(key);
    if (old === undefined) {
      // A reader that handled the one representation it knew now meets another.
      const hadContent = ka.size > 0;
      const cls = bySide(dirs, 'minor', hadContent ? 'major' : 'minor');
      ctx.addSided(at, cls, `media type ${name} added`, dirs);
      continue;
    }
    const ma = asObject(a[old]);
    const mb = asObject(b[name]);
    diffLeftovers(ctx, ma, mb, at, new Set(['schema']));
    if (ma.schema !== undefined || mb.schema !== undefined) {
      diffSchema(ctx, ma.schema, mb.schema, join(at, 'schema'), dirs);
    }
  }
}

const isSuccess = (code: string) => /^2/.test(code);

function diffResponses(
  ctx: DiffContext,
  a: JsonObject,
  b: JsonObject,
  pointer: string,
  dirs: Dirs,
): void {
  const codes = (r: JsonObject) => new Map(Object.keys(r).map((k) => [k.toUpperCase(), k]));
  const ca = codes(a);
  const cb = codes(b);
  const removed = [...ca.keys()].filter((c) => !cb.has(c));
  const added = [...cb.keys()].filter((c) => !ca.has(c));
  const removedOk = removed.filter(isSuccess);
  const addedOk = added.filter(isSuccess);
  if (removedOk.length === 1 && addedOk.length === 1) {
    const [from, to] = [removedOk[0] as string, addedOk[0] as string];
    ctx.add(
      join(pointer, cb.get(to) as string),
      'major',
      `success status changed from ${from} to ${to}`,
    );
  } else {
    for (const code of removedOk) {
      ctx.add(join(pointer, ca.get(code) as string), 'major', `success response ${code} removed`);
    }
    for (const code of addedOk) {
      ctx.add(join(pointer, cb.get(code) as string), 'major', `success response ${code} added`);
    }
  }
  // Any status can fail a call; documenting one more or one less error is not breaking.
  for (const code of removed.filter((c) => !isSuccess(c))) {
    ctx.add(join(pointer, ca.get(code) as string), 'minor', `${code} response removed`);
  }
  for (const code of added.filter((c) => !isSuccess(c))) {
    ctx.add(join(pointer, cb.get(code) as string), 'minor', `${code} response added`);
  }
  for (const [code, name] of cb) {
    const old = ca.get(code);
    if (old === undefined || sameRef(ctx, a[old], b[name])) {
      continue;
    }
    const ra = asObject(ctx.resolve('old', a[old]).node);
    const rb = asObject(ctx.resolve('new', b[name]).node);
    diffResponse(ctx, ra, rb, join(pointer, name), dirs);
  }
}

export function diffResponse(
  ctx: DiffContext,
  a: JsonObject,
  b: JsonObject,
  pointer: string,
  dirs: Dirs,
): void {
  diffLeftovers(ctx, a, b, pointer, new Set(['headers', 'content', 'links']));
  if (!deepEqual(a.links, b.links)) {
    ctx.add(join(pointer, 'links'), 'patch', 'links changed');
  }
  const ha = asObject(a.headers);
  const hb = asObject(b.headers);
  const byKey = (h: JsonObject) => new Map(Object.keys(h).map((k) => [k.toLowerCase(), k]));
  const ka = byKey(ha);
  const kb = byKey(hb);
  for (const [key, name] of ka) {
    if (!kb.has(key)) {
      ctx.add(join(pointer, 'headers', name), 'major', `header ${show(name)} removed`);
    }
  }
  for (const [key, name] of kb) {
    const at = join(pointer, 'headers', name);
    const old = ka.get(key);
    if (old === undefined) {
      const required = asObject(ctx.resolve('new', hb[name]).node).required === true;
      const what = `${required ? 'required' : 'optional'} header ${show(name)} added`;
      ctx.addSided(at, bySide(dirs, required ? 'major' : 'minor', 'minor'), what, dirs);
    } else if (!sameRef(ctx, ha[old], hb[name])) {
      const x = asObject(ctx.resolve('old', ha[old]).node);
      const y = asObject(ctx.resolve('new', hb[name]).node);
      diffParameter(ctx, x, y, at, dirs);
    }
  }
  diffContent(ctx, asObject(a.content), asObject(b.content), join(pointer, 'content'), dirs);
}

/** Requirements as a set of sets: order of alternatives and of scopes does not matter. */
function normaliseSecurity(value: unknown): string {
  if (!Array.isArray(value)) {
    return 'none';
  }
  const requirements = value.map((r) => {
    const entries = Object.entries(asObject(r)).map(([name, scopes]) => [
      name,
      Array.isArray(scopes) ? [...scopes].map(String).sort() : [],
    ]);
    return canonical(Object.fromEntries(entries));
  });
  return [...new Set(requirements)].sort().join('|');
}

export function diffSecurity(ctx: DiffContext, a: unknown, b: unknown, pointer: string): void {
  if (normaliseSecurity(a) !== normaliseSecurity(b)) {
    ctx.add(pointer, 'major', 'security requirements changed');
  }
}

const serverKey = (s: unknown) => String(asObject(s).url ?? '').replace(/\/+$/, '');

/** No `servers` means one server at `/`. */
function serverList(value: unknown): unknown[] {
  return Array.isArray(value) && value.length > 0 ? value : [{ url: '/' }];
}

export function diffServers(ctx: DiffContext, rawA: unknown, rawB: unknown, pointer: string): void {
  const a = serverList(rawA);
  const b = serverList(rawB);
  const ka = a.map(serverKey);
  const kb = b.map(serverKey);
  if (ka[0] !== kb[0] && kb.includes(ka[0] as string)) {
    ctx.add(join(pointer, 0), 'major', `default server changed from ${ka[0]} to ${kb[0]}`);
  }
  const removed = ka.map((key, i) => ({ key, i })).filter(({ key }) => !kb.includes(key));
  const added = kb.map((key, j) => ({ key, j })).filter(({ key }) => !ka.includes(key));
  const moved =
    removed.length === 1 && added.length === 1 ? { from: removed[0], to: added[0] } : undefined;
  if (moved?.from && moved.to) {
    const what = `server changed from ${moved.from.key || '/'} to ${moved.to.key || '/'}`;
    ctx.add(join(pointer, moved.to.j), 'major', what);
  } else {
    for (const { key, i } of removed) {
      ctx.add(join(pointer, i), 'major', `server ${key || '/'} removed`);
    }
    for (const { key, j } of added) {
      ctx.add(join(pointer, j), 'minor', `server ${key || '/'} added`);
    }
  }
  kb.forEach((key, j) => {
    const at = join(pointer, j);
    const i = ka.indexOf(key);
    if (i < 0) {
      return;
    }
    const sa = asObject(a[i]);
    const sb = asObject(b[j]);
    diffLeftovers(ctx, sa, sb, at, new Set(['url']));
  });
}
