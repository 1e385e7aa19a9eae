import type { paths } from '@workflows-api/types';
import type { Client, Middleware } from 'openapi-fetch';
import { callOperation } from './call-operation.js';
import type { ClientRuntime } from './client-runtime.js';
import { WorkflowsError } from './errors.js';
import {
  andWaitSuffix,
  authHeader,
  defaultServer,
  graphQlBulkJobTerminalStatuses,
  graphQlStatusOperationId,
  operationRows,
  retriesByDefault,
  servers,
  specRetryPolicy,
  statusOperationId,
  terminalStatuses,
} from './generated/operations.js';
import type { WorkflowsResources } from './generated/resources.js';
import type { JobHelpers, JobsRuntime } from './jobs-runtime.js';
import { lazy } from './lazy.js';
import { makeLog } from './log.js';
import type { OperationRow } from './operation.js';
import { readAnswer } from './read-body.js';
import { ALWAYS_SECRET, rememberSecret } from './redact.js';
import { deadline } from './signals.js';
import type { ClientOptions, ResultOptions, RetryPolicy } from './types.js';

export type WorkflowsClient = WorkflowsResources & {
  /** The openapi-fetch client (by path), with the same server, auth and middleware. */
  raw: Client<paths>;
  /** Adds openapi-fetch middleware (`onRequest`, `onResponse`, `onError`). */
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
};

// Polling, downloading and openapi-fetch load on first use: a client that only makes calls
// never ships them. Each kind of job: its status operation, finished statuses and helpers,
// in the order of the job kind numbers of the operation table (1 standard, 2 GraphQL bulk).
const jobKinds: [string, readonly string[], () => Promise<JobHelpers>][] = [
  [statusOperationId, terminalStatuses, lazy(() => import('./bulk-jobs.js'))],
  [
    graphQlStatusOperationId,
    graphQlBulkJobTerminalStatuses,
    lazy(() => import('./graphql-bulk-jobs.js')),
  ],
];
const rawClientModule = lazy(() => import('./raw-client.js'));
const RAW_METHODS = [
  'request',
  'GET',
  'PUT',
  'POST',
  'DELETE',
  'OPTIONS',
  'HEAD',
  'PATCH',
  'TRACE',
];

/**
 * The retry policy of a client that sets none: the spec's backoff (500 ms, x1.5, jitter), but
 * at most 2 retries (3 attempts, as Stainless' SDKs), none starting later than 60 s after the
 * first attempt, so that an unreachable server fails a call within seconds, not the hour of
 * the spec's policy (`retries: 'spec'`).
 */
export const defaultRetryPolicy: RetryPolicy = {
  ...specRetryPolicy,
  maxRetries: 2,
  maxElapsedTimeMs: 60_000,
};

function baseUrlOf(server: string): string {
  if (Object.hasOwn(servers, server)) {
    return servers[server as keyof typeof servers];
  }
  if (/^https?:\/\/[^/]/.test(server)) {
    return server.replace(/\/+$/, '');
  }
  throw new WorkflowsError(
    `server must be ${Object.keys(servers).join(', ')} or an http(s) URL, not "${server}"`,
  );
}

/** Browsers have no `process`, and the client type-checks without Node's types. */
type MaybeNode = { process?: { env?: Record<string, string | undefined> } };

/**
 * The credential: `auth`, else `WORKFLOWS_TTD_AUTH` where there is a `process` (Node). A
 * fixed string is returned as is, so it can be a plain header of every request.
 */
function credentialOf(auth: ClientOptions['auth']): string | (() => Promise<string>) {
  const source = auth ?? (globalThis as MaybeNode).process?.env?.WORKFLOWS_TTD_AUTH;
  if (!source) {
    throw new WorkflowsError(
      `no credential: pass \`auth\` to createWorkflowsClient or set WORKFLOWS_TTD_AUTH (sent as ${authHeader})`,
    );
  }
  if (typeof source === 'string') {
    rememberSecret(source);
    return source;
  }
  return async () => {
    let value: string | undefined;
    try {
      value = await source();
    } catch (cause) {
      throw new WorkflowsError('`auth` failed', { cause });
    }
    if (!value) {
      throw new WorkflowsError('`auth` returned no credential');
    }
    rememberSecret(value);
    return value;
  };
}

export function createWorkflowsClient(options: ClientOptions = {}): WorkflowsClient {
  const {
    headers = {},
    retries,
    validate = 'off',
    logLevel,
    fetch = (input, init) => globalThis.fetch(input, init),
  } = options;
  const baseUrl = baseUrlOf(options.server ?? defaultServer);
  const credential = credentialOf(options.auth);
  const secretNames = new Set(
    [...ALWAYS_SECRET, authHeader, ...(options.secretHeaders ?? [])].map((h) => h.toLowerCase()),
  );
  for (const name in headers) {
    if (secretNames.has(name.toLowerCase())) {
      rememberSecret(headers[name] as string);
    }
  }

  const log = makeLog(options.logger, logLevel);
  const retryBase: RetryPolicy =
    retries === 'spec' ? specRetryPolicy : { ...defaultRetryPolicy, ...(retries || {}) };
  const middleware: Middleware[] = [];
  let openapiFetch: Client<paths> | undefined;
  const staticHeaders = Object.fromEntries(
    Object.entries(
      typeof credential === 'string' ? { ...headers, [authHeader]: credential } : headers,
    ).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const ctx: ClientRuntime = {
    baseUrl,
    fetch,
    staticHeaders,
    credential,
    // Synchronous for a fixed credential: no await on the path of every call. Callers copy
    // before they change anything.
    headers:
      typeof credential === 'string'
        ? () => staticHeaders
        : async () => ({ ...staticHeaders, [authHeader.toLowerCase()]: await credential() }),
    middleware,
    // Created on first use, with the middleware registered so far; later `use` and `eject`
    // calls reach it too.
    openapiFetch: lazy(async () => {
      openapiFetch ??= (await rawClientModule()).openapiFetchClient(ctx, middleware);
      return openapiFetch;
    }),
    debug: logLevel === 'debug',
    secretNames,
    timeoutMs: options.timeoutMs ?? 60_000,
    retries: retries !== false && (retries || retriesByDefault) && retryBase,
    retryBase,
    onRetry: options.onRetry,
    validate:
      typeof validate === 'string'
        ? { responses: validate, requests: 'off' }
        : { responses: validate.responses ?? 'off', requests: validate.requests ?? 'off' },
    log,
    maxResponseBytes: options.maxResponseBytes,
    maxResultBytes: options.maxResultBytes ?? 100 * 2 ** 20,
    readAnswer,
  };
  const use = (...added: Middleware[]) => {
    // Checked now, not when openapi-fetch loads in the middle of a call; falsy entries are
    // skipped, as openapi-fetch skips them.
    added = added.filter(Boolean);
    for (const m of added) {
      if (
        typeof m !== 'object' ||
        ![m.onRequest, m.onResponse, m.onError].some((hook) => typeof hook === 'function')
      ) {
        throw new WorkflowsError('middleware must have onRequest, onResponse or onError');
      }
    }
    middleware.push(...added);
    openapiFetch?.use(...added);
  };
  const eject = (...removed: Middleware[]) => {
    for (const m of removed) {
      if (middleware.includes(m)) {
        middleware.splice(middleware.indexOf(m), 1);
      }
    }
    openapiFetch?.eject(...removed);
  };
  use(...(options.middleware ?? []));
  // `client.raw` is openapi-fetch, loaded when first called.
  const raw = Object.fromEntries(
    RAW_METHODS.map((m) => [
      m,
      async (...args: unknown[]) =>
        ((await ctx.openapiFetch()) as unknown as Record<string, (...a: unknown[]) => unknown>)[
          m
        ]?.(...args),
    ]),
  );

  const client: Record<string, Record<string, unknown>> = {};
  const jobRuntimes = jobKinds.map(([statusId, finished, helpers]) => {
    const statusRow = operationRows.find((r) => r[0] === statusId) as OperationRow;
    const jobs: JobsRuntime = {
      ctx,
      poll: (id, o) => callOperation(ctx, statusRow, [id], undefined, o as Record<string, unknown>),
      deadline,
      terminalStatuses: finished,
    };
    return { statusRow, jobs, helpers };
  });
  for (const row of operationRows) {
    const [, , , group, name, { length: positional }, , hasBody, submitsJob] = row;
    const call = (...args: unknown[]) =>
      callOperation(
        ctx,
        row,
        args.slice(0, positional),
        hasBody ? args[positional] : undefined,
        (args[positional + hasBody] ?? {}) as Record<string, unknown>,
      );
    client[group] ??= {};
    const methods = client[group];
    methods[name] = call;
    const kind = jobRuntimes[submitsJob - 1];
    // The helpers load before the job is submitted: they check the wait options first, so
    // bad options never leave a job running that nobody waits for.
    if (kind) {
      methods[name + andWaitSuffix] = async (...args: unknown[]) =>
        (await kind.helpers()).andWait(
          kind.jobs,
          row,
          () => call(...args),
          args[positional + hasBody] ?? {},
        );
    }
  }
  for (const { statusRow, jobs, helpers } of jobRuntimes) {
    Object.assign(client[statusRow[3]] as object, {
      waitFor: async (id: unknown, o?: unknown) => (await helpers()).waitFor(jobs, id, o),
      result: async (status: unknown, o?: ResultOptions) =>
        (await helpers()).result(jobs, status, o),
    });
  }

  return Object.assign(client as unknown as WorkflowsResources, {
    raw: Object.assign(raw, { use, eject }) as unknown as Client<paths>,
    use,
    eject,
  });
}
