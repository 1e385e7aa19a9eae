#!/usr/bin/env node
// Size budget: what a browser app ships to create the client and make one call, minified
// and gzip'd. Bundled with code splitting the way apps are, so the chunks loaded only on
// demand (bulk-job polling, validation, the failure path) are reported but not counted.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const BUDGET_BYTES = 5 * 1024;
const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const ONE_CALL = `
import { createWorkflowsClient } from './src/index.ts';
const client = createWorkflowsClient({ auth: 'token' });
client.campaigns.create({ primaryInput: {} }).then((campaign) => console.log(campaign));
`;

export async function measure() {
  const result = await build({
    stdin: { contents: ONE_CALL, resolveDir: packageDir, sourcefile: 'one-call.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: path.join(packageDir, '.size'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: packageDir,
  });
  const outputs = result.metafile.outputs;
  const contents = new Map(result.outputFiles.map((f) => [path.relative(packageDir, f.path), f]));
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint);
  // The entry and every chunk it imports statically load before the call can start.
  const eager = new Set();
  const visit = (file) => {
    if (eager.has(file)) {
      return;
    }
    eager.add(file);
    for (const i of outputs[file].imports) {
      if (i.kind === 'import-statement') {
        visit(i.path);
      }
    }
  };
  visit(entry);
  const gz = (buf) => gzipSync(buf, { level: 9 }).length;
  const eagerBytes = Buffer.concat([...eager].map((f) => Buffer.from(contents.get(f).contents)));
  const lazy = Object.keys(outputs)
    .filter((f) => f.endsWith('.js') && !eager.has(f))
    .map((f) => ({
      file: f,
      modules: Object.keys(outputs[f].inputs).map((m) => m.replace(/.*node_modules\//, '')),
      gzip: gz(contents.get(f).contents),
    }));
  return { gzip: gz(eagerBytes), minified: eagerBytes.length, budget: BUDGET_BYTES, lazy };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { gzip, minified, budget, lazy } = await measure();
  console.log(
    `client + one call: ${gzip} B gzip (${minified} B minified); target <= ${budget} B: ${gzip <= budget ? 'met' : `missed by ${gzip - budget} B`}`,
  );
  for (const l of lazy) {
    console.log(`  on demand: ${l.gzip} B gzip  ${l.modules.join(', ')}`);
  }
  if (gzip > budget) {
    process.exitCode = 1;
  }
}
