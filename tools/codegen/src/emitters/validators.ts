import type { SpecModel } from '../model.js';
import { OneShotWorker } from '../one-shot-worker.js';
import type { Emitter } from '../pipeline.js';
import type { GeneratedFile } from '../write-files.js';
import type { StandaloneInput } from './validators/compile.js';
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

type CompileWorker = OneShotWorker<StandaloneInput, string>;

/**
 * AJV's compile (and esbuild's bundle) on a worker thread, beside openapi-typescript's
 * rendering on another: a cold `pnpm generate` takes about the longer of the two instead of
 * their sum.
 */
const startCompile = (): CompileWorker =>
  new OneShotWorker(
    new URL('./validators/compile-worker.js', import.meta.url),
    async () => (await import('./validators/compile.js')).compileStandalone,
  );

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
      throw new Error(
        `validators emitter: cannot normalise ${model.specPath}#${err.message.replace(/^#/, '')}`,
      );
    }
    throw err;
  }
  const names = Object.keys(components);
  const inlineNames = Object.keys(plan.inline);
  const exports: Record<string, string> = {};
  for (const name of [...names, ...inlineNames]) {
    exports[name] = name;
  }
  const code = await worker.run({
    schemas: [...Object.values(components), ...Object.values(plan.inline)],
    exports,
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
