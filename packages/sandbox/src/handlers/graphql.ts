import { graphQlBulkJobView, graphQlJobRetrieval, graphQlJobWork } from '../graphql-jobs.js';
import { GRAPHQL_JOB_OPERATION, isGraphQlJob } from '../jobs.js';
import { answerGraphQL } from '../passthrough.js';
import { notFound } from '../problem.js';
import type { OperationHandlers, OperationsOf } from './operation-handler.js';
import { parseJobId } from './parameters.js';
import { queueJob, unknownJob } from './queued-jobs.js';

/** The GraphQL passthrough and GraphQL bulk query jobs. */
export const graphQlHandlers: Pick<
  OperationHandlers,
  OperationsOf<'graphQl' | 'graphQlBulkJobs'>
> = {
  postGraphQLRequest({ body }) {
    return { status: 200, body: answerGraphQL(body) };
  },

  submitGraphQlBulkQueryJob(input) {
    const work = graphQlJobWork(input.body);
    const job = queueJob(input, GRAPHQL_JOB_OPERATION, work.parts, work.run);
    return {
      status: 200,
      body: {
        payload: { data: graphQlBulkJobView(job, input.now, input.resultsBaseUrl), errors: null },
        errors: null,
      },
    };
  },

  getGraphQlBulkJobStatus(input) {
    const id = parseJobId(input);
    const job = input.state.jobs.get(id);
    if (!job || !isGraphQlJob(job)) {
      throw notFound(unknownJob(input, 'GraphQL bulk job', id, job));
    }
    return { status: 200, body: graphQlJobRetrieval(job, input.now, input.resultsBaseUrl) };
  },
};
