import type { CallRestApiWorkflowInput, GraphQLRequestInput } from '@workflows-api/types';
import { parseGraphQL, resolveSelections } from './graphql-query.js';
import { badRequest, notFound } from './problem.js';
import { hashHex } from './random.js';

/** The GraphQL passthrough: data of the shape asked for, salted with the variables. */
export function answerGraphQL(input: GraphQLRequestInput): Record<string, unknown> {
  const { kind, selections } = parseGraphQL(input.request, '/request');
  const salt = JSON.stringify(input.variables ?? {});
  return {
    data: resolveSelections(selections, '', salt, kind === 'mutation' ? 'Mutation' : 'Query'),
  };
}

/** The sandbox knows the REST API's v3 surface by its prefix only. */
const REST_PREFIX = '/v3/';

export function answerRestRequest(input: CallRestApiWorkflowInput): Record<string, unknown> {
  const endpoint = input.endpoint?.trim() ?? '';
  if (endpoint === '') {
    throw badRequest('No endpoint given.', [
      {
        pointer: '/endpoint',
        message: 'must name a REST API path such as /v3/campaign/query/advertiser',
      },
    ]);
  }
  if (/^[a-z]+:\/\//i.test(endpoint)) {
    throw badRequest('The endpoint must be a path of the REST API.', [
      { pointer: '/endpoint', message: `must be a path, not a full URL: ${endpoint}` },
    ]);
  }
  const path = endpoint.startsWith('/') ? endpoint : `/${endpoint}`;
  const hasBody = input.methodType === 'POST' || input.methodType === 'PUT';
  let echo: unknown = null;
  if (input.dataBody != null && input.dataBody !== '') {
    if (!hasBody) {
      throw badRequest(`A ${input.methodType} call takes no body.`, [
        { pointer: '/dataBody', message: `must be empty for ${input.methodType}` },
      ]);
    }
    try {
      echo = JSON.parse(input.dataBody);
    } catch (error) {
      throw badRequest('The data body is not JSON.', [
        { pointer: '/dataBody', message: `must be a JSON document: ${(error as Error).message}` },
      ]);
    }
  }
  if (!path.startsWith(REST_PREFIX)) {
    throw notFound(`The REST API has no endpoint ${path} (the sandbox serves ${REST_PREFIX}*).`);
  }
  return {
    sandbox: true,
    method: input.methodType,
    endpoint: path,
    requestId: hashHex(`${input.methodType} ${path} ${input.dataBody ?? ''}`),
    echo,
  };
}
