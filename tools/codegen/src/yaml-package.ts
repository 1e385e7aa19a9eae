import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

const require = createRequire(import.meta.url);
let loaded: Yaml | undefined;

/**
 * The `yaml` package, loaded on first use. Its exact positions serve error messages and specs
 * with aliases only; loaded with the modules that use it, it took about 30 ms of every run,
 * the no-op one included. (For Node, `import` and `require` of it give the same CommonJS
 * module: its exports map sends both to `dist/index.js`.)
 */
export function yaml(): Yaml {
  loaded ??= require('yaml') as Yaml;
  return loaded;
}
