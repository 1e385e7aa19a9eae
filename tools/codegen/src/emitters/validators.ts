import type { SpecModel } from '../model.js';
import { OneShotWorker } from '../one-shot-worker.js';
import type { Emitter } from '../pipeline.js';
import { stackOverflowProblem } from '../ref-chains.js';
import { SpecError } from '../spec-error.js';
import { specProblemAt } from '../spec-problem.js';
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
import { compileErrors, ExportCompileError } from './validators/standalone-code.js';
import { workerEmitter } from './worker-emitter.js';

export const VALIDATORS_OUT_DIR = 'packages/validators/src/generated';

type CompileWorker = OneShotWorker<StandaloneInput, string>;

/**
 * AJV's compile (and esbuild's bundle) on a worker thread, beside openapi-typescript's
 * rendering on another: a cold `pnpm generate` takes about the longer of the two instead of
 * their sum. AJV follows each `$ref` by recursion, several frames deep: the thread's stack
 * of 64 MB (a worker's default is 4 MB, the main thread's about 1 MB) holds a chain of
 * 10,000 schemas, longer than the spec's lint on the main thread follows; past that, the
 * same located error.
 */
const COMPILE_STACK_MB = 64;
const startCompile = (): CompileWorker =>
  new OneShotWorker(
    new URL('./validators/compile-worker.js', import.meta.url),
    async () => (await import('./validators/compile.js')).compileStandalone,
    compileErrors,
    COMPILE_STACK_MB,
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
  let code: string;
  try {
    code = await worker.run({
      schemas: [...Object.values(components), ...Object.values(plan.inline)],
      exports,
    });
  } catch (err) {
    // AJV compiles each $ref by recursion: name the chain that took it out of stack.
    if (!(err instanceof ExportCompileError)) {
      throw err;
    }
    const { pointer, message } = stackOverflowProblem(
      model.schemas,
      `compiling the validator of ${err.exportName} (AJV)`,
      names.includes(err.exportName) ? err.exportName : undefined,
    );
    throw new SpecError([specProblemAt(model.spec, pointer, message)]);
  }
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
