import type { LoadedGroup } from './fixtures.js';

/**
 * Renders a TypeScript module with one `satisfies` per valid fixture, so the
 * compiler checks every valid document against `@workflows-api/types`: if the
 * types and the validators drift apart, this file stops compiling.
 */
export function renderFixtureTypes(groups: readonly LoadedGroup[]): string {
  const lines = [
    '// Generated from fixtures/*.json by `pnpm --filter @workflows-api/conformance fixtures:types`.',
    '// Do not edit: a test checks that it matches the fixtures.',
    "import type * as T from '@workflows-api/types';",
    '',
    'export const validFixtures = [',
  ];
  for (const group of groups) {
    for (const test of group.tests) {
      if (!test.valid) {
        continue;
      }
      lines.push(
        `  // ${`${group.file} › ${group.description} › ${test.description}`.replace(/\s+/g, ' ')}`,
        `  ${JSON.stringify(test.data)} satisfies T.${group.schemaName},`,
      );
    }
  }
  lines.push('] as const;', '');
  return lines.join('\n');
}
