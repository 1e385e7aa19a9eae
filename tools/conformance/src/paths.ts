import { fileURLToPath } from 'node:url';

const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));

/** The package folder, the repository root, and the files the suite reads. */
export const PACKAGE_DIR = here('..');
export const REPO_ROOT = here('../../..');
export const FIXTURES_DIR = here('../fixtures');
export const SPEC_FILE = here('../../../spec/openapi.yaml');
export const FIXTURE_TYPES_FILE = here('./generated/fixture-types.ts');
