// The floor under every run that generates after an edit: start Node, load Redocly, read,
// parse and check the spec exactly as `pnpm generate` does (its `loadSpec`), and emit nothing.
import path from 'node:path';

const codegen = new URL('../../codegen/dist/', import.meta.url);
const { loadSpec } = await import(new URL('load-spec.js', codegen).href);
await loadSpec(path.resolve(process.argv[2]));
