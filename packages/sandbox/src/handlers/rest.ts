import { answerRestRequest } from '../passthrough.js';
import type { OperationHandlers, OperationsOf } from './operation-handler.js';

/** The REST passthrough. */
export const restHandlers: Pick<OperationHandlers, OperationsOf<'pubApis'>> = {
  callPubApi({ body }) {
    return { status: 200, body: answerRestRequest(body) };
  },
};
