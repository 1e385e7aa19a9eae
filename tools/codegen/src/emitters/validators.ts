import type { SpecModel } from '../model.js';
import { OneShotWorker } from '../one-shot-worker.js';
import type { Emitter } from '../pipeline.js';
import { SpecRefusal, schemaPointer } from '../spec-refusal.js';
import type { GeneratedFile } from '../write-files.js';
import {
  type CompileJob,
  checkIdentifiers,
  compileParts,
  type StandaloneInput,
} from './validators/compile-parts.js';
import { normaliseSchemas, SchemaNormaliseError } from './validators/normalise.js';
import { planOperations } from './validators/operation-schemas.js';
import {
  renderGuards,
  renderOperations,
  renderSchemas,
  renderStandalone,
  renderValidators,
} from './validators/render.js';
import { workerEmitter } from './worker-emitter.js';

export const VALIDATORS_OUT_DIR = 'packages/validators/src/generated';

type CompileWorker = OneShotWorker<CompileJob, string>;

/**
 * AJV's compile (and esbuild's bundle) on a worker thread, beside openapi-typescript's
 * rendering on another: a cold `pnpm generate` takes about the longer of the two instead of
 * their sum. A spec of many schemas is compiled in two parts, the second on a thread of its
 * own, and bundled here (`compileParts`).
 */
const startCompile = (): CompileWorker =>
  new OneShotWorker(
    new URL('./validators/compile-worker.js', import.meta.url),
    async () => (await import('./validators/compile.js')).runCompileJob,
  );

/** The module: compiled by `worker` alone, or in parts by it and a second thread. */
async function compileModule(worker: CompileWorker, input: StandaloneInput): Promise<string> {
  const parts = compileParts(input);
  if (parts.length === 1) {
    return worker.run({ whole: input });
  }
  checkIdentifiers(input);
  const others = parts.slice(1).map(() => startCompile());
  try {
    const codes = await Promise.all(
      parts.map((part, i) => (i === 0 ? worker : (others[i - 1] as CompileWorker)).run({ part })),
    );
    const { bundleStandalone } = await import('./validators/bundle.js');
    return await bundleStandalone(codes, input);
  } finally {
    await Promise.all(others.map((other) => other.close()));
  }
}

/**
 * `@workflows-api/validators`: the component and body schemas, normalised
 * from OpenAPI 3.0 to JSON Schema and compiled by AJV into standalone code
 * now, so the package compiles nothing when it is imported.
 */
export const validatorsEmitter: Emitter = workerEmitter({
  name: 'validators',
  outDir: VALIDATORS_OUT_DIR,
  start: startCompile,
  emit: emitValidators,
});

async function emitValidators(model: SpecModel, worker: CompileWorker): Promise<GeneratedFile[]> {
  let components: ReturnType<typeof normaliseSchemas>;
  let plan: ReturnType<typeof planOperations>;
  try {
    components = normaliseSchemas(model.schemas);
    plan = planOperations(model);
  } catch (err) {
    if (err instanceof SchemaNormaliseError) {
      throw new SpecRefusal(`validators emitter: ${err.reason}`, err.pointer.replace(/^#/, ''));
    }
    throw err;
  }
  const names = Object.keys(components);
  const inlineNames = Object.keys(plan.inline);
  const exports: Record<string, string> = {};
  for (const name of [...names, ...inlineNames]) {
    exports[name] = name;
  }
  const code = await compileModule(worker, {
    schemas: [...Object.values(components), ...Object.values(plan.inline)],
    exports,
    pointers: {
      ...Object.fromEntries(names.map((name) => [name, schemaPointer(name)])),
      ...plan.pointers,
    },
  });
  const file = (name: string, contents: string) => ({
    path: `${VALIDATORS_OUT_DIR}/${name}`,
    contents,
  });
  return [
    file('standalone.ts', renderStandalone(model, code)),
    file('schemas.ts', renderSchemas(model, components, plan.inline)),
    file('validators.ts', renderValidators(model, names, inlineNames)),
    file('guards.ts', renderGuards(model, names)),
    file('operations.ts', renderOperations(model, plan.operations)),
  ];
}
