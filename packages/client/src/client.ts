import type { BulkJobStatusResponse, paths } from '@workflows-api/types';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { JobsRuntime } from './bulk-jobs.js';
import { WorkflowsError } from './errors.js';
import {
  andWaitSuffix,
  authHeader,
  defaultServer,
  operationRows,
  retriesByDefault,
  servers,
  specRetryPolicy,
  statusOperationId,
  terminalStatuses,
} from './generated/operations.js';
import type { WorkflowsResources } from './generated/resources.js';
import { lazy } from './lazy.js';
import { makeLog } from './log.js';
import type { OperationRow } from './operation.js';
import { ALWAYS_SECRET, rememberSecret } from './redact.js';
import { apiPromise, type Context, type RawRequester, send } from './request.js';
import { deadline } from './signals.js';
import type { AndWaitOptions, ClientOptions, ResultOptions, WaitOptions } from './types.js';

export type WorkflowsClient = WorkflowsResources & {
  /** The openapi-fetch client (by path), with the same server, auth and middleware. */
  raw: Client<paths>;
  /** Adds openapi-fetch middleware (`onRequest`, `onResponse`, `onError`). */
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
};

// Polling and downloading load on first use: a client that only makes calls never ships them.
const bulkJobs = lazy(() => import('./bulk-jobs.js'));
const debugLines = lazy(() => import('./debug-log.js'));

function baseUrlOf(server: string): string {
  if (Object.hasOwn(servers, server)) return servers[server as keyof typeof servers];
  if (/^https?:\/\/[^/]/.test(server)) return server.replace(/\/+$/, '');
  throw new WorkflowsError(
    `server must be ${Object.keys(servers).join(', ')} or an http(s) URL, not "${server}"`,
  );
}

/**
 * The credential: `auth`, else `WORKFLOWS_TTD_AUTH` where there is a `process` (Node). A
 * fixed string is returned as is, so it can be a plain header of every request.
 */
function credentialOf(auth: ClientOptions['auth']): string | (() => Promise<string>) {
  const source = auth ?? globalThis.process?.env?.WORKFLOWS_TTD_AUTH;
  if (!source)
    throw new WorkflowsError(
      `no credential: pass \`auth\` to createWorkflowsClient or set WORKFLOWS_TTD_AUTH (sent as ${authHeader})`,
    );
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
    if (!value) throw new WorkflowsError('`auth` returned no credential');
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
    fetch = (...args) => globalThis.fetch(...args),
  } = options;
  const baseUrl = baseUrlOf(options.server ?? defaultServer);
  const credential = credentialOf(options.auth);
  const secretNames = new Set(
    [...ALWAYS_SECRET, authHeader, ...(options.secretHeaders ?? [])].map((h) => h.toLowerCase()),
  );
  for (const name in headers)
    if (secretNames.has(name.toLowerCase())) rememberSecret(headers[name] as string);

  // A fixed credential is a plain header; only a function needs middleware, which costs
  // openapi-fetch some work on every request.
  const raw = createClient<paths>({
    baseUrl,
    fetch,
    headers: typeof credential === 'string' ? { ...headers, [authHeader]: credential } : headers,
  });
  const log = makeLog(options.logger, logLevel);
  const retryBase = { ...specRetryPolicy, ...retries };
  const ctx: Context = {
    raw: raw as unknown as RawRequester,
    baseUrl,
    fetch,
    headers: async () => ({
      ...headers,
      [authHeader]: typeof credential === 'string' ? credential : await credential(),
    }),
    secretNames,
    timeoutMs: options.timeoutMs ?? 60_000,
    retries: retries !== false && (retries ? retryBase : retriesByDefault && retryBase),
    retryBase,
    validate:
      typeof validate === 'string'
        ? { responses: validate, requests: 'off' }
        : { responses: validate.responses ?? 'off', requests: validate.requests ?? 'off' },
    log,
    maxResultBytes: options.maxResultBytes ?? 100 * 2 ** 20,
  };

  if (typeof credential !== 'string' || logLevel === 'debug')
    raw.use({
      async onRequest({ request }) {
        // Per attempt, so a rotating `auth` function is asked again before every retry.
        if (typeof credential !== 'string') request.headers.set(authHeader, await credential());
        if (logLevel === 'debug') (await debugLines()).logRequest(log, request, secretNames);
      },
    });
  raw.use(...(options.middleware ?? []));

  const client: Record<string, Record<string, unknown>> = {};
  const statusRow = operationRows.find((r) => r[0] === statusOperationId) as OperationRow;
  const jobs: JobsRuntime = {
    ctx,
    poll: (id, o) => send(ctx, statusRow, [id], undefined, o as Record<string, unknown>),
    deadline,
    terminalStatuses,
  };
  for (const row of operationRows) {
    const [, , , group, name, { length: positional }, , hasBody, submitsBulkJob] = row;
    const call = (args: unknown[]) =>
      send(
        ctx,
        row,
        args.slice(0, positional),
        hasBody ? args[positional] : undefined,
        (args[positional + hasBody] ?? {}) as Record<string, unknown>,
      );
    client[group] ??= {};
    const methods = client[group];
    methods[name] = (...args: unknown[]) => apiPromise(call(args));
    if (submitsBulkJob)
      methods[name + andWaitSuffix] = async (...args: unknown[]) => {
        const [loading, submitted] = [bulkJobs(), call(args)];
        return (await loading).andWait(
          jobs,
          submitted,
          (args[positional + hasBody] ?? {}) as AndWaitOptions,
        );
      };
  }
  if (statusRow)
    Object.assign(client[statusRow[3]] as object, {
      waitFor: async (id: number, o?: WaitOptions) => (await bulkJobs()).waitFor(jobs, id, o),
      result: async (status: BulkJobStatusResponse, o?: ResultOptions) =>
        (await bulkJobs()).result(jobs, status, o),
    });

  return Object.assign(client as unknown as WorkflowsResources, {
    raw,
    use: raw.use,
    eject: raw.eject,
  });
}
