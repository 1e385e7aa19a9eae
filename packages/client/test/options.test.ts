import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWorkflowsClient, servers, WorkflowsError } from '../src/index.js';
import { clientFor, TOKEN } from './helpers/client.js';
import { captureLogger, startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => ({ body: { ok: true } }));
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllEnvs();
});
const last = () => server.requests.at(-1);

describe('server', () => {
  it('lists the servers of the spec', () => {
    expect(servers).toEqual({
      prod: 'https://api.thetradedesk.com/workflows',
      sandbox: 'https://ext-api.sb.thetradedesk.com/workflows',
    });
  });

  it('defaults to prod, takes sandbox or a URL', async () => {
    const seen: string[] = [];
    const fetch = async (input: RequestInfo | URL) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    };
    await createWorkflowsClient({ auth: 'k', fetch }).bulkJobs.getStatus(1);
    await createWorkflowsClient({ auth: 'k', fetch, server: 'sandbox' }).bulkJobs.getStatus(2);
    await createWorkflowsClient({
      auth: 'k',
      fetch,
      server: 'https://proxy.test/wf/',
    }).bulkJobs.getStatus(3);
    expect(seen).toEqual([
      'https://api.thetradedesk.com/workflows/standardjob/1/status',
      'https://ext-api.sb.thetradedesk.com/workflows/standardjob/2/status',
      'https://proxy.test/wf/standardjob/3/status',
    ]);
  });

  it('rejects an unknown server name', () => {
    expect(() => createWorkflowsClient({ auth: 'k', server: 'staging' })).toThrow(
      /server must be prod, sandbox or an http\(s\) URL, not "staging"/,
    );
  });
});

describe('auth', () => {
  it('sends a string as TTD-Auth', async () => {
    await clientFor(server).bulkJobs.getStatus(1);
    expect(last()?.headers['ttd-auth']).toBe(TOKEN);
  });

  it('asks an async function before every attempt', async () => {
    let n = 0;
    const flaky = await startServer((_, i) => (i === 0 ? { status: 503 } : { body: {} }));
    try {
      await clientFor(flaky, { auth: async () => `token-${++n}` }).bulkJobs.getStatus(1);
      expect(flaky.requests.map((r) => r.headers['ttd-auth'])).toEqual(['token-1', 'token-2']);
    } finally {
      await flaky.close();
    }
  });

  it('falls back to WORKFLOWS_TTD_AUTH', async () => {
    vi.stubEnv('WORKFLOWS_TTD_AUTH', 'from-the-env');
    await createWorkflowsClient({ server: server.url }).bulkJobs.getStatus(1);
    expect(last()?.headers['ttd-auth']).toBe('from-the-env');
  });

  it('fails clearly, before any request, without a credential', () => {
    vi.stubEnv('WORKFLOWS_TTD_AUTH', '');
    const before = server.requests.length;
    expect(() => createWorkflowsClient({ server: server.url })).toThrow(WorkflowsError);
    expect(() => createWorkflowsClient({ server: server.url })).toThrow(/WORKFLOWS_TTD_AUTH/);
    expect(server.requests.length).toBe(before);
  });

  it('an auth function that fails or returns nothing sends nothing', async () => {
    const before = server.requests.length;
    await expect(clientFor(server, { auth: async () => '' }).bulkJobs.getStatus(1)).rejects.toThrow(
      /no credential/,
    );
    await expect(
      clientFor(server, {
        auth: () => {
          throw new Error('vault down');
        },
      }).bulkJobs.getStatus(1),
    ).rejects.toThrow(/`auth` failed/);
    expect(server.requests.length).toBe(before);
  });
});

describe('fetch, headers and middleware', () => {
  it('uses a custom fetch, with middleware or without', async () => {
    const calls: string[] = [];
    const options = {
      fetch: (input: string | URL | Request, init?: RequestInit) => {
        calls.push(init?.method ?? (input as Request).method);
        return fetch(input, init);
      },
    };
    await clientFor(server, options).campaigns.create({} as never);
    await clientFor(server, { ...options, middleware: [{ onRequest() {} }] }).campaigns.create(
      {} as never,
    );
    expect(calls).toEqual(['POST', 'POST']);
  });

  it('runs before-request, after-response and on-error hooks', async () => {
    const events: string[] = [];
    const client = clientFor(server, {
      retries: false,
      middleware: [
        {
          onRequest({ request }) {
            events.push(`request ${request.method}`);
            request.headers.set('x-hooked', '1');
          },
          onResponse({ response }) {
            events.push(`response ${response.status}`);
          },
          onError() {
            events.push('error');
          },
        },
      ],
    });
    await client.bulkJobs.getStatus(1);
    expect(last()?.headers['x-hooked']).toBe('1');
    expect(events).toEqual(['request GET', 'response 200']);
    const dead = createWorkflowsClient({ auth: 'k', server: 'http://127.0.0.1:1', retries: false });
    dead.use({ onError: () => void events.push('error') });
    await expect(dead.bulkJobs.getStatus(1)).rejects.toThrow();
    expect(events.at(-1)).toBe('error');
  });
});

describe('logging', () => {
  it('logs request and response lines at debug, with credentials redacted', async () => {
    const { lines, logger } = captureLogger();
    const client = clientFor(server, {
      logger,
      logLevel: 'debug',
      headers: { 'x-api-key': 'partner-secret-value', cookie: 'sid=cookie-secret' },
      secretHeaders: ['X-Api-Key'],
    });
    await client.campaigns.create({} as never);
    const text = lines.join('\n');
    expect(text).toContain('→ POST');
    expect(text).toContain('← 200 POST');
    expect(text).toMatch(/"ttd-auth":"\[REDACTED\]"/);
    expect(text).toMatch(/"x-api-key":"\[REDACTED\]"/);
    expect(text).toMatch(/"cookie":"\[REDACTED\]"/);
    for (const secret of [TOKEN, 'partner-secret-value', 'cookie-secret']) {
      expect(text).not.toContain(secret);
    }
  });

  it('logs nothing below the level, and retries as warnings, seen at the default level', async () => {
    const byLevel: Record<string, string[]> = { debug: [], info: [], warn: [], error: [] };
    const logger = {
      debug: (m: string) => void byLevel.debug?.push(m),
      info: (m: string) => void byLevel.info?.push(m),
      warn: (m: string) => void byLevel.warn?.push(m),
      error: (m: string) => void byLevel.error?.push(m),
    };
    const flaky = await startServer((_, i) => (i === 0 ? { status: 503 } : { body: {} }));
    try {
      await clientFor(flaky, { logger, logLevel: 'warn' }).bulkJobs.getStatus(1);
      expect(byLevel.warn).toHaveLength(1);
      expect(byLevel.warn?.[0]).toMatch(/getBulkJobStatus: 503; retry 1 in \d+ ms/);
      expect([...(byLevel.debug ?? []), ...(byLevel.info ?? []), ...(byLevel.error ?? [])]).toEqual(
        [],
      );
    } finally {
      await flaky.close();
    }
  });
});
