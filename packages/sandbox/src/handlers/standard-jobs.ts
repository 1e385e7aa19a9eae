import { firstPartyDataJob, thirdPartyDataJob } from '../data-jobs.js';
import { isGraphQlJob, standardJobStatus } from '../jobs.js';
import { notFound } from '../problem.js';
import type { OperationHandlers, OperationsOf } from './operation-handler.js';
import { parseJobId } from './parameters.js';
import { submitJob, unknownJob } from './queued-jobs.js';

/** Data jobs, and the status of every standard job (the bulk ones are queued by their resource). */
export const standardJobHandlers: Pick<OperationHandlers, OperationsOf<'bulkJobs'>> = {
  submitFirstPartyDataJob(input) {
    return submitJob(input, 'submitFirstPartyDataJob', 10, firstPartyDataJob(input.body));
  },

  submitThirdPartyDataJob(input) {
    return submitJob(input, 'submitThirdPartyDataJob', 10, thirdPartyDataJob(input.body));
  },

  getBulkJobStatus(input) {
    const id = parseJobId(input);
    const job = input.state.jobs.get(id);
    if (!job || isGraphQlJob(job)) {
      throw notFound(unknownJob(input, 'bulk job', id, job));
    }
    return { status: 200, body: standardJobStatus(job, input.now, input.resultsBaseUrl) };
  },
};
