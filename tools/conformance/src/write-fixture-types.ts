import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderFixtureTypes } from './fixture-types.js';
import { loadFixtures } from './fixtures.js';
import { FIXTURE_TYPES_FILE } from './paths.js';

// `pnpm --filter @workflows-api/conformance fixtures:types`
mkdirSync(path.dirname(FIXTURE_TYPES_FILE), { recursive: true });
writeFileSync(FIXTURE_TYPES_FILE, renderFixtureTypes(loadFixtures()));
console.log(`wrote ${path.relative(process.cwd(), FIXTURE_TYPES_FILE)}`);
