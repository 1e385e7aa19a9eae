#!/usr/bin/env node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NO_CODE_CACHE_ENV } from './code-cache.js';
import { generatorKey, rememberGeneration, unchangedGeneration } from './generation-cache.js';
import { SpecError } from './spec-error.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: path.join(repoRoot, 'spec/openapi.yaml') },
    root: { type: 'string', default: repoRoot },
    check: { type: 'boolean', default: false },
    'allow-remote-refs': { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: pnpm generate [-- [--spec spec/openapi.yaml] [--root .] [--check] [--allow-remote-refs] [--no-cache]]

Regenerates every package from the spec. With --check, writes nothing and
exits 1 when a generated file is out of date. A $ref to an http(s) URL is
refused (generation reads local files only, so it is reproducible offline)
unless --allow-remote-refs is given. When the generator, the spec and every
generated file are as the last generation left them (recorded under
node_modules/.cache/workflows-api-codegen), it stops there; --no-cache
generates anyway, and without the generator's code cache (V8's compiled code of
the TypeScript compiler and of Redocly, kept in the generator's
node_modules/.cache).`);
  process.exit(0);
}

const rootDir = path.resolve(values.root);
if (values['no-cache']) {
  // Read by the worker threads too: they start with a copy of this environment.
  process.env[NO_CODE_CACHE_ENV] = '1';
}
const key = await generatorKey({
  specFile: values.spec,
  allowRemoteRefs: values['allow-remote-refs'],
});
const unchanged = values['no-cache'] ? undefined : await unchangedGeneration(rootDir, key);
if (unchanged) {
  const count = unchanged.outputs.length;
  console.log(
    values.check
      ? `Generated files are up to date (${count} files; nothing generation reads has changed).`
      : `Nothing generation reads has changed: ${count} files unchanged.`,
  );
  process.exit(0);
}

try {
  // Loaded only now: the spec tools, openapi-typescript and AJV are what a no-op run skips.
  const [{ emitters }, { runPipeline }] = await Promise.all([
    import('./emitters/index.js'),
    import('./pipeline.js'),
  ]);
  const result = await runPipeline({
    specFile: values.spec,
    rootDir: values.root,
    emitters,
    check: values.check,
    allowRemoteRefs: values['allow-remote-refs'],
  });
  if (values.check) {
    const stale = [...result.written, ...result.removed];
    if (stale.length > 0) {
      console.error(
        `Generated files are out of date; run \`pnpm generate\`:\n  ${stale.join('\n  ')}`,
      );
      process.exit(1);
    }
    console.log(`Generated files are up to date (${result.unchanged.length} files).`);
  } else {
    console.log(
      `Generated from ${result.model.specPath} (sha256 ${result.model.spec.hash.slice(0, 12)}): ` +
        `${result.written.length} written, ${result.unchanged.length} unchanged, ${result.removed.length} removed.`,
    );
  }
  // Reached with --check only when the files on disk are what generation makes.
  if (result.model.spec.sources) {
    await rememberGeneration(rootDir, key, {
      sources: result.model.spec.sources,
      files: result.files,
      ownedDirs: result.ownedDirs,
    });
  }
} catch (err) {
  if (err instanceof SpecError) {
    console.error(`error: ${err.message}`);
    console.error('Nothing was written; the previously generated files are untouched.');
  } else {
    console.error(`error: generation failed: ${(err as Error).stack ?? err}`);
    console.error('Nothing was written; the previously generated files are untouched.');
  }
  process.exit(1);
}
