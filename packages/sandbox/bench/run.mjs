// `pnpm bench` for @workflows-api/sandbox: what one request costs as state grows, and
// how long one hostile request can hold up the others. Status polls per second over loopback
// HTTP with 1k and 100k stored jobs, in blocks that take turns, and their ratio run by run; heap held per job
// and by big results; the answer to a worst-case body at the limit and to an oversized one,
// and how long a tiny GET sent meanwhile waits. Medians with min and max over the runs.
// Prints a table, writes results.json, never fails: targets are reported as met or missed.
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  createManualClock,
  createSandbox,
  DEFAULT_BODY_LIMIT_BYTES,
  startSandbox,
} from '../dist/index.js';

if (typeof globalThis.gc !== 'function') {
  throw new Error('run with node --expose-gc');
}
const here = path.dirname(fileURLToPath(import.meta.url));
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const POLLS = Number(process.env.BENCH_POLLS ?? 2_000);
const SMALL = 1_000;
const LARGE = 100_000;
const FLAT = 0.8;
const FREEZE_MS = 1_000;
const BIG_RESULT_JOBS = 20;
const headers = { 'TTD-Auth': 'bench-token', 'Content-Type': 'application/json' };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const heapAfterGc = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

const post = (sandbox, path, body) =>
  sandbox.fetch(
    new Request(`http://sandbox.bench${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    }),
  );

async function submit(sandbox, i) {
  // A name filter that matches no segment keeps each result a few dozen bytes.
  const res = await post(sandbox, '/standardjob/firstpartydata', {
    advertiserId: `adv${i}`,
    nameFilter: 'no such segment',
  });
  if (res.status !== 202) {
    throw new Error(`submit answered ${res.status}: ${await res.text()}`);
  }
  return (await res.json()).id;
}

/** A status poll through `fetcher` (a sandbox's in-process handler, or fetch over loopback). */
const poll = async (fetcher, base, id) => {
  const res = await fetcher(new Request(`${base}/standardjob/${id}/status`, { headers }));
  const body = await res.json();
  if (res.status !== 200) {
    throw new Error(`status answered ${res.status}: ${JSON.stringify(body)}`);
  }
  return body;
};

/**
 * A sandbox on 127.0.0.1 holding `n` jobs: half finished (results held), half
 * still running. Filled in process, polled over HTTP, as a client sees it.
 */
async function sandboxWith(n) {
  const clock = createManualClock();
  const running = await startSandbox({ clock, maxJobs: n });
  const { sandbox } = running;
  const ids = [];
  for (let i = 0; i < n / 2; i++) {
    ids.push(await submit(sandbox, i));
  }
  clock.advance(60_000);
  for (let i = n / 2; i < n; i++) {
    ids.push(await submit(sandbox, i));
  }
  // The clock stands still from here: no job changes while the polls are timed.
  await poll(sandbox.fetch, 'http://sandbox.bench', ids[0]);
  if (sandbox.state.jobs.size !== n) {
    throw new Error(`expected ${n} jobs`);
  }
  return { running, ids };
}

// --- status polls: 1k and 100k jobs side by side, heap per job ---
const small = await sandboxWith(SMALL);
const heapSmall = heapAfterGc();
const large = await sandboxWith(LARGE);
const heapLarge = heapAfterGc();
const bytesPerJob = (heapLarge - heapSmall) / (LARGE - SMALL);

let draw = 1;
const nextIndex = (n) => {
  draw = (Math.imul(draw, 1103515245) + 12345) >>> 0;
  return draw % n;
};
async function pollsPerSecond({ running, ids }, polls) {
  const start = performance.now();
  for (let i = 0; i < polls; i++) {
    await poll(fetch, running.url, ids[nextIndex(ids.length)]);
  }
  return (polls / (performance.now() - start)) * 1000;
}

const stores = { [`${SMALL} jobs`]: small, [`${LARGE} jobs`]: large };
const rps = Object.fromEntries(Object.keys(stores).map((k) => [k, []]));
const ratios = [];
for (const s of Object.values(stores)) {
  await pollsPerSecond(s, 500); // warm-up
}
for (let run = 0; run < RUNS; run++) {
  const names = Object.keys(stores);
  if (run % 2) {
    names.reverse();
  }
  const block = POLLS / 4;
  const elapsed = Object.fromEntries(names.map((n) => [n, 0]));
  // Blocks take turns, so a burst of machine noise lands on both stores alike.
  for (let b = 0; b < 4; b++) {
    for (const name of names) {
      elapsed[name] += block / (await pollsPerSecond(stores[name], block));
    }
  }
  for (const name of names) {
    rps[name].push(POLLS / elapsed[name]);
  }
  ratios.push(rps[`${LARGE} jobs`].at(-1) / rps[`${SMALL} jobs`].at(-1));
}
await small.running.close();
await large.running.close();
// Let go of the big store before the next measures.
stores[`${LARGE} jobs`] = undefined;
large.running = undefined;
large.ids = undefined;

// --- big results: what 20 finished jobs of over 5 MB each hold ---
const bigClock = createManualClock();
const bigSandbox = createSandbox({ clock: bigClock });
const bigIds = [];
const heapBeforeBig = heapAfterGc();
for (let i = 0; i < BIG_RESULT_JOBS; i++) {
  const res = await post(bigSandbox, '/standardjob/thirdpartydata', { partnerId: `large-${i}` });
  bigIds.push((await res.json()).id);
}
bigClock.advance(60_000);
const bigStatus = await poll(bigSandbox.fetch, 'http://sandbox.bench', bigIds[0]);
if (!bigStatus.url) {
  throw new Error('expected a big result served by url');
}
const bigHeldMb = (heapAfterGc() - heapBeforeBig) / 1e6;

// --- one hostile request: worst-case bodies at the limit, an oversized one ---
// n ones and n - 1 commas in brackets: 2n + 1 bytes, one under the limit; each item an error.
const ones = `[${Array((DEFAULT_BODY_LIMIT_BYTES - 2) / 2)
  .fill('1')
  .join(',')}]`;
// Bulk items that each miss every required field, reached through a `$ref`.
const item = '{"primaryInput":{}}';
const items = Math.floor((DEFAULT_BODY_LIMIT_BYTES - 12) / (item.length + 1));
const bulk = `{"input":[${Array(items).fill(item).join(',')}]}`;
const worstBodies = {
  'archive: 524k bad ids': { path: '/adgroup/archive', body: ones },
  'bulk create: 52k bad items': { path: '/standardjob/campaign/bulk', body: bulk },
};
for (const { body } of Object.values(worstBodies)) {
  if (Buffer.byteLength(body) > DEFAULT_BODY_LIMIT_BYTES) {
    throw new Error('body over the limit');
  }
}

const running = await startSandbox();
const timed = async (send) => {
  const start = performance.now();
  const res = await send();
  await res.arrayBuffer();
  return { ms: performance.now() - start, status: res.status };
};
/** Time to the head of the answer to a 100 MB body, sent as fast as the socket takes it. */
async function oversized() {
  const size = 100 * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const start = performance.now();
  const req = httpRequest(`${running.url}/adgroup/archive`, {
    method: 'POST',
    headers: { ...headers, 'Content-Length': String(size) },
  });
  req.on('error', () => {}); // the server closes once it has answered
  let sent = 0;
  const pump = () => {
    while (sent < size) {
      sent += chunk.length;
      if (!req.write(chunk)) {
        return;
      }
    }
  };
  req.on('drain', pump);
  pump();
  const [res] = await once(req, 'response');
  const ms = performance.now() - start;
  res.resume();
  req.destroy();
  return { ms, status: res.statusCode, sentMb: sent / 1024 / 1024 };
}
const worst = Object.fromEntries(
  Object.keys(worstBodies).map((k) => [k, { answer: [], getMeanwhile: [] }]),
);
const over = { ms: [], sentMb: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [name, { path: at, body }] of Object.entries(worstBodies)) {
      const big = timed(() => fetch(`${running.url}${at}`, { method: 'POST', headers, body }));
      // Sent just after: it waits for whatever of the big one holds the thread.
      const tiny = timed(() => fetch(`${running.url}/campaign/nope/version`, { headers }));
      const [b, t] = await Promise.all([big, tiny]);
      if (b.status !== 400 || t.status !== 404) {
        throw new Error(`answered ${b.status}, ${t.status}`);
      }
      worst[name].answer.push(b.ms);
      worst[name].getMeanwhile.push(t.ms);
    }
    const o = await oversized();
    if (o.status !== 413) {
      throw new Error(`oversized body answered ${o.status}`);
    }
    over.ms.push(o.ms);
    over.sentMb.push(o.sentMb);
  }
} finally {
  await running.close();
}

const results = {
  statusPolls: Object.fromEntries(
    Object.entries(rps).map(([name, xs]) => [name, { requestsPerSecond: spread(xs) }]),
  ),
  ratio100kTo1k: spread(ratios),
  heapBytesPerStoredJob: bytesPerJob,
  heapHeldBy20BigResultsMb: bigHeldMb,
  worstBodiesAtLimit: Object.fromEntries(
    Object.entries(worst).map(([name, w]) => [
      name,
      { answerMs: spread(w.answer), tinyGetMeanwhileMs: spread(w.getMeanwhile) },
    ]),
  ),
  oversized100MbBody: { answerHeadMs: spread(over.ms), sentMbBeforeAnswer: spread(over.sentMb) },
};
const worstWait = Math.max(
  ...Object.values(results.worstBodiesAtLimit).map((w) => w.tinyGetMeanwhileMs.median),
);

const targets = [
  {
    name: `status polls with ${LARGE} jobs vs ${SMALL}: requests/s ratio (median, same run)`,
    target: `>= ${FLAT}x`,
    actual: `${results.ratio100kTo1k.median.toFixed(2)}x`,
    met: results.ratio100kTo1k.median >= FLAT,
  },
  {
    name: `a tiny GET sent with a worst-case body at the ${DEFAULT_BODY_LIMIT_BYTES} B limit: its wait (median, worse body)`,
    target: `<= ${FREEZE_MS} ms`,
    actual: `${worstWait.toFixed(0)} ms`,
    met: worstWait <= FREEZE_MS,
  },
  {
    name: 'a 100 MB body: time to the head of its 413 (median)',
    target: `<= ${FREEZE_MS} ms`,
    actual: `${results.oversized100MbBody.answerHeadMs.median.toFixed(0)} ms`,
    met: results.oversized100MbBody.answerHeadMs.median <= FREEZE_MS,
  },
  {
    name: `${BIG_RESULT_JOBS} finished jobs with results over 5 MB: heap they hold`,
    target: '<= 10 MB',
    actual: `${bigHeldMb.toFixed(1)} MB`,
    met: bigHeldMb <= 10,
  },
];

const n = (x, digits = 0) => x.toFixed(digits);
const cell = (s, digits = 0) => `${n(s.median, digits)} (${n(s.min, digits)}–${n(s.max, digits)})`;
console.log(
  `\nSandbox: median (min–max) of ${RUNS} runs; ${POLLS} status polls per store per run, over 127.0.0.1\n`,
);
for (const [name, r] of Object.entries(results.statusPolls)) {
  console.log(`status polls, ${name.padEnd(12)} ${cell(r.requestsPerSecond)} req/s`);
}
console.log(`ratio ${LARGE} / ${SMALL} jobs         ${cell(results.ratio100kTo1k, 2)}`);
console.log(`heap per stored job           ${n(bytesPerJob)} B`);
console.log(`heap held by ${BIG_RESULT_JOBS} big results    ${n(bigHeldMb, 1)} MB`);
for (const [name, w] of Object.entries(results.worstBodiesAtLimit)) {
  console.log(`worst body, ${name}: ${cell(w.answerMs)} ms to its 400`);
  console.log(`  tiny GET sent meanwhile      ${cell(w.tinyGetMeanwhileMs)} ms`);
}
const o = results.oversized100MbBody;
console.log(
  `100 MB body                   ${cell(o.answerHeadMs)} ms to its 413, ${cell(o.sentMbBeforeAnswer, 1)} MB handed to the socket by then`,
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
      runs: RUNS,
      pollsPerRun: POLLS,
      floor: `status polls with ${SMALL} jobs, same run`,
      results,
      targets,
    },
    null,
    2,
  )}\n`,
);
