import type {
  GraphQLBulkJobRetrievalResponse,
  GraphQlBulkJob,
  GraphQlBulkJobResponse,
  OperationId,
  StandardJobStatusResponse,
} from '@workflows-api/types';
import { validateResponse } from '@workflows-api/validators';
import { operationRoutes, type Sandbox } from '../src/index.js';

export interface Call {
  body?: unknown;
  params?: Record<string, string | number>;
  query?: Record<string, string>;
  /** `null` sends no TTD-Auth header. */
  auth?: string | null;
  /** Sent as is instead of JSON.stringify(body). */
  rawBody?: string;
}

export interface Answer {
  operationId: OperationId;
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

export function requestFor(base: string, operationId: OperationId, call: Call = {}): Request {
  const route = operationRoutes[operationId];
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = call.params?.[name];
    if (value === undefined) {
      throw new Error(`test: ${operationId} needs path parameter ${name}`);
    }
    return encodeURIComponent(String(value));
  });
  const url = new URL(base + path);
  for (const [k, v] of Object.entries(call.query ?? {})) {
    url.searchParams.set(k, v);
  }
  const headers: Record<string, string> = {};
  if (call.auth !== null) {
    headers['TTD-Auth'] = call.auth ?? 'test-token';
  }
  let body: string | undefined;
  if (route.method === 'GET') {
    body = undefined;
  } else if (call.rawBody !== undefined) {
    body = call.rawBody;
  } else if (call.body !== undefined) {
    body = JSON.stringify(call.body);
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  return new Request(url, { method: route.method, headers, body: body ?? null });
}

export async function read(operationId: OperationId, response: Response): Promise<Answer> {
  const text = await response.text();
  return {
    operationId,
    status: response.status,
    headers: response.headers,
    text,
    body: text === '' ? undefined : JSON.parse(text),
  };
}

/** Calls the in-process handler: no socket. */
export async function call(
  sandbox: Sandbox,
  operationId: OperationId,
  c: Call = {},
): Promise<Answer> {
  return read(operationId, await sandbox.fetch(requestFor('http://sandbox.test', operationId, c)));
}

/** Calls over HTTP. */
export async function callUrl(
  url: string,
  operationId: OperationId,
  c: Call = {},
): Promise<Answer> {
  return read(operationId, await fetch(requestFor(url, operationId, c)));
}

export function specErrors(a: Answer): string[] {
  const result = validateResponse(a.operationId, a.status, a.body);
  return result.valid ? [] : result.errors.map((e) => `${e.path} ${e.message}`);
}

// Valid bodies, built to be changed per test.
export const campaignInput = (name = 'Spring sale', extra: Record<string, unknown> = {}) => ({
  primaryInput: {
    advertiserId: 'adv001',
    name,
    primaryChannel: 'Display',
    primaryGoal: { maximizeReach: true },
    budget: { pacingMode: 'PaceEvenly', budgetInAdvertiserCurrency: 5000 },
    startDateInUtc: '2025-03-01T00:00:00Z',
    endDateInUtc: '2025-04-01T00:00:00Z',
  },
  ...extra,
});

export const adGroupPrimary = (name = 'Prospecting') => ({
  name,
  channel: 'Display',
  funnelLocation: 'Awareness',
  budget: { allocationType: 'Maximum', budgetInAdvertiserCurrency: 500 },
  baseBidCPMInAdvertiserCurrency: 1.5,
  maxBidCPMInAdvertiserCurrency: 4,
});

export const adGroupInput = (campaignId: string, name?: string) => ({
  campaignId,
  primaryInput: adGroupPrimary(name),
});

export async function createCampaign(sandbox: Sandbox, name?: string): Promise<string> {
  const a = await call(sandbox, 'createCampaign', { body: campaignInput(name) });
  if (a.status !== 201) {
    throw new Error(`test: createCampaign answered ${a.status} ${a.text}`);
  }
  return (a.body as { campaign: { id: string } }).campaign.id;
}

export async function createAdGroup(
  sandbox: Sandbox,
  campaignId: string,
  name?: string,
): Promise<string> {
  const a = await call(sandbox, 'createAdGroup', { body: adGroupInput(campaignId, name) });
  if (a.status !== 201) {
    throw new Error(`test: createAdGroup answered ${a.status} ${a.text}`);
  }
  return (a.body as { adGroup: { id: string } }).adGroup.id;
}

/** Throws unless the answer has `status` and matches the spec. */
function expectAnswer(a: Answer, status: number): Answer {
  if (a.status !== status) {
    throw new Error(`test: ${a.operationId} answered ${a.status}, not ${status}: ${a.text}`);
  }
  const errors = specErrors(a);
  if (errors.length > 0) {
    throw new Error(`test: ${a.operationId} off spec: ${errors.join('; ')}`);
  }
  return a;
}

/** Queues a GraphQL bulk job; returns the job of the answer's payload. */
export async function submitGraphQlJob(sandbox: Sandbox, query: string): Promise<GraphQlBulkJob> {
  const a = expectAnswer(
    await call(sandbox, 'submitGraphQlBulkQueryJob', { body: { query } }),
    200,
  );
  const job = (a.body as GraphQlBulkJobResponse).payload?.data;
  if (!job) {
    throw new Error(`test: no job in the submit answer ${a.text}`);
  }
  return job;
}

export async function graphQlJobStatus(
  sandbox: Sandbox,
  id: number,
): Promise<GraphQLBulkJobRetrievalResponse> {
  const a = await call(sandbox, 'getGraphQlBulkJobStatus', { params: { id: String(id) } });
  return expectAnswer(a, 200).body as GraphQLBulkJobRetrievalResponse;
}

export async function standardJobStatus(
  sandbox: Sandbox,
  id: number,
): Promise<StandardJobStatusResponse> {
  const a = await call(sandbox, 'getBulkJobStatus', { params: { id } });
  return expectAnswer(a, 200).body as StandardJobStatusResponse;
}
