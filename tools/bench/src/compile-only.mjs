// AJV's compile of every validator of the spec, in one thread, as `pnpm generate` compiles
// them (its `compilePart`), after a read and parse without the checks: no other emitter, no
// bundle. Half of this compile is the least time the validators' two compile threads can take.
import path from 'node:path';

const codegen = new URL('../../codegen/dist/', import.meta.url);
const load = async (file) => import(new URL(file, codegen).href);
const { loadSpec } = await load('load-spec.js');
const { buildModel } = await load('model.js');
const { normaliseSchemas } = await load('emitters/validators/normalise.js');
const { planOperations } = await load('emitters/validators/operation-schemas.js');
const { compilePart } = await load('emitters/validators/compile.js');

const specFile = path.resolve(process.argv[2]);
const model = buildModel(await loadSpec(specFile, { check: false }), specFile);
const plan = planOperations(model);
const schemas = [...Object.values(normaliseSchemas(model.schemas)), ...Object.values(plan.inline)];
const code = compilePart({ schemas, nameOffset: 0 });
if (!code.includes('const v$')) {
  throw new Error('compile-only: AJV compiled no validator');
}
