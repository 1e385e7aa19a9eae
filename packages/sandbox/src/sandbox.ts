import type { HttpBindings } from '@hono/node-server';
import type { OperationId } from '@workflows-api/types';
import { type Context, Hono } from 'hono';
import { allowedMethodsOf } from './allowed-methods.js';
import { type BodyRead, DEFAULT_BODY_LIMIT_BYTES, readBodyWithin } from './body-limit.js';
import { type Clock, systemClock } from './clock.js';
import {
  checkFaults,
  DroppedConnectionError,
  decideFault,
  type FaultSettings,
  noFaults,
} from './faults.js';
import { type HandlerContext, handlers } from './handlers.js';
import type { JobLimits } from './job-store.js';
import {
  DEFAULT_EXPIRED_JOB_RETENTION_MS,
  DEFAULT_MAX_JOBS,
  DEFAULT_RESULT_RETENTION_MS,
  expiryNotice,
  INLINE_RESULT_LIMIT_BYTES,
} from './jobs.js';
import { assertCoversSpec, documents, operationRoutes, toRouterPath } from './operations.js';
import { type FieldProblem, ProblemError, problem } from './problem.js';
import { seededRandom } from './random.js';
import { checkRequestBody } from './request-validation.js';
import { SandboxState } from './state.js';

export interface SandboxOptions extends Partial<FaultSettings> {
  /** Drives job progress; a manual clock makes it step by step. Default: the system clock. */
  clock?: Clock;
  /** Jobs run this many times faster than at 1 (1.5 s + 0.3 s per item). Default 1. */
  jobSpeed?: number;
  /** Seed of the fault-injection draws. Default 1. */
  seed?: number;
  /** Replaces the seeded draws, e.g. to script exactly which requests fail. */
  random?: () => number;
  /** How latency is waited for; tests pass a recorder. Default: a timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Origin (and base path) of result downloads. `startSandbox` sets it to the results server. */
  resultsBaseUrl?: string;
  /** Results of this many bytes or more are given only as a url. Default 5 MB, as the spec says. */
  inlineResultLimitBytes?: number;
  /**
   * How long, in ms of the sandbox clock, a finished job's result is kept; then a
   * standard job reports `ResultsExpired` and downloads answer 410. Default 24 h;
   * `Infinity` keeps results for ever.
   */
  resultRetentionMs?: number;
  /**
   * How long, in ms of the sandbox clock, a job whose result expired is still
   * reported (`ResultsExpired`); then the sandbox forgets it, and a status poll
   * is a 404 saying so. Default 7 days; 0 forgets it as its result expires,
   * `Infinity` never (but see `maxJobs`).
   */
  expiredJobRetentionMs?: number;
  /**
   * Most jobs kept. Past it, finished jobs are forgotten, those that finished
   * first first, whatever their retention (a status poll is a 404 saying so);
   * jobs still running are never forgotten. Default 10 000.
   */
  maxJobs?: number;
  /** Accepted `TTD-Auth` values; by default any non-empty value is accepted. */
  authTokens?: readonly string[];
  /**
   * Request bodies over this many bytes are refused with a 413 ProblemDetails,
   * on their Content-Length before a byte is read, or as soon as a chunked body
   * passes it. Default 1 MiB (`DEFAULT_BODY_LIMIT_BYTES`).
   */
  bodyLimitBytes?: number;
}

export interface RequestRecord {
  operationId: OperationId;
  status: number;
  fault: 'drop' | 'fail' | undefined;
}

export interface Sandbox {
  /** Answers an API request: a Web-standard handler, usable with no socket. */
  fetch: (request: Request, env?: unknown) => Promise<Response>;
  /** Answers a download of a big job result (the second origin). */
  resultsFetch: (request: Request) => Promise<Response>;
  app: Hono<{ Bindings: Partial<HttpBindings> }>;
  resultsApp: Hono;
  state: SandboxState;
  /** Current fault-injection knobs; assign to change them while running. */
  faults: FaultSettings;
  /** Every API request handled, newest last (the last 10 000). */
  requests: RequestRecord[];
  /** Base url of result downloads; `startSandbox` points it at the results server. */
  resultsBaseUrl: string;
}

const AUTH_HEADER = 'TTD-Auth';
/** `.invalid` never resolves (RFC 2606): an in-process url cannot reach anything by accident. */
export const IN_PROCESS_RESULTS_URL = 'http://sandbox-results.invalid';
const DROP_MARKER = 'x-sandbox-drop-connection';
/** The results origin's one route, as a spec-style template. */
const RESULTS_ROUTE = { method: 'GET', path: '/results/{jobId}/{token}' };
const MAX_RECORDS = 10_000;
const JSON_TYPES = /^(application\/(json|[\w.+-]+\+json)|text\/json)\b/i;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function positive(name: string, value: number, { infinite = false } = {}): number {
  if (!(value > 0 && (infinite || Number.isFinite(value))))
    throw new RangeError(
      `${name} must be a number > 0${infinite ? ' or Infinity' : ''}, got ${value}`,
    );
  return value;
}

function atLeastZero(name: string, value: number): number {
  if (!(value >= 0))
    throw new RangeError(`${name} must be a number >= 0 or Infinity, got ${value}`);
  return value;
}

function wholeAboveZero(name: string, value: number): number {
  if (!(Number.isSafeInteger(value) && value > 0))
    throw new RangeError(`${name} must be a whole number > 0, got ${value}`);
  return value;
}

/** The detail of a body the spec rejects names its first bad field, for whoever reads only that. */
function bodyMismatch(fields: readonly FieldProblem[], total: number): string {
  const [first] = fields;
  if (!first) return 'The request body does not match the spec.';
  const more = total > 1 ? ` (and ${total - 1} more)` : '';
  return `The request body does not match the spec: ${first.pointer || '(the body)'} ${first.message}${more}.`;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  assertCoversSpec(operationRoutes, 'routes');
  assertCoversSpec(handlers, 'handlers');

  const clock = options.clock ?? systemClock;
  const jobSpeed = positive('jobSpeed', options.jobSpeed ?? 1);
  const limits: JobLimits = {
    inlineLimitBytes: positive(
      'inlineResultLimitBytes',
      options.inlineResultLimitBytes ?? INLINE_RESULT_LIMIT_BYTES,
    ),
    resultRetentionMs: positive(
      'resultRetentionMs',
      options.resultRetentionMs ?? DEFAULT_RESULT_RETENTION_MS,
      { infinite: true },
    ),
    expiredJobRetentionMs: atLeastZero(
      'expiredJobRetentionMs',
      options.expiredJobRetentionMs ?? DEFAULT_EXPIRED_JOB_RETENTION_MS,
    ),
    maxJobs: wholeAboveZero('maxJobs', options.maxJobs ?? DEFAULT_MAX_JOBS),
  };
  const bodyLimitBytes = positive(
    'bodyLimitBytes',
    options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
  );
  const random = options.random ?? seededRandom(options.seed ?? 1);
  const sleep = options.sleep ?? defaultSleep;
  const tokens = options.authTokens ? new Set(options.authTokens) : undefined;
  const state = new SandboxState();

  let faults = checkFaults({
    failRate: options.failRate ?? noFaults.failRate,
    latencyMs: options.latencyMs ?? noFaults.latencyMs,
    retryAfter: options.retryAfter ?? noFaults.retryAfter,
    dropRate: options.dropRate ?? noFaults.dropRate,
  });

  const requests: RequestRecord[] = [];
  const record = (r: RequestRecord) => {
    requests.push(r);
    if (requests.length > MAX_RECORDS) requests.splice(0, requests.length - MAX_RECORDS);
  };

  const problemResponse = (
    c: Context,
    status: number,
    detail: string,
    fields: readonly FieldProblem[] = [],
    totalFields = fields.length,
  ): Response =>
    c.json(
      problem(status, detail, {
        instance: c.req.path,
        traceId: state.newTraceId(),
        fields,
        totalFields,
      }),
      status as 400,
    );

  /** A 405 lists, in `Allow`, the methods defined for the path (RFC 9110 §15.5.6). */
  const methodNotAllowed = (c: Context, allowed: readonly string[]): Response => {
    const allow = allowed.join(', ');
    c.header('Allow', allow);
    return problemResponse(
      c,
      405,
      `${c.req.method} is not allowed on ${c.req.path}; it takes ${allow}.`,
    );
  };
  const apiMethodsOn = allowedMethodsOf(Object.values(operationRoutes));
  const resultsMethodsOn = allowedMethodsOf([RESULTS_ROUTE]);

  const app = new Hono<{ Bindings: Partial<HttpBindings> }>();

  for (const operationId of Object.keys(operationRoutes) as OperationId[]) {
    const route = operationRoutes[operationId];
    const handler = handlers[operationId];
    app.on(route.method, toRouterPath(route.path), async (c) => {
      // The router answers HEAD with the GET route; the spec defines no HEAD, nor does the API.
      if (c.req.method !== route.method) {
        return methodNotAllowed(c, apiMethodsOn(c.req.path) ?? [route.method]);
      }
      if (faults.latencyMs > 0) await sleep(faults.latencyMs);
      const fate = decideFault(faults, random);
      if (fate === 'drop') {
        record({ operationId, status: 0, fault: 'drop' });
        return c.body(null, 500, { [DROP_MARKER]: '1' });
      }
      if (fate === 'fail') {
        // 503 unless the spec documents only 500; bodiless, as the spec declares its 5xx.
        const status = !documents(operationId, 503) && documents(operationId, 500) ? 500 : 503;
        record({ operationId, status, fault: 'fail' });
        const headers: Record<string, string> = {};
        if (faults.retryAfter !== undefined) headers['Retry-After'] = String(faults.retryAfter);
        return c.body(null, status, headers);
      }
      const response = await answer(c, operationId, handler);
      record({ operationId, status: response.status, fault: undefined });
      return response;
    });
  }

  async function answer(
    c: Context,
    operationId: OperationId,
    handler: (typeof handlers)[OperationId],
  ) {
    const auth = c.req.header(AUTH_HEADER);
    if (!auth || auth.trim() === '') {
      return problemResponse(c, 401, `Send the API token in the ${AUTH_HEADER} header.`);
    }
    if (tokens && !tokens.has(auth)) {
      return problemResponse(c, 401, `The ${AUTH_HEADER} token was not accepted.`);
    }
    let body: unknown;
    if (operationRoutes[operationId].hasBody) {
      const contentType = c.req.header('Content-Type');
      if (contentType && !JSON_TYPES.test(contentType)) {
        return problemResponse(c, 400, `The body must be JSON; got Content-Type ${contentType}.`);
      }
      let read: BodyRead;
      try {
        read = await readBodyWithin(c.req.raw, bodyLimitBytes);
      } catch (error) {
        // The client went away mid-body: no one reads this answer, and the sandbox did not fail.
        return problemResponse(
          c,
          400,
          `The request body could not be read: ${(error as Error).message}.`,
        );
      }
      if (!read.ok) {
        // The rest of the body is never read: closing beats draining it to keep the connection.
        c.header('Connection', 'close');
        return problemResponse(
          c,
          413,
          `The request body is larger than the sandbox's limit of ${bodyLimitBytes} bytes ` +
            `(bodyLimitBytes)${read.declared ? ', by its Content-Length' : ''}.`,
        );
      }
      const text = read.text;
      if (text.trim() === '') {
        return problemResponse(c, 400, 'A JSON request body is required.', [
          { pointer: '', message: 'the body is empty' },
        ]);
      }
      try {
        body = JSON.parse(text);
      } catch (error) {
        return problemResponse(c, 400, 'The request body is not valid JSON.', [
          { pointer: '', message: (error as Error).message },
        ]);
      }
      const checked = await checkRequestBody(operationId, body);
      if (!checked.ok) {
        return problemResponse(
          c,
          400,
          bodyMismatch(checked.fields, checked.total),
          checked.fields,
          checked.total,
        );
      }
      body = checked.value;
    }

    // Read after the body, whose reading and validation give other requests turns: a job
    // queued now ends after every settle so far, which keeps finished jobs in order.
    const now = clock.now();
    state.settleJobs(now, limits);
    const ctx: HandlerContext = {
      state,
      now,
      body,
      param: (name) => c.req.param(name),
      query: (name) => c.req.query(name),
      jobSpeed,
      resultsBaseUrl: sandbox.resultsBaseUrl,
      jobLimits: limits,
    };
    try {
      const reply = handler(ctx);
      return reply.body === undefined
        ? c.body(null, reply.status as 200)
        : c.json(reply.body as object, reply.status as 200);
    } catch (error) {
      if (error instanceof ProblemError)
        return problemResponse(c, error.status, error.detail, error.fields);
      throw error;
    }
  }

  app.notFound((c) => {
    const allowed = apiMethodsOn(c.req.path);
    if (allowed) return methodNotAllowed(c, allowed);
    return problemResponse(c, 404, `No operation answers ${c.req.method} ${c.req.path}.`);
  });
  app.onError((error, c) => {
    console.error('sandbox: handler failed:', error);
    return problemResponse(c, 500, `The sandbox failed: ${error.message}`);
  });

  const resultsApp = new Hono();
  resultsApp.get(toRouterPath(RESULTS_ROUTE.path), (c) => {
    if (c.req.method !== RESULTS_ROUTE.method) return methodNotAllowed(c, [RESULTS_ROUTE.method]);
    state.settleJobs(clock.now(), limits);
    const token = c.req.param('token') ?? '';
    const jobId = c.req.param('jobId') ?? '';
    const download = state.downloads.get(token);
    if (download && String(download.jobId) === jobId) {
      return c.body(download.body, 200, { 'Content-Type': 'application/json' });
    }
    // An expired result's job still knows its token: say it is gone, not that it never was.
    const job = /^\d+$/.test(jobId) ? state.jobs.get(Number(jobId)) : undefined;
    const done = job?.finished;
    if (job && done && done.downloadToken === token && done.expired) {
      return problemResponse(c, 410, expiryNotice(job, done));
    }
    return problemResponse(c, 404, 'No job result is stored at this address.');
  });
  resultsApp.notFound((c) => {
    const allowed = resultsMethodsOn(c.req.path);
    if (allowed) return methodNotAllowed(c, allowed);
    return problemResponse(c, 404, `Nothing is served at ${c.req.path}.`);
  });

  const sandbox: Sandbox = {
    async fetch(request, env) {
      const response = await app.fetch(request, env as Partial<HttpBindings> | undefined);
      if (!response.headers.has(DROP_MARKER)) return response;
      const incoming = (env as Partial<HttpBindings> | undefined)?.incoming;
      if (!incoming) throw new DroppedConnectionError(request.url);
      incoming.socket.destroy();
      return response;
    },
    resultsFetch: async (request) => resultsApp.fetch(request),
    app,
    resultsApp,
    state,
    get faults() {
      return faults;
    },
    set faults(next) {
      faults = checkFaults({ ...next });
    },
    requests,
    resultsBaseUrl: (options.resultsBaseUrl ?? IN_PROCESS_RESULTS_URL).replace(/\/+$/, ''),
  };
  return sandbox;
}
