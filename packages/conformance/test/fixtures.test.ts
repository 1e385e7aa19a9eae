import { schemaNames } from '@workflows-api/validators';
import { describe, expect, it } from 'vitest';
import { checkFixtures } from '../src/check-fixtures.js';
import { loadFixtures, parseFixtureFile } from '../src/fixtures.js';
import { compileSpecAtRuntime } from '../src/runtime-ajv.js';
import { generatedValidator } from './standalone-adapter.js';

const groups = loadFixtures();
const runtime = compileSpecAtRuntime();

describe('fixtures', () => {
  it('name only component schemas of the spec', () => {
    const unknown = groups.filter(
      (g) => !(schemaNames as readonly string[]).includes(g.schemaName),
    );
    expect(unknown.map((g) => `${g.file}: ${g.schemaName}`)).toEqual([]);
  });

  it('hold for the generated standalone validators', () => {
    const failures = checkFixtures(groups, generatedValidator, 'the generated validator');
    expect(failures.map((f) => f.message)).toEqual([]);
  });

  it('hold for a fresh runtime AJV compile of the spec', () => {
    const failures = checkFixtures(groups, runtime.validate, 'the runtime AJV compile');
    expect(failures.map((f) => f.message)).toEqual([]);
  });

  it('cover the BulkJobStatusResponse cases the issue lists', () => {
    const cases = groups
      .filter((g) => g.schemaName === 'BulkJobStatusResponse')
      .flatMap((g) => g.tests);
    const statuses = new Set(
      cases.filter((c) => c.valid).map((c) => (c.data as { status: string }).status),
    );
    expect([...statuses].sort()).toEqual(['Failure', 'InProgress', 'PartialSuccess', 'Success']);
    for (const field of ['completedAtUtc', 'completionPercentage', 'url', 'rawResult', 'errors']) {
      expect(
        cases.some((c) => c.valid && (c.data as Record<string, unknown>)[field] === null),
      ).toBe(true);
    }
    for (const field of ['id', 'createdAtUtc', 'status']) {
      expect(cases.some((c) => !c.valid && !(field in (c.data as object)))).toBe(true);
    }
    const invalid = (pred: (d: Record<string, unknown>) => boolean) =>
      cases.some(
        (c) =>
          !c.valid &&
          c.data !== null &&
          typeof c.data === 'object' &&
          pred(c.data as Record<string, unknown>),
      );
    expect(invalid((d) => d.createdAtUtc === '2025-02-30T00:00:00Z')).toBe(true);
    expect(invalid((d) => typeof d.id === 'string')).toBe(true);
    expect(invalid((d) => d.status === 'Cancelled')).toBe(true);
    expect(
      invalid((d) =>
        Object.keys(d).some(
          (k) =>
            ![
              'id',
              'createdAtUtc',
              'completedAtUtc',
              'completionPercentage',
              'status',
              'url',
              'rawResult',
              'errors',
            ].includes(k),
        ),
      ),
    ).toBe(true);
  });

  it('names the fixture, the case and the schema when a case does not hold', () => {
    const [group] = parseFixtureFile('Example.json', [
      {
        description: 'a deliberately wrong fixture',
        schema: { $ref: '#/components/schemas/BulkJobSubmitResponse' },
        tests: [{ description: 'string id claimed valid', data: { id: '1' }, valid: true }],
      },
    ]);
    const failures = checkFixtures(
      group ? [group] : [],
      generatedValidator,
      'the generated validator',
    );
    expect(failures).toHaveLength(1);
    expect(failures[0]?.message).toContain(
      'fixture Example.json › a deliberately wrong fixture › string id claimed valid (schema BulkJobSubmitResponse)',
    );
    expect(failures[0]?.message).toContain('/id: must be integer');
  });

  it('rejects a malformed fixture file with its name and place', () => {
    expect(() =>
      parseFixtureFile('Broken.json', [{ description: 'x', schema: {}, tests: [] }]),
    ).toThrow(/fixtures\/Broken\.json\[0\]\.schema/);
  });
});

describe('coverage', () => {
  it('has a valid and an invalid fixture for every component schema', () => {
    const withValid = new Set(
      groups.filter((g) => g.tests.some((t) => t.valid)).map((g) => g.schemaName),
    );
    const withInvalid = new Set(
      groups.filter((g) => g.tests.some((t) => !t.valid)).map((g) => g.schemaName),
    );
    const covered = schemaNames.filter((n) => withValid.has(n) && withInvalid.has(n));
    const missing = schemaNames
      .filter((n) => !covered.includes(n))
      .map(
        (n) =>
          `${n} lacks ${[withValid.has(n) ? '' : 'a valid', withInvalid.has(n) ? '' : 'an invalid'].filter(Boolean).join(' and ')} fixture`,
      );
    console.log(`coverage ${covered.length}/${schemaNames.length}`);
    expect(missing).toEqual([]);
    expect(covered.length).toBe(schemaNames.length);
  });
});
