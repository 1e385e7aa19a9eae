/**
 * Every package published to npm, in the order the reference lists them.
 * Adding a published package means adding it here; the docs build refuses to
 * run while one of them has no entry point, so none is dropped silently.
 */
export interface DocumentedPackage {
  readonly name: string;
  /** Package folder, relative to the repo root. */
  readonly dir: string;
}

/**
 * The entry point of every published package, relative to its folder: the
 * source of what its `exports` map publishes as `dist/index.js`.
 */
export const packageEntryPoint = 'src/index.ts';

export const publishedPackages: readonly DocumentedPackage[] = [
  { name: '@workflows-api/types', dir: 'packages/types' },
  { name: '@workflows-api/validators', dir: 'packages/validators' },
  { name: '@workflows-api/client', dir: 'packages/client' },
  { name: '@workflows-api/sandbox', dir: 'packages/sandbox' },
  { name: '@workflows-api/cli', dir: 'packages/cli' },
];
