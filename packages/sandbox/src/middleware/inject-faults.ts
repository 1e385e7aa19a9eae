import type { OperationId } from '@workflows-api/types';
import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../app-env.js';
import { decideFault, type FaultSettings } from '../faults.js';
import { documents } from '../operations.js';

/** Header of the answer standing for a dropped connection; the sandbox's `fetch` acts on it. */
export const DROP_MARKER = 'x-sandbox-drop-connection';

export interface FaultInjection {
  /** The knobs as they are now: they can change while a request waits. */
  settings(): FaultSettings;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

/**
 * Waits `latencyMs`, then draws the request's fate: dropped, failed with a
 * bodiless 5xx, or passed on to the operation.
 */
export const injectFaults =
  (operationId: OperationId, injection: FaultInjection): MiddlewareHandler<SandboxEnv> =>
  async (c, next) => {
    const latencyMs = injection.settings().latencyMs;
    if (latencyMs > 0) {
      await injection.sleep(latencyMs);
    }
    const fate = decideFault(injection.settings(), injection.random);
    if (fate === 'drop') {
      c.set('fault', 'drop');
      return c.body(null, 500, { [DROP_MARKER]: '1' });
    }
    if (fate === 'fail') {
      // 503 unless the spec documents only 500; bodiless, as the spec declares its 5xx.
      const status = !documents(operationId, 503) && documents(operationId, 500) ? 500 : 503;
      c.set('fault', 'fail');
      const retryAfter = injection.settings().retryAfter;
      return c.body(
        null,
        status,
        retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) },
      );
    }
    await next();
  };
