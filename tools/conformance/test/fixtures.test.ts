import { type SchemaAlias, schemaAliases } from '@workflows-api/types';
import { schemaNames, validate } from '@workflows-api/validators';
import { describe, expect, it } from 'vitest';
import { checkFixtures } from '../src/check-fixtures.js';
import { checkCoverage } from '../src/coverage.js';
import { listFixtureFiles, loadFixtures, parseFixtureFile } from '../src/fixtures.js';
import { compileSpecAtRuntime } from '../src/runtime-ajv.js';
import { generatedValidator } from './standalone-adapter.js';

const groups = loadFixtures();
const runtime = await compileSpecAtRuntime();
// Read from the spec itself, not from the generated lists: a schema added to
// the spec without a fixture must fail here even before `pnpm generate`.
const specSchemas = Object.keys(runtime.schemas).sort();
const specFormerNames = [...runtime.aliases.keys()].sort();
const target = { schemaNames: specSchemas, formerNames: specFormerNames };

const casesOf = (name: string) =>
  groups.filter((g) => g.schemaName === name).flatMap((g) => g.tests);
const fields = (data: unknown) =>
  data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
/** Whether `name` has a case with the verdict `valid` whose data passes `pred`. */
const hasCase = (name: string, valid: boolean, pred: (data: unknown) => boolean) =>
  casesOf(name).some((c) => c.valid === valid && pred(c.data));

describe('fixtures', () => {
  it('the generated schema and alias lists are the spec’s', () => {
    expect([...schemaNames].sort()).toEqual(specSchemas);
    expect(schemaAliases).toEqual(Object.fromEntries(runtime.aliases));
  });

  it('hold for the generated standalone validators', () => {
    const failures = checkFixtures(groups, generatedValidator, 'the generated validator');
    expect(failures.map((f) => f.message)).toEqual([]);
  });

  it('hold for a fresh runtime AJV compile of the spec', () => {
    const failures = checkFixtures(groups, runtime.validate, 'the runtime AJV compile');
    expect(failures.map((f) => f.message)).toEqual([]);
  });

  it('cover the StandardJobStatusResponse cases the issue lists', () => {
    const cases = casesOf('StandardJobStatusResponse');
    const statuses = new Set(
      cases.filter((c) => c.valid).map((c) => (c.data as { status: string }).status),
    );
    expect([...statuses].sort()).toEqual([
      'Failure',
      'InProgress',
      'PartialSuccess',
      'ResultsExpired',
      'Success',
    ]);
    for (const field of ['completedAtUtc', 'completionPercentage', 'url', 'rawResult', 'errors']) {
      expect(hasCase('StandardJobStatusResponse', true, (d) => fields(d)[field] === null)).toBe(
        true,
      );
    }
    for (const field of ['id', 'createdAtUtc', 'status']) {
      expect(cases.some((c) => !c.valid && !(field in fields(c.data)))).toBe(true);
    }
    const invalid = (pred: (d: Record<string, unknown>) => boolean) =>
      hasCase(
        'StandardJobStatusResponse',
        false,
        (d) => d !== null && typeof d === 'object' && pred(fields(d)),
      );
    expect(invalid((d) => d.createdAtUtc === '2025-02-30T00:00:00Z')).toBe(true);
    expect(invalid((d) => typeof d.id === 'string')).toBe(true);
    expect(invalid((d) => d.status === 'Cancelled')).toBe(true);
    expect(invalid((d) => d.status === 'Queued')).toBe(true);
    const declared = Object.keys(
      (runtime.schemas.StandardJobStatusResponse?.properties ?? {}) as object,
    );
    expect(declared).toContain('createdAtUtc');
    expect(invalid((d) => Object.keys(d).some((k) => !declared.includes(k)))).toBe(true);
  });

  it('cover the rules the 2026-04 API changed', () => {
    // Two job state enums that must not be confused.
    for (const status of ['Queued', 'Cancelled']) {
      expect(
        hasCase('BulkJobStatus', true, (d) => d === status),
        status,
      ).toBe(true);
    }
    expect(hasCase('BulkJobStatus', false, (d) => d === 'ResultsExpired')).toBe(true);
    expect(hasCase('WorkflowStatus', true, (d) => d === 'ResultsExpired')).toBe(true);
    expect(hasCase('WorkflowStatus', false, (d) => d === 'Queued')).toBe(true);
    // GraphQL bulk jobs: runtimeErrors is required though nullable; int64 id; date-times.
    expect(hasCase('GraphQlBulkJob', true, (d) => fields(d).runtimeErrors === null)).toBe(true);
    expect(hasCase('GraphQlBulkJob', false, (d) => !('runtimeErrors' in fields(d)))).toBe(true);
    const unsafeId = (d: unknown) => Number(fields(d).id) > Number.MAX_SAFE_INTEGER;
    expect(hasCase('GraphQlBulkJob', false, unsafeId)).toBe(true);
    // The PascalCase wire name, an int32.
    const roi = 'CampaignWorkflowROIGoalInput';
    expect(hasCase(roi, true, (d) => typeof fields(d).NewBuyerTargetValue === 'number')).toBe(true);
    expect(hasCase(roi, false, (d) => 'newBuyerTargetValue' in fields(d))).toBe(true);
    expect(hasCase(roi, false, (d) => fields(d).NewBuyerTargetValue === 2147483648)).toBe(true);
    // The narrowed campaign update.
    expect(
      hasCase(
        'CampaignUpdateWorkflowBudgetInput',
        false,
        (d) => 'budgetInAdvertiserCurrency' in fields(d),
      ),
    ).toBe(true);
    expect(
      hasCase('CampaignUpdateWorkflowAdvancedInput', false, (d) => 'flights' in fields(d)),
    ).toBe(true);
  });

  it('names the fixture, the case and the schema when a case does not hold', () => {
    const [group] = parseFixtureFile('Example.json', [
      {
        description: 'a deliberately wrong fixture',
        schema: { $ref: '#/components/schemas/StandardJobSubmitResponse' },
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
      'fixture Example.json › a deliberately wrong fixture › string id claimed valid (schema StandardJobSubmitResponse)',
    );
    expect(failures[0]?.message).toContain('/id: must be integer');
  });

  it('rejects a malformed fixture file with its name and place', () => {
    expect(() =>
      parseFixtureFile('Broken.json', [{ description: 'x', schema: {}, tests: [] }]),
    ).toThrow(/fixtures\/Broken\.json\[0\]\.schema/);
  });
});

describe('former names (x-former-names) behave exactly like the current names', () => {
  it('the spec has former names to check', () => {
    expect(specFormerNames.length).toBeGreaterThan(0);
  });

  describe.each(
    specFormerNames.map((alias) => [alias, runtime.aliases.get(alias) as string] as const),
  )('%s and %s', (alias, current) => {
    const both = groups.filter((g) => g.schemaName === alias || g.schemaName === current);

    it('every case of both fixture files holds under either name (generated and runtime)', () => {
      expect(both.some((g) => g.schemaName === alias)).toBe(true);
      expect(both.some((g) => g.schemaName === current)).toBe(true);
      for (const name of [alias, current]) {
        const renamed = both.map((g) => ({ ...g, schemaName: name }));
        const failures = [
          ...checkFixtures(renamed, generatedValidator, `the generated validator as ${name}`),
          ...checkFixtures(renamed, runtime.validate, `the runtime AJV compile as ${name}`),
        ];
        expect(failures.map((f) => f.message)).toEqual([]);
      }
    });

    it('validate() gives the same result, issue for issue, under either name', () => {
      const cases = both.flatMap((g) => g.tests);
      expect(cases.some((c) => !c.valid)).toBe(true);
      for (const c of cases) {
        expect(validate(alias as SchemaAlias, c.data), c.description).toEqual(
          validate(current as Parameters<typeof validate>[0], c.data),
        );
      }
    });
  });
});

describe('coverage', () => {
  it('one file per schema and former name of the spec, each with a valid and an invalid case', () => {
    const { covered, problems } = checkCoverage(target, listFixtureFiles(), groups);
    const total = specSchemas.length + specFormerNames.length;
    console.log(
      `coverage ${covered.length}/${total} (${specSchemas.length} schemas, ${specFormerNames.length} former names)`,
    );
    expect(problems).toEqual([]);
    expect(covered).toHaveLength(total);
  });

  it('fails for a schema without its file, a file about another schema, and a one-sided file', () => {
    const files = listFixtureFiles().filter((f) => f !== 'GraphQlBulkJob.json');
    const kept = groups.filter((g) => g.schemaName !== 'GraphQlBulkJob');
    const [misplaced] = parseFixtureFile('MarketType.json', [
      {
        description: 'input enum in the output enum’s file',
        schema: { $ref: '#/components/schemas/MarketTypeInput' },
        tests: [{ description: 'x', data: 'OpenMarket', valid: true }],
      },
    ]);
    const onlyValid = kept
      .filter((g) => g.schemaName !== 'MarketType')
      .map((g) =>
        g.schemaName === 'WorkflowStatus' ? { ...g, tests: g.tests.filter((t) => t.valid) } : g,
      );
    const unknown = parseFixtureFile('Nope.json', [
      {
        description: 'a retired schema',
        schema: { $ref: '#/components/schemas/CampaignWorkflowBudgetInput' },
        tests: [{ description: 'x', data: {}, valid: true }],
      },
    ]);
    const { problems } = checkCoverage(target, files, [
      ...onlyValid,
      ...(misplaced ? [misplaced] : []),
      ...unknown,
    ]);
    expect(problems).toEqual([
      'MarketType.json: group "input enum in the output enum’s file" is about MarketTypeInput; it belongs in MarketTypeInput.json',
      'Nope.json: CampaignWorkflowBudgetInput is neither a component schema of the spec nor a former name of one',
      'GraphQlBulkJob has no fixture file (fixtures/GraphQlBulkJob.json)',
      'MarketType lacks a valid and an invalid fixture',
      'WorkflowStatus lacks an invalid fixture',
    ]);
  });
});
