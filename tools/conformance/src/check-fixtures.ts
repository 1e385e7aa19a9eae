import type { LoadedGroup } from './fixtures.js';

/** A validator under test: the verdict and, when invalid, readable reasons. */
export type Verdict = { valid: true } | { valid: false; reasons: string[] };
export type SchemaValidator = (schemaName: string, data: unknown) => Verdict;

export interface FixtureFailure {
  file: string;
  schemaName: string;
  group: string;
  test: string;
  message: string;
}

/**
 * Runs every case against one validator and returns the cases whose verdict
 * differs from the fixture's, each with a message naming the fixture file,
 * the case and the schema.
 */
export function checkFixtures(
  groups: readonly LoadedGroup[],
  validator: SchemaValidator,
  validatorLabel: string,
): FixtureFailure[] {
  const failures: FixtureFailure[] = [];
  for (const group of groups) {
    for (const test of group.tests) {
      let verdict: Verdict;
      try {
        verdict = validator(group.schemaName, test.data);
      } catch (err) {
        verdict = { valid: false, reasons: [`threw: ${(err as Error).message}`] };
      }
      if (verdict.valid === test.valid) {
        continue;
      }
      const got = verdict.valid
        ? `${validatorLabel} accepted it`
        : `${validatorLabel} rejected it:\n      ${verdict.reasons.join('\n      ')}`;
      failures.push({
        file: group.file,
        schemaName: group.schemaName,
        group: group.description,
        test: test.description,
        message: `fixture ${group.file} › ${group.description} › ${test.description} (schema ${group.schemaName}): expected ${test.valid ? 'valid' : 'invalid'}, but ${got}`,
      });
    }
  }
  return failures;
}
