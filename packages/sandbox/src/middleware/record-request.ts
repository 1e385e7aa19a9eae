import type { OperationId } from '@workflows-api/types';
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { SandboxEnv } from '../app-env.js';
import type { RequestRecord } from '../request-log.js';

/** Records the operation's answer (status 0 for a dropped connection) once the steps after it ran. */
export const recordRequest =
  (operationId: OperationId, record: (r: RequestRecord) => void): MiddlewareHandler<SandboxEnv> =>
  async (c, next) => {
    await next();
    // The sandbox failing (a bug, not a thrown problem) is no answer of the operation's.
    if (c.error && !(c.error instanceof HTTPException)) {
      return;
    }
    const fault = c.get('fault');
    record({ operationId, status: fault === 'drop' ? 0 : c.res.status, fault });
  };
