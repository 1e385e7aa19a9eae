import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root; every path the docs tooling reads or writes hangs off it. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const specPath = join(repoRoot, 'spec', 'openapi.yaml');

/** Output of the spec reference (Redoc); git-ignored, rebuilt by `pnpm docs`. */
export const specReferenceDir = join(repoRoot, 'docs', 'api');

/** Output of the package reference (typedoc); git-ignored, rebuilt by `pnpm docs`. */
export const apiReferenceDir = join(repoRoot, 'docs', 'reference');
