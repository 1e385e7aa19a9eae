import { adGroupHandlers } from './ad-groups.js';
import { campaignHandlers } from './campaigns.js';
import { graphQlHandlers } from './graphql.js';
import type { OperationHandlers } from './operation-handler.js';
import { restHandlers } from './rest.js';
import { standardJobHandlers } from './standard-jobs.js';

export type {
  OperationHandler,
  OperationHandlers,
  OperationInput,
  SandboxContext,
  SuccessReply,
} from './operation-handler.js';

/** Every operation's handler, by resource; a compile error if one is missing or answers off-spec. */
export const handlers: OperationHandlers = {
  ...adGroupHandlers,
  ...campaignHandlers,
  ...standardJobHandlers,
  ...graphQlHandlers,
  ...restHandlers,
};
