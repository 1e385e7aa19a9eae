import { type OperationBody, type OperationId, operationIds } from '@workflows-api/types';
import { Hono, type MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { allowedMethodsOf, methodNotAllowed } from './allowed-methods.js';
import type { SandboxEnv } from './app-env.js';
import type { Clock } from './clock.js';
import { handlers } from './handlers/index.js';
import type { OperationHandler, OperationHandlers } from './handlers/operation-handler.js';
import type { JobLimits } from './job-store.js';
import { type FaultInjection, injectFaults } from './middleware/inject-faults.js';
import { jsonBody } from './middleware/json-body.js';
import { onlyMethod } from './middleware/only-method.js';
import { recordRequest } from './middleware/record-request.js';
import { requireToken } from './middleware/require-token.js';
import { AUTH_HEADER, assertCoversSpec, operationRoutes, toRouterPath } from './operations.js';
import { ProblemException, problemHandler } from './problem.js';
import type { RequestRecord } from './request-log.js';
import type { SandboxState } from './state.js';

export interface ApiAppOptions {
  state: SandboxState;
  clock: Clock;
  jobLimits: JobLimits;
  jobSpeed: number;
  bodyLimitBytes: number;
  /** Accepted tokens; undefined accepts any non-empty one. */
  tokens: ReadonlySet<string> | undefined;
  faults: FaultInjection;
  record: (r: RequestRecord) => void;
  /** Read per request: `startSandbox` sets it once the results server listens. */
  resultsBaseUrl: () => string;
}

/**
 * The API origin: one route per operation of the spec, each the same chain of
 * middleware (method, record, faults, token, body) ending in the operation's
 * handler; problems anywhere are thrown and rendered by `onError`.
 */
export function createApiApp(options: ApiAppOptions): Hono<SandboxEnv> {
  assertCoversSpec(operationRoutes, 'routes');
  assertCoversSpec(handlers, 'handlers');
  const { state, clock, jobLimits, jobSpeed } = options;
  const methodsOn = allowedMethodsOf(Object.values(operationRoutes));
  const checkToken = requireToken(AUTH_HEADER, options.tokens);

  /** The last step: jobs settled up to now, then the operation's typed handler. */
  const answer =
    <K extends OperationId>(handler: OperationHandler<K>): MiddlewareHandler<SandboxEnv> =>
    async (c) => {
      // Read after the body, whose reading and validation give other requests turns: a job
      // queued now ends after every settle so far, which keeps finished jobs in order.
      const now = clock.now();
      state.settleJobs(now, jobLimits);
      const reply = handler({
        state,
        now,
        // `jsonBody` checked it against the spec's schema of this operation's body.
        body: c.get('body') as OperationBody<K>,
        param: (name) => c.req.param(name),
        query: (name) => c.req.query(name),
        jobSpeed,
        resultsBaseUrl: options.resultsBaseUrl(),
        jobLimits,
      });
      const status = reply.status as ContentfulStatusCode;
      return reply.body === undefined ? c.body(null, status) : c.json(reply.body, status);
    };

  const app = new Hono<SandboxEnv>();
  const route = <K extends OperationId>(operationId: K) => {
    const { method, path, hasBody } = operationRoutes[operationId];
    const handler: OperationHandlers[K] = handlers[operationId];
    app.on(
      method,
      toRouterPath(path),
      onlyMethod(method, methodsOn),
      recordRequest(operationId, options.record),
      injectFaults(operationId, options.faults),
      checkToken,
      ...(hasBody ? [jsonBody(operationId, options.bodyLimitBytes)] : []),
      answer(handler),
    );
  };
  for (const operationId of operationIds) {
    route(operationId);
  }

  app.notFound((c) => {
    const allowed = methodsOn(c.req.path);
    if (allowed) {
      throw methodNotAllowed(c.req.method, c.req.path, allowed);
    }
    throw new ProblemException(404, `No operation answers ${c.req.method} ${c.req.path}.`);
  });
  app.onError(problemHandler(() => state.newTraceId()));
  return app;
}
