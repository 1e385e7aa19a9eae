// Cost of @workflows-api/client against raw fetch (the floor) and plain openapi-fetch, on a
// loopback server in another process: requests/s and p50/p99 latency per variant and
// concurrency, each a median with min and max over the runs, and ratios to raw fetch in the
// same run. Also the bundle size of the client plus one call. Prints a table, writes
// results.json, never fails: targets are reported as met or missed, not enforced.
import { fork } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import createClient from 'openapi-fetch';
import { createWorkflowsClient } from '../dist/index.js';
import { measure as measureBundle } from '../scripts/size.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 15));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const CONCURRENCY = [1, 32];
const TARGET = 1.15;
const TOKEN = 'bench-token-0123456789';
const FLOOR = 'raw fetch';
const TARGETED = 'client, validate strict';

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
  [FLOOR]: (id) => fetch(`${baseUrl}/standardjob/${id}/status`, { headers }).then((r) => r.json()),
  // What any per-request timeout costs: undici's handling of a signal, a timer per request.
  'raw fetch + timeout': (id) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    return fetch(`${baseUrl}/standardjob/${id}/status`, { headers, signal: controller.signal })
      .then((r) => r.json())
      .finally(() => clearTimeout(timer));
  },
  'openapi-fetch': (id) =>
    plain.GET('/standardjob/{id}/status', { params: { path: { id } } }).then((r) => r.data),
  'client, validate off': (id) => clientOff.bulkJobs.getStatus(id),
  [TARGETED]: (id) => clientOn.bulkJobs.getStatus(id),
};

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

/** `requests` calls by `concurrency` workers: elapsed time and every latency (ms). */
async function block(call, concurrency, requests) {
  let next = 0;
  const latencies = [];
  const worker = async () => {
    while (next < requests) {
      const id = next++;
      const sent = performance.now();
      const data = await call(id);
      latencies.push(performance.now() - sent);
      if (data?.status !== 'Success') {
        throw new Error(`unexpected answer ${JSON.stringify(data)}`);
      }
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { elapsedMs: performance.now() - start, latencies };
}

/**
 * One run: `requests` calls per variant, sent in blocks that take turns (the order rotating
 * block by block), so a burst of machine noise lands on every variant rather than on
 * whichever one happened to be running.
 */
async function once(concurrency, requests) {
  const names = Object.keys(variants);
  const size = Math.max(50, concurrency * 8);
  const totals = Object.fromEntries(names.map((n) => [n, { elapsedMs: 0, latencies: [] }]));
  for (let done = 0, turn = 0; done < requests; done += size, turn++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + turn) % names.length];
      const b = await block(variants[name], concurrency, Math.min(size, requests - done));
      totals[name].elapsedMs += b.elapsedMs;
      totals[name].latencies.push(...b.latencies);
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const { elapsedMs, latencies } = totals[name];
      latencies.sort((a, b) => a - b);
      return [
        name,
        {
          rps: (requests / elapsedMs) * 1000,
          p50Us: percentile(latencies, 50) * 1000,
          p99Us: percentile(latencies, 99) * 1000,
        },
      ];
    }),
  );
}

const results = [];
try {
  for (const concurrency of CONCURRENCY) {
    const runs = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    // Warm-up: JIT, keep-alive sockets, and the lazily loaded validators.
    await once(concurrency, 200);
    // Each ratio is taken against the raw-fetch floor of the same run.
    for (let run = 0; run < RUNS; run++) {
      for (const [name, x] of Object.entries(await once(concurrency, REQUESTS))) {
        runs[name].push(x);
      }
    }
    const floor = runs[FLOOR];
    for (const [name, xs] of Object.entries(runs)) {
      const ratio = (pick) => spread(xs.map((x, i) => pick(x, floor[i])));
      results.push({
        variant: name,
        concurrency,
        runs: xs.length,
        requestsPerRun: REQUESTS,
        requestsPerSecond: spread(xs.map((x) => x.rps)),
        p50Us: spread(xs.map((x) => x.p50Us)),
        p99Us: spread(xs.map((x) => x.p99Us)),
        // Per-request cost relative to raw fetch: its requests/s over ours, run by run.
        ratioToRawFetch: ratio((x, f) => f.rps / x.rps),
        p50RatioToRawFetch: ratio((x, f) => x.p50Us / f.p50Us),
        p99RatioToRawFetch: ratio((x, f) => x.p99Us / f.p99Us),
      });
    }
  }
} finally {
  server.disconnect();
}

const bundle = await measureBundle();

const targets = [
  ...CONCURRENCY.map((concurrency) => {
    const r = results.find((x) => x.variant === TARGETED && x.concurrency === concurrency);
    return {
      name: `client with validation on, concurrency ${concurrency}: per-request cost vs raw fetch (median ratio)`,
      target: `<= ${TARGET}x`,
      actual: `${r.ratioToRawFetch.median.toFixed(2)}x`,
      met: r.ratioToRawFetch.median <= TARGET,
    };
  }),
  {
    name: 'bundle: client + one call, gzip',
    target: `<= ${bundle.budget} B`,
    actual: `${bundle.gzip} B`,
    met: bundle.gzip <= bundle.budget,
  },
];

const n = (x, digits = 0) => x.toFixed(digits);
const cell = (s, digits = 0) =>
  `${n(s.median, digits)} (${n(s.min, digits)}–${n(s.max, digits)})`.padStart(22);
const ratio = (s) => `${n(s.median, 2)}x (${n(s.min, 2)}–${n(s.max, 2)})`.padStart(20);
console.log(
  `\nClient vs raw fetch and openapi-fetch: median (min–max) of ${RUNS} runs × ${REQUESTS} requests, loopback server in another process; ratios to raw fetch in the same run\n`,
);
console.log(
  `${'variant'.padEnd(24)} conc ${'requests/s'.padStart(22)} ${'p50 µs'.padStart(22)} ${'p99 µs'.padStart(22)} ${'cost ratio'.padStart(20)} ${'p50 ratio'.padStart(20)} ${'p99 ratio'.padStart(20)}`,
);
for (const r of results) {
  console.log(
    `${r.variant.padEnd(24)} ${String(r.concurrency).padStart(4)} ${cell(r.requestsPerSecond)} ${cell(r.p50Us)} ${cell(r.p99Us)} ${ratio(r.ratioToRawFetch)} ${ratio(r.p50RatioToRawFetch)} ${ratio(r.p99RatioToRawFetch)}`,
  );
}
console.log(
  `\nbundle: client + one call ${bundle.gzip} B gzip (${bundle.minified} B minified), on-demand chunks not counted`,
);
console.log('\ntargets:');
for (const t of targets) {
  console.log(`  [${t.met ? 'met' : 'MISSED'}] ${t.name}: target ${t.target}, actual ${t.actual}`);
}

await writeFile(
  path.join(here, 'results.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      floor: 'raw fetch at the same concurrency, same run',
      runs: RUNS,
      requestsPerRun: REQUESTS,
      results,
      bundle: {
        what: 'createWorkflowsClient + one call, esbuild minified + code-split, gzip level 9; on-demand chunks not counted',
        gzipBytes: bundle.gzip,
        minifiedBytes: bundle.minified,
        budgetBytes: bundle.budget,
      },
      targets,
    },
    null,
    2,
  )}\n`,
);
