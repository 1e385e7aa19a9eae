import { afterEach, describe, expect, it } from 'vitest';
import {
  createSandbox,
  DroppedConnectionError,
  type RunningSandbox,
  startSandbox,
} from '../src/index.js';
import { call, callUrl, campaignInput, requestFor, specErrors } from './helpers.js';

/** Draws that make exactly the listed calls (0-based) hit the knob whose draw is low. */
function scripted(pattern: ('drop' | 'fail' | 'none')[]) {
  let call = 0;
  let draw = 0;
  return () => {
    const fate = pattern[call] ?? 'none';
    const isDropDraw = draw % 2 === 0;
    draw++;
    if (!isDropDraw) {
      call++;
    }
    if (isDropDraw) {
      return fate === 'drop' ? 0 : 0.99;
    }
    return fate === 'fail' ? 0 : 0.99;
  };
}

describe('failRate', () => {
  it('answers that share of requests with a bodiless 503, never running the handler', async () => {
    const sb = createSandbox({ failRate: 1 });
    const a = await call(sb, 'createCampaign', { body: campaignInput() });
    expect(a.status).toBe(503);
    expect(a.text).toBe('');
    expect(a.headers.get('retry-after')).toBeNull();
    expect(sb.state.campaigns.size).toBe(0);
    expect(sb.requests.at(-1)).toEqual({
      operationId: 'createCampaign',
      status: 503,
      fault: 'fail',
    });
    // Where the spec documents a 503 the answer validates.
    const job = await call(sb, 'getBulkJobStatus', { params: { id: 1 } });
    expect(job.status).toBe(503);
    expect(specErrors(job)).toEqual([]);
  });

  it('uses 500 where the spec documents only 500', async () => {
    const sb = createSandbox({ failRate: 1 });
    const a = await call(sb, 'getCampaignVersion', { params: { id: 'x' } });
    expect(a.status).toBe(500);
    expect(specErrors(a)).toEqual([]);
  });

  it('is reproducible from the seed and near the asked share', async () => {
    const run = async (seed: number) => {
      const sb = createSandbox({ failRate: 0.3, seed });
      const statuses: number[] = [];
      for (let i = 0; i < 400; i++) {
        statuses.push(
          (await call(sb, 'postGraphQLRequest', { body: { request: '{ a }' } })).status,
        );
      }
      return statuses;
    };
    const first = await run(7);
    expect(await run(7)).toEqual(first);
    expect(await run(8)).not.toEqual(first);
    const failed = first.filter((s) => s === 503).length;
    expect(first.every((s) => s === 200 || s === 503)).toBe(true);
    // 400 draws at p = 0.3: mean 120, sd ≈ 9; the seed is fixed, so this is exact run to run.
    expect(failed).toBeGreaterThan(80);
    expect(failed).toBeLessThan(160);
  });

  it('can be changed while running and rejects nonsense', () => {
    const sb = createSandbox();
    sb.faults = { ...sb.faults, failRate: 0.5 };
    expect(sb.faults.failRate).toBe(0.5);
    expect(() => {
      sb.faults = { ...sb.faults, failRate: 2 };
    }).toThrow(/failRate must be a number from 0 to 1, got 2/);
    expect(() => createSandbox({ dropRate: -1 })).toThrow(/dropRate/);
    expect(() => createSandbox({ latencyMs: Number.NaN })).toThrow(/latencyMs/);
    expect(() => createSandbox({ retryAfter: 1.5 })).toThrow(/retryAfter must be a whole number/);
  });
});

describe('retryAfter', () => {
  it('puts Retry-After on injected failures only', async () => {
    const sb = createSandbox({ failRate: 0.5, retryAfter: 3, random: scripted(['fail', 'none']) });
    const failed = await call(sb, 'createCampaign', { body: campaignInput() });
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('3');
    const ok = await call(sb, 'createCampaign', { body: campaignInput() });
    expect(ok.status).toBe(201);
    expect(ok.headers.get('retry-after')).toBeNull();
  });
});

describe('latencyMs', () => {
  it('waits that long before answering every API request', async () => {
    const waits: number[] = [];
    let release: () => void = () => {};
    const sb = createSandbox({
      latencyMs: 250,
      sleep: (ms) => {
        waits.push(ms);
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
    });
    let answered = false;
    const pending = call(sb, 'createCampaign', { body: campaignInput() }).then((a) => {
      answered = true;
      return a;
    });
    await new Promise((r) => setImmediate(r));
    expect(waits).toEqual([250]);
    expect(answered).toBe(false);
    expect(sb.state.campaigns.size).toBe(0);
    release();
    expect((await pending).status).toBe(201);
    expect(answered).toBe(true);
  });

  it('delays over a socket with the real timer', async () => {
    const running = await startSandbox({ latencyMs: 30 });
    try {
      const a = await callUrl(running.url, 'postGraphQLRequest', { body: { request: '{ a }' } });
      expect(a.status).toBe(200);
    } finally {
      await running.close();
    }
  });
});

describe('dropRate', () => {
  let running: RunningSandbox | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  it('in process: the fetch handler rejects like a reset connection', async () => {
    const sb = createSandbox({ dropRate: 0.5, random: scripted(['drop', 'none']) });
    const request = requestFor('http://s', 'createCampaign', { body: campaignInput() });
    const error = await sb.fetch(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toBeInstanceOf(DroppedConnectionError);
    expect(sb.state.campaigns.size).toBe(0);
    expect(sb.requests.at(-1)?.fault).toBe('drop');
    expect((await call(sb, 'createCampaign', { body: campaignInput() })).status).toBe(201);
  });

  it('over a socket: the connection is destroyed without an answer', async () => {
    running = await startSandbox({ dropRate: 1 });
    const error = await fetch(
      requestFor(running.url, 'createCampaign', { body: campaignInput() }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(((error as Error).cause as { code?: string }).code).toMatch(/UND_ERR_SOCKET|ECONNRESET/);
    // The server survives and answers once the knob is off.
    running.sandbox.faults = { ...running.sandbox.faults, dropRate: 0 };
    expect((await callUrl(running.url, 'createCampaign', { body: campaignInput() })).status).toBe(
      201,
    );
  });
});
