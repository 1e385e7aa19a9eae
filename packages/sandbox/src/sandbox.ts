import type { HttpBindings } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApiApp } from './api-app.js';
import type { SandboxEnv } from './app-env.js';
import { DEFAULT_BODY_LIMIT_BYTES } from './body-limit.js';
import { type Clock, systemClock } from './clock.js';
import { checkFaults, DroppedConnectionError, type FaultSettings, noFaults } from './faults.js';
import type { JobLimits } from './job-store.js';
import {
  DEFAULT_EXPIRED_JOB_RETENTION_MS,
  DEFAULT_MAX_JOBS,
  DEFAULT_RESULT_RETENTION_MS,
  INLINE_RESULT_LIMIT_BYTES,
} from './jobs.js';
import { DROP_MARKER } from './middleware/inject-faults.js';
import { seededRandom } from './random.js';
import { type RequestRecord, recorderOf } from './request-log.js';
import { createResultsApp } from './results-app.js';
import { SandboxState } from './state.js';

export type { RequestRecord } from './request-log.js';

/** Each fault setting, optional; `undefined` means the default, as leaving it out does. */
type FaultOptions = { [K in keyof FaultSettings]?: FaultSettings[K] | undefined };

export interface SandboxOptions extends FaultOptions {
  /** Drives job progress; a manual clock makes it step by step. Default: the system clock. */
  clock?: Clock | undefined;
  /** Jobs run this many times faster than at 1 (1.5 s + 0.3 s per item). Default 1. */
  jobSpeed?: number | undefined;
  /** Seed of the fault-injection draws. Default 1. */
  seed?: number | undefined;
  /** Replaces the seeded draws, e.g. to script exactly which requests fail. */
  random?: (() => number) | undefined;
  /** How latency is waited for; tests pass a recorder. Default: a timer. */
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Origin (and base path) of result downloads. `startSandbox` sets it to the results server. */
  resultsBaseUrl?: string | undefined;
  /** Results of this many bytes or more are given only as a url. Default 5 MB, as the spec says. */
  inlineResultLimitBytes?: number | undefined;
  /**
   * How long, in ms of the sandbox clock, a finished job's result is kept; then a
   * standard job reports `ResultsExpired` and downloads answer 410. Default 24 h;
   * `Infinity` keeps results for ever.
   */
  resultRetentionMs?: number | undefined;
  /**
   * How long, in ms of the sandbox clock, a job whose result expired is still
   * reported (`ResultsExpired`); then the sandbox forgets it, and a status poll
   * is a 404 saying so. Default 7 days; 0 forgets it as its result expires,
   * `Infinity` never (but see `maxJobs`).
   */
  expiredJobRetentionMs?: number | undefined;
  /**
   * Most jobs kept. Past it, finished jobs are forgotten, those that finished
   * first first, whatever their retention (a status poll is a 404 saying so);
   * jobs still running are never forgotten. Default 10 000.
   */
  maxJobs?: number | undefined;
  /** Accepted `TTD-Auth` values; by default any non-empty value is accepted. */
  authTokens?: readonly string[] | undefined;
  /**
   * Request bodies over this many bytes are refused with a 413 ProblemDetails,
   * on their Content-Length before a byte is read, or as soon as a chunked body
   * passes it. Default 1 MiB (`DEFAULT_BODY_LIMIT_BYTES`).
   */
  bodyLimitBytes?: number | undefined;
}

export interface Sandbox {
  /** Answers an API request: a Web-standard handler, usable with no socket. */
  fetch: (request: Request, env?: unknown) => Promise<Response>;
  /** Answers a download of a big job result (the second origin). */
  resultsFetch: (request: Request) => Promise<Response>;
  /** The API origin: its `Bindings` are set when served by `@hono/node-server`. */
  app: Hono<SandboxEnv>;
  resultsApp: Hono;
  state: SandboxState;
  /** Current fault-injection knobs; assign to change them while running. */
  faults: FaultSettings;
  /** Every API request handled, newest last (the last 10 000). */
  requests: RequestRecord[];
  /** Base url of result downloads; `startSandbox` points it at the results server. */
  resultsBaseUrl: string;
}

/** `.invalid` never resolves (RFC 2606): an in-process url cannot reach anything by accident. */
export const IN_PROCESS_RESULTS_URL = 'http://sandbox-results.invalid';

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function positive(name: string, value: number, { infinite = false } = {}): number {
  if (!(value > 0 && (infinite || Number.isFinite(value)))) {
    throw new RangeError(
      `${name} must be a number > 0${infinite ? ' or Infinity' : ''}, got ${value}`,
    );
  }
  return value;
}

function atLeastZero(name: string, value: number): number {
  if (!(value >= 0)) {
    throw new RangeError(`${name} must be a number >= 0 or Infinity, got ${value}`);
  }
  return value;
}

function wholeAboveZero(name: string, value: number): number {
  if (!(Number.isSafeInteger(value) && value > 0)) {
    throw new RangeError(`${name} must be a whole number > 0, got ${value}`);
  }
  return value;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
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
  const app = createApiApp({
    state,
    clock,
    jobLimits: limits,
    jobSpeed,
    bodyLimitBytes,
    tokens,
    faults: { settings: () => faults, random, sleep },
    record: recorderOf(requests),
    resultsBaseUrl: () => sandbox.resultsBaseUrl,
  });
  const resultsApp = createResultsApp({ state, clock, jobLimits: limits });

  const sandbox: Sandbox = {
    async fetch(request, env) {
      const response = await app.fetch(request, env as Partial<HttpBindings> | undefined);
      if (!response.headers.has(DROP_MARKER)) {
        return response;
      }
      const incoming = (env as Partial<HttpBindings> | undefined)?.incoming;
      if (!incoming) {
        throw new DroppedConnectionError(request.url);
      }
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
