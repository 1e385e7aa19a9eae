// Per-request cost of @workflows-api/client against raw fetch (the floor) and plain
// openapi-fetch, on a loopback server in another process. Prints a table, writes
// results.json, never fails: speed targets are reported, not enforced.
import { fork } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import createClient from 'openapi-fetch';
import { createWorkflowsClient } from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const CONCURRENCY = [1, 32];
const TARGET = 1.15;
const TOKEN = 'bench-token-0123456789';

const server = fork(path.join(here, 'server.mjs'), [], {
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
const port = await new Promise((resolve) =>
  server.stdout.once('data', (d) => resolve(Number(String(d).trim()))),
);
const baseUrl = `http://127.0.0.1:${port}`;
const headers = { 'TTD-Auth': TOKEN };

const plain = createClient({ baseUrl, headers });
const clientOff = createWorkflowsClient({ server: baseUrl, auth: TOKEN });
const clientOn = createWorkflowsClient({ server: baseUrl, auth: TOKEN, validate: 'strict' });

const variants = {
  'raw fetch': (id) => fetch(`${baseUrl}/bulkjob/${id}/status`, { headers }).then((r) => r.json()),
  'openapi-fetch': (id) =>
    plain.GET('/bulkjob/{id}/status', { params: { path: { id } } }).then((r) => r.data),
  'client, validate off': (id) => clientOff.bulkJobs.getStatus(id),
  'client, validate strict': (id) => clientOn.bulkJobs.getStatus(id),
};

/** Microseconds per request for `requests` calls made by `concurrency` workers. */
async function once(call, concurrency, requests) {
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      const id = next++;
      const data = await call(id);
      if (data?.status !== 'Success') throw new Error(`unexpected answer ${JSON.stringify(data)}`);
    }
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return Number(process.hrtime.bigint() - start) / 1000 / requests;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const results = [];
try {
  for (const concurrency of CONCURRENCY) {
    const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    // Warm-up: JIT, keep-alive sockets, and the lazily loaded validators.
    for (const call of Object.values(variants)) await once(call, concurrency, 200);
    // Variants interleaved within each run, so drift hits them all alike.
    for (let run = 0; run < RUNS; run++)
      for (const [name, call] of Object.entries(variants))
        samples[name].push(await once(call, concurrency, REQUESTS));
    const floor = median(samples['raw fetch']);
    // Under a loaded machine the medians swing; the best runs show the cost of the code itself.
    const bestFloor = Math.min(...samples['raw fetch']);
    for (const [name, xs] of Object.entries(samples)) {
      const med = median(xs);
      results.push({
        variant: name,
        concurrency,
        runs: xs.length,
        requestsPerRun: REQUESTS,
        medianUs: med,
        minUs: Math.min(...xs),
        maxUs: Math.max(...xs),
        ratioToRawFetch: med / floor,
        bestRunRatioToRawFetch: Math.min(...xs) / bestFloor,
        target: name === 'client, validate strict' ? `<= ${TARGET}x raw fetch` : undefined,
        met: name === 'client, validate strict' ? med / floor <= TARGET : undefined,
      });
    }
  }
} finally {
  server.disconnect();
}

const fmt = (n) => n.toFixed(1).padStart(8);
console.log(
  `\nPer-request cost, µs (median / min / max of ${RUNS} runs × ${REQUESTS} requests), loopback server in another process\n`,
);
console.log(
  `${'variant'.padEnd(26)} conc   median      min      max   ratio  min-ratio  target (on the median ratio)`,
);
for (const r of results)
  console.log(
    `${r.variant.padEnd(26)} ${String(r.concurrency).padStart(4)} ${fmt(r.medianUs)} ${fmt(r.minUs)} ${fmt(r.maxUs)}  ${r.ratioToRawFetch.toFixed(2).padStart(5)}x  ${r.bestRunRatioToRawFetch.toFixed(2).padStart(8)}x  ${r.target ? `${r.target}: ${r.met ? 'met' : 'missed'}` : ''}`,
  );

await writeFile(
  path.join(here, 'results.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      floor: 'raw fetch at the same concurrency, same run',
      results,
    },
    null,
    2,
  )}\n`,
);
