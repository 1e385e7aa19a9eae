import { afterEach, describe, expect, it } from 'vitest';
import { RequestValidationError, ResponseValidationError } from '../src/index.js';
import { clientFor } from './helpers/client.js';
import { captureLogger, type Reply, startServer, type TestServer } from './helpers/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
async function serve(reply: Reply) {
  server = await startServer(() => reply);
  return server;
}

const malformed = { id: 'seven', status: 'Weird' };
const good = { id: 7, status: 'Success', createdAtUtc: '2026-01-01T00:00:00Z' };

describe("validate: 'strict'", () => {
  it('rejects a malformed response and lists the issues', async () => {
    const s = await serve({ body: malformed });
    const error = await clientFor(s, { validate: 'strict' })
      .bulkJobs.getStatus(7)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const e = error as ResponseValidationError;
    expect(e.operationId).toBe('getBulkJobStatus');
    expect(e.body).toBe(JSON.stringify(malformed));
    expect(e.issues.map((i) => [i.path, i.keyword]).sort()).toEqual([
      ['/createdAtUtc', 'required'],
      ['/id', 'type'],
      ['/status', 'enum'],
    ]);
    expect(e.message).toContain('/status must be one of');
  });

  it('passes a valid response through', async () => {
    const s = await serve({ body: good });
    expect(await clientFor(s, { validate: 'strict' }).bulkJobs.getStatus(7)).toEqual(good);
  });
});

describe("validate: 'warn' and 'off'", () => {
  it('warn logs the issues and returns the data', async () => {
    const s = await serve({ body: malformed });
    const { lines, logger } = captureLogger();
    const data = await clientFor(s, {
      validate: 'warn',
      logger,
      logLevel: 'warn',
    }).bulkJobs.getStatus(7);
    expect(data).toEqual(malformed);
    expect(lines.join('\n')).toContain('getBulkJobStatus: invalid response');
  });

  it('off (the default) does not look', async () => {
    const s = await serve({ body: malformed });
    expect(await clientFor(s).bulkJobs.getStatus(7)).toEqual(malformed);
  });
});

describe('request validation (opt-in)', () => {
  it('strict rejects a bad body before sending it', async () => {
    const s = await serve({ status: 201, body: {} });
    const error = await clientFor(s, { validate: { requests: 'strict' } })
      .campaigns.create({ foo: 1 } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((i) => i.path)).toContain('/foo');
    expect(s.requests).toHaveLength(0);
  });

  it('is off unless asked for, even with strict responses', async () => {
    const s = await serve({ status: 200, body: ['c1'] });
    await clientFor(s, { validate: 'strict' }).campaigns.archive([1] as never);
    expect(s.requests).toHaveLength(1);
  });
});
