// `pnpm bench`: cold import, throughput and size of @workflows-api/validators.
// Speed targets live here, never in tests. Each figure is the median of >= 5
// runs with min and max, and a ratio to a floor measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const schemasModule = fileURLToPath(new URL('../dist/generated/schemas.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 11);

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return {
    median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2,
    min: s[0],
    max: s[s.length - 1],
    runs: s.length,
  };
};

// --- cold start: child processes, interleaved so drift hits all three alike ---
const coldScripts = {
  'empty node process': '',
  'import @workflows-api/validators': `await import(${JSON.stringify(entry)});`,
  // The same schemas compiled by AJV at run time (what the package saves its users).
  // Format checks are stand-ins: the compile cost does not depend on their bodies.
  'runtime AJV compile of the same schemas': `
    const { Ajv } = await import('ajv');
    const { schemas, operationSchemas } = await import(${JSON.stringify(schemasModule)});
    const ok = () => true;
    const formats = { int32: { type: 'number', validate: ok }, int64: { type: 'number', validate: ok }, float: { type: 'number', validate: ok }, double: { type: 'number', validate: ok }, 'date-time': ok, date: ok };
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, formats });
    for (const s of [...Object.values(schemas), ...Object.values(operationSchemas)]) ajv.addSchema(s);
    for (const name of [...Object.keys(schemas), ...Object.keys(operationSchemas)]) ajv.getSchema(name);`,
};
const cold = Object.fromEntries(Object.keys(coldScripts).map((k) => [k, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [label, script] of Object.entries(coldScripts)) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: pkgDir,
      encoding: 'utf8',
    });
    const ms = performance.now() - t0;
    if (r.status !== 0) {
      throw new Error(`${label} failed: ${r.stderr}`);
    }
    cold[label].push(ms);
  }
}

// --- throughput ---
const v = await import(entry);

/**
 * A timing loop of its own for one contender: `(fn, arg, ms)` → calls of `fn(arg)` per
 * second over `ms`. One shared loop would hold one call site for every contender, and V8's
 * type feedback there (which function it inlines) would favour whichever ran first; each
 * `new Function` is compiled, and profiled, apart.
 */
const timingLoop = () =>
  new Function(
    'performance',
    `return function timedOps(fn, arg, ms) {
      let n = 0;
      const t0 = performance.now();
      let t = t0;
      while (t - t0 < ms) {
        for (let i = 0; i < 200; i++) {
          fn(arg);
        }
        n += 200;
        t = performance.now();
      }
      return (n / (t - t0)) * 1000;
    };`,
  )(performance);

/**
 * ops/s of `JSON.parse(json)` and of `validate(JSON.parse(json))`'s validation
 * step, measured in alternating rounds so that load on the machine hits both
 * alike; the cost ratio is taken per round, then its median.
 */
function pairedOps(validateFn, json, ms = 100) {
  const parsed = JSON.parse(json);
  const [parseOps, validateOps] = [timingLoop(), timingLoop()];
  for (let i = 0; i < 5000; i++) {
    JSON.parse(json);
    validateFn(parsed);
  }
  const parse = [];
  const check = [];
  const ratio = [];
  for (let r = 0; r < RUNS; r++) {
    const p = parseOps(JSON.parse, json, ms);
    const v = validateOps(validateFn, parsed, ms);
    parse.push(p);
    check.push(v);
    ratio.push(p / v);
  }
  return { parse: stats(parse), validate: stats(check), cost: stats(ratio) };
}

const job = {
  id: 4815162342,
  createdAtUtc: '2025-03-01T10:00:00.000Z',
  completedAtUtc: '2025-03-01T10:04:31.337Z',
  completionPercentage: 100,
  status: 'Success',
  url: 'https://example.test/bulkjob/4815162342/result',
  rawResult: JSON.stringify({ created: ['ag-1', 'ag-2', 'ag-3'], failed: [] }),
  errors: null,
};
const jobJson = JSON.stringify(job);
if (!v.isStandardJobStatusResponse(JSON.parse(jobJson))) {
  throw new Error('bench document is not valid');
}

const adGroup = (i) => ({
  campaignId: `camp-${i}`,
  primaryInput: {
    name: `Ad group ${i} — spring launch`,
    channel: 'Display',
    funnelLocation: 'Awareness',
    isEnabled: true,
    description: 'Created by the bench',
    budget: {
      allocationType: 'Fixed',
      budgetInAdvertiserCurrency: 1000 + i,
      budgetInImpressions: 250000,
    },
    baseBidCPMInAdvertiserCurrency: 1.5,
    maxBidCPMInAdvertiserCurrency: 4.25,
    audienceTargeting: {
      audienceId: `aud-${i}`,
      recencyExclusionWindowInMinutes: 1440,
      crossDeviceVendorListForAudience: [1, 2, 3],
    },
    roiGoal: { cpaInAdvertiserCurrency: 12.5 },
    creativeIds: Array.from({ length: 6 }, (_, k) => `cr-${i}-${k}`),
    associatedBidLists: [{ bidListId: `bl-${i}`, isEnabled: true, isDefaultForDimension: false }],
  },
  advancedInput: {
    dimensionalBiddingAutoOptimizationSettings: [['HasBrowserId', 'HasOsId'], ['HasDeviceTypeId']],
    newFrequencyConfigs: [{ counterName: 'daily', frequencyCap: 3, resetIntervalInMinutes: 1440 }],
    flights: [
      { campaignFlightId: 1000 + i, budgetInAdvertiserCurrency: 500, allocationType: 'Fixed' },
    ],
  },
});
const bulk = {
  input: [],
  validateInputOnly: false,
  callbackInput: { callbackUrl: 'https://example.test/cb' },
};
while (JSON.stringify(bulk).length < 10_000) {
  bulk.input.push(adGroup(bulk.input.length));
}
const bulkJson = JSON.stringify(bulk);
if (!v.isAdGroupBulkCreateWorkflowInputWithValidation(JSON.parse(bulkJson))) {
  throw new Error('bench input is not valid');
}

// --- ours beside plain AJV: the same schemas, AJV's own default options (first error only,
// refs inlined, no loops), the same calendar-correct formats; per round, interleaved ---
const { Ajv } = await import('ajv');
const { schemas } = await import(schemasModule);
const ourFormats = await import(
  fileURLToPath(
    new URL('../../../tools/codegen/dist/emitters/validators/formats.js', import.meta.url),
  )
);
const plainAjv = new Ajv({
  strict: false,
  allowUnionTypes: true,
  formats: {
    int32: { type: 'number', validate: ourFormats.int32 },
    int64: { type: 'number', validate: ourFormats.int64 },
    float: { type: 'number', validate: ourFormats.float },
    double: { type: 'number', validate: ourFormats.double },
    'date-time': ourFormats.dateTime,
    date: ourFormats.date,
  },
});
for (const schema of Object.values(schemas)) {
  plainAjv.addSchema(schema);
}
const statuses = Array.from({ length: 10_000 }, (_, i) => ({ ...job, id: i + 1 }));
/** `check` over a list, in a loop of its own per contender (see `timingLoop`). */
const eachStatus = (check) =>
  new Function(
    'check',
    `return function each(list) {
      for (const item of list) {
        if (!check(item)) {
          return false;
        }
      }
      return true;
    };`,
  )(check);
// [ours, plain AJV, ours again (the control), payload]
const beside = {
  StandardJobStatusResponse: [
    v.isStandardJobStatusResponse,
    plainAjv.getSchema('StandardJobStatusResponse'),
    v.isStandardJobStatusResponse,
    job,
  ],
  [`ad-group bulk create input (${(bulkJson.length / 1024).toFixed(1)} kB)`]: [
    v.isAdGroupBulkCreateWorkflowInputWithValidation,
    plainAjv.getSchema('AdGroupBulkCreateWorkflowInputWithValidation'),
    v.isAdGroupBulkCreateWorkflowInputWithValidation,
    bulk,
  ],
  [`10,000 statuses (${(JSON.stringify(statuses).length / 2 ** 20).toFixed(1)} MB)`]: [
    eachStatus(v.isStandardJobStatusResponse),
    eachStatus(plainAjv.getSchema('StandardJobStatusResponse')),
    eachStatus(v.isStandardJobStatusResponse),
    statuses,
  ],
};
const versusAjv = {};
// The control times ours a second time, as a third contender: its ratio to ours is what the
// machine's noise and the order of the contenders alone make of two equal validators.
for (const [label, [ours, theirs, again, payload]] of Object.entries(beside)) {
  if (!ours(payload) || !theirs(payload) || !again(payload)) {
    throw new Error(`bench payload ${label} is not valid`);
  }
  const [oursLoop, ajvLoop, controlLoop] = [timingLoop(), timingLoop(), timingLoop()];
  const ratio = [];
  const controlRatio = [];
  const oursOps = [];
  const ajvOps = [];
  const ms = label.startsWith('10,000') ? 300 : 100;
  for (let r = 0; r < RUNS; r++) {
    const a = oursLoop(ours, payload, ms);
    const b = ajvLoop(theirs, payload, ms);
    const c = controlLoop(again, payload, ms);
    oursOps.push(a);
    ajvOps.push(b);
    ratio.push(b / a);
    controlRatio.push(c / a);
  }
  versusAjv[label] = {
    ours: stats(oursOps),
    ajv: stats(ajvOps),
    costVsAjv: stats(ratio),
    control: stats(controlRatio),
  };
}

const jobOps = pairedOps(v.isStandardJobStatusResponse, jobJson);
const bulkOps = pairedOps(v.isAdGroupBulkCreateWorkflowInputWithValidation, bulkJson);
const bulkLabel = `ad-group create input (${(bulkJson.length / 1024).toFixed(1)} kB)`;
const throughput = {
  'JSON.parse StandardJobStatusResponse': { ...jobOps.parse, cost: null },
  'validate StandardJobStatusResponse': { ...jobOps.validate, cost: jobOps.cost },
  [`JSON.parse ${bulkLabel}`]: { ...bulkOps.parse, cost: null },
  [`validate ${bulkLabel}`]: { ...bulkOps.validate, cost: bulkOps.cost },
};

// --- size: esbuild bundles, minified, gzip -9 ---
async function gzipSize(contents) {
  const out = await build({
    stdin: { contents, resolveDir: pkgDir, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    platform: 'neutral',
    treeShaking: true,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
const guardNames = Object.keys(v).filter((k) => /^(is|assert)[A-Z]/.test(k));
const sizes = {
  'all validators (validate, validateRequest/Response, every isX/assertX)': await gzipSize(
    `export { validate, validateRequest, validateResponse, ${guardNames.join(', ')} } from ${JSON.stringify(entry)};`,
  ),
  'one validator (isStandardJobStatusResponse)': await gzipSize(
    `export { isStandardJobStatusResponse } from ${JSON.stringify(entry)};`,
  ),
  'whole package entry (also the schemas as JSON)': await gzipSize(
    `export * from ${JSON.stringify(entry)};`,
  ),
};

// --- report ---
const empty = stats(cold['empty node process']);
const imp = stats(cold['import @workflows-api/validators']);
const costRatio = jobOps.cost.median; // time per validation / time per JSON.parse
const allGzip =
  sizes['all validators (validate, validateRequest/Response, every isX/assertX)'].gzip;
const targets = [
  {
    name: 'cold import vs an empty Node process',
    target: '<= 1.3x',
    actual: `${(imp.median / empty.median).toFixed(2)}x`,
    met: imp.median / empty.median <= 1.3,
  },
  {
    name: 'validating a StandardJobStatusResponse vs its JSON.parse',
    target: '<= 0.4x',
    actual: `${costRatio.toFixed(2)}x`,
    met: costRatio <= 0.4,
  },
  ...Object.entries(versusAjv).map(([label, r]) => ({
    name: `validating ${label} vs plain AJV (same schemas and formats)`,
    target: '<= 1.0x',
    actual: `${r.costVsAjv.median.toFixed(2)}x`,
    met: r.costVsAjv.median <= 1.0,
  })),
  {
    name: 'all validators, gzip',
    target: '<= 20 kB',
    actual: `${(allGzip / 1024).toFixed(1)} kB`,
    met: allGzip <= 20 * 1024,
  },
];

const fmt = (n, d = 1) => n.toFixed(d);
console.log(`\ncold start (ms, ${RUNS} child processes each)`);
console.table(
  Object.fromEntries(
    Object.entries(cold).map(([k, xs]) => {
      const s = stats(xs);
      return [
        k,
        {
          median: fmt(s.median),
          min: fmt(s.min),
          max: fmt(s.max),
          'x empty node': fmt(s.median / empty.median, 2),
        },
      ];
    }),
  ),
);
console.log(`\nthroughput (ops/s, ${RUNS} rounds each)`);
console.table(
  Object.fromEntries(
    Object.entries(throughput).map(([k, s]) => [
      k,
      {
        median: Math.round(s.median),
        min: Math.round(s.min),
        max: Math.round(s.max),
        'cost x JSON.parse (median, min, max of rounds)': s.cost
          ? `${fmt(s.cost.median, 2)} (${fmt(s.cost.min, 2)}-${fmt(s.cost.max, 2)})`
          : '1.00 (floor)',
      },
    ]),
  ),
);
console.log(`\nours beside plain AJV (ops/s, ${RUNS} rounds each; time per validation vs AJV's)`);
console.table(
  Object.fromEntries(
    Object.entries(versusAjv).map(([k, r]) => [
      k,
      {
        ours: Math.round(r.ours.median),
        'plain AJV': Math.round(r.ajv.median),
        'cost x AJV (median, min, max of rounds)': `${fmt(r.costVsAjv.median, 2)} (${fmt(r.costVsAjv.min, 2)}-${fmt(r.costVsAjv.max, 2)})`,
        'control: ours x ours': `${fmt(r.control.median, 2)} (${fmt(r.control.min, 2)}-${fmt(r.control.max, 2)})`,
      },
    ]),
  ),
);
console.log('\nsize (esbuild --minify, gzip -9)');
console.table(
  Object.fromEntries(
    Object.entries(sizes).map(([k, s]) => [
      k,
      { 'minified kB': fmt(s.minified / 1024), 'gzip kB': fmt(s.gzip / 1024) },
    ]),
  ),
);
console.log('\ntargets');
console.table(targets.map((t) => ({ ...t, met: t.met ? 'met' : 'missed' })));

mkdirSync(fileURLToPath(new URL('.', import.meta.url)), { recursive: true });
writeFileSync(
  fileURLToPath(new URL('./results.json', import.meta.url)),
  `${JSON.stringify({ node: process.version, runs: RUNS, cold: Object.fromEntries(Object.entries(cold).map(([k, xs]) => [k, stats(xs)])), throughput, versusAjv, sizes, targets }, null, 2)}\n`,
);
