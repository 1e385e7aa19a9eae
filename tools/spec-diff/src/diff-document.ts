import { type Bump, type BumpOrNone, type Change, overallBump } from './classify.js';
import { DiffContext } from './context.js';
import {
  diffCallback,
  diffParameter,
  diffPathItem,
  diffPathItems,
  diffRequestBodyObject,
  diffResponse,
  diffSecurity,
  diffServers,
} from './diff-operations.js';
import { diffSchema } from './diff-schema.js';
import { deepEqual, isObject, type JsonObject, join, parsePointer, show } from './json.js';
import { asObject, diffLeftovers } from './leftovers.js';
import type { DiffSpec } from './load.js';
import { diffFormerNames, withoutFormerNames } from './renamed-schemas.js';
import { componentUsage } from './usage.js';

export interface DiffResult {
  bump: BumpOrNone;
  changes: Change[];
}

const ROOT_KEYS = new Set([
  'openapi',
  'info',
  'servers',
  'security',
  'paths',
  'webhooks',
  'components',
  'jsonSchemaDialect',
]);

/** Compares two OpenAPI documents and classifies every change for their consumers. */
export function diffSpecs(before: DiffSpec, after: DiffSpec): DiffResult {
  const ctx = new DiffContext(before, after, {
    old: componentUsage(before.document),
    new: componentUsage(after.document),
  });
  const a = before.document;
  const b = after.document;
  if (a.openapi !== b.openapi) {
    ctx.add(
      '/openapi',
      'patch',
      `OpenAPI version changed from ${show(a.openapi)} to ${show(b.openapi)}`,
    );
  }
  diffLeftovers(ctx, asObject(a.info), asObject(b.info), '/info', new Set(), 'patch');
  if (a.servers !== undefined || b.servers !== undefined) {
    diffServers(ctx, a.servers, b.servers, '/servers');
  }
  diffSecurity(ctx, a.security, b.security, '/security');
  if (a.jsonSchemaDialect !== b.jsonSchemaDialect) {
    ctx.add(
      '/jsonSchemaDialect',
      'major',
      'jsonSchemaDialect changed: schemas are read differently',
    );
  }
  diffPathItems(ctx, asObject(a.paths), asObject(b.paths), '/paths', false, 'path');
  diffPathItems(ctx, asObject(a.webhooks), asObject(b.webhooks), '/webhooks', true, 'webhook');
  diffComponents(ctx, asObject(a.components), asObject(b.components));
  diffLeftovers(ctx, a, b, '', ROOT_KEYS);
  return { bump: overallBump(ctx.changes), changes: ctx.changes };
}

/** Component kinds that only document: adding or removing one is patch. */
const DOCUMENTATION_KINDS = new Set(['examples', 'links']);

function diffComponents(ctx: DiffContext, a: JsonObject, b: JsonObject): void {
  const kinds = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const kind of kinds) {
    if (kind.startsWith('x-')) {
      diffLeftovers(ctx, a, b, '/components', new Set([...kinds].filter((k) => k !== kind)));
      continue;
    }
    const ma = asObject(a[kind]);
    const mb = asObject(b[kind]);
    const docOnly = DOCUMENTATION_KINDS.has(kind);
    const noun = kind === 'schemas' ? 'schema' : `${kind.replace(/s$/, '')} component`;
    const renamed = kind === 'schemas' ? ctx.renamedSchemas : new Map<string, string>();
    const formerName = new Map([...renamed].map(([old, name]) => [name, old]));
    for (const name of Object.keys(ma)) {
      if (!(name in mb) && !renamed.has(name)) {
        ctx.add(
          join('/components', kind, name),
          docOnly ? 'patch' : 'major',
          `${noun} ${show(name)} removed`,
        );
      }
    }
    for (const [name, value] of Object.entries(mb)) {
      const at = join('/components', kind, name);
      const former = formerName.get(name);
      if (former !== undefined) {
        const from = join('/components', kind, former);
        // Major although generated code keeps the old name as a deprecated
        // alias: what lists or maps schemas by name (`components['schemas']`,
        // `SchemaName`, other documents' `$ref`s) knows only the new one.
        ctx.add(
          at,
          'major',
          `${noun} ${show(former)} renamed to ${show(name)} (x-former-names keeps the old name as a deprecated alias)`,
          { kind: 'renamed', from },
        );
        diffComponent(ctx, kind, ma[former], value, { at, from }, 'major');
      } else if (!(name in ma)) {
        ctx.add(at, docOnly ? 'patch' : 'minor', `${noun} ${show(name)} added`);
      } else {
        diffComponent(ctx, kind, ma[name], value, { at, from: at }, docOnly ? 'patch' : 'major');
      }
    }
  }
}

/** `at` is the component in the new document, `from` in the old one (they differ for renames). */
function diffComponent(
  ctx: DiffContext,
  kind: string,
  before: unknown,
  after: unknown,
  { at, from }: { at: string; from: string },
  unknown: Bump,
): void {
  const dirs = ctx.dirsOf(at, from);
  const resolved = (side: 'old' | 'new', value: unknown) => asObject(ctx.resolve(side, value).node);
  switch (kind) {
    case 'schemas': {
      const renamedFrom = from === at ? undefined : parsePointer(from)[2];
      diffFormerNames(ctx, before, after, at, renamedFrom);
      diffSchema(ctx, withoutFormerNames(before), withoutFormerNames(after), at, dirs);
      break;
    }
    case 'parameters':
    case 'headers':
      diffParameter(ctx, resolved('old', before), resolved('new', after), at, dirs);
      break;
    case 'requestBodies':
      diffRequestBodyObject(ctx, resolved('old', before), resolved('new', after), at, dirs);
      break;
    case 'responses':
      diffResponse(ctx, resolved('old', before), resolved('new', after), at, dirs);
      break;
    case 'callbacks':
      diffCallback(ctx, before, after, at);
      break;
    case 'pathItems':
      diffPathItem(ctx, before, after, at);
      break;
    default:
      if (isObject(before) && isObject(after)) {
        // Security schemes and anything unknown: any change of substance is major.
        diffLeftovers(ctx, before, after, at, new Set(), unknown);
      } else if (!deepEqual(before, after)) {
        ctx.add(at, unknown, 'changed');
      }
  }
}
