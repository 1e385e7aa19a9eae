import { answerRestRequest } from '../passthrough.js';
import type { OperationHandlers } from './operation-handler.js';

/** The REST passthrough. */
export const restHandlers: Pick<OperationHandlers, 'callPubApi'> = {
  callPubApi({ body }) {
    return { status: 200, body: answerRestRequest(body) };
  },
};
