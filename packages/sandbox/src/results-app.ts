import { Hono } from 'hono';
import { allowedMethodsOf, methodNotAllowed } from './allowed-methods.js';
import type { Clock } from './clock.js';
import type { JobLimits } from './job-store.js';
import { expiryNotice } from './jobs.js';
import { onlyMethod } from './middleware/only-method.js';
import { toRouterPath } from './operations.js';
import { ProblemException, problemHandler } from './problem.js';
import type { SandboxState } from './state.js';

/** The results origin's one route, as a spec-style template. */
const RESULTS_ROUTE = { method: 'GET', path: '/results/{jobId}/{token}' };

/**
 * The second origin: big job results behind unguessable urls, with no auth,
 * like pre-signed links. An expired result is a 410, any other miss a 404.
 */
export function createResultsApp(options: {
  state: SandboxState;
  clock: Clock;
  jobLimits: JobLimits;
}): Hono {
  const { state, clock, jobLimits } = options;
  const methodsOn = allowedMethodsOf([RESULTS_ROUTE]);
  const app = new Hono();
  app.get(
    toRouterPath(RESULTS_ROUTE.path),
    onlyMethod(RESULTS_ROUTE.method, () => [RESULTS_ROUTE.method]),
    (c) => {
      state.settleJobs(clock.now(), jobLimits);
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
        throw new ProblemException(410, expiryNotice(job, done));
      }
      throw new ProblemException(404, 'No job result is stored at this address.');
    },
  );
  app.notFound((c) => {
    const allowed = methodsOn(c.req.path);
    if (allowed) {
      throw methodNotAllowed(c.req.method, c.req.path, allowed);
    }
    throw new ProblemException(404, `Nothing is served at ${c.req.path}.`);
  });
  app.onError(problemHandler(() => state.newTraceId()));
  return app;
}
