import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { typesEmitter } from '@workflows-api/codegen/emitters/types';
import { validatorsEmitter } from '@workflows-api/codegen/emitters/validators';
import { runPipeline } from '@workflows-api/codegen/pipeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFixtures, type SchemaValidator } from '../src/check-fixtures.js';
import { loadFixtures } from '../src/fixtures.js';
import { SPEC_FILE } from '../src/paths.js';

type Standalone = Record<
  string,
  ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string }[] | null }
>;

/** Generates types and validators from `spec` into a fresh root and loads the validators. */
async function generate(root: string, spec: string) {
  await mkdir(path.join(root, 'spec'), { recursive: true });
  const specFile = path.join(root, 'spec/openapi.yaml');
  await writeFile(specFile, spec);
  await runPipeline({ specFile, rootDir: root, emitters: [typesEmitter, validatorsEmitter] });
  const read = (rel: string) => readFile(path.join(root, rel), 'utf8');
  const standaloneFile = path.join(root, 'packages/validators/src/generated/standalone.ts');
  const standalone = (await import(pathToFileURL(standaloneFile).href)) as Standalone;
  const validator: SchemaValidator = (name, data) => {
    const v = standalone[name];
    if (!v) {
      throw new Error(`no validator ${name}`);
    }
    return v(data)
      ? { valid: true }
      : {
          valid: false,
          reasons: (v.errors ?? []).map((e) => `${e.instancePath || '(root)'}: ${e.keyword}`),
        };
  };
  const schemasModule = (await import(
    pathToFileURL(path.join(root, 'packages/validators/src/generated/schemas.ts')).href
  )) as { schemas: Record<string, { properties: Record<string, { type: unknown }> }> };
  return {
    types: await read('packages/types/src/generated/openapi.ts'),
    percentageSchema:
      schemasModule.schemas.StandardJobStatusResponse?.properties.completionPercentage,
    validator,
  };
}

// The edit: StandardJobStatusResponse.completionPercentage stops being nullable
// (GraphQlBulkJob has one too, but as a float, so the pattern picks ours).
const NULLABLE_PERCENTAGE =
  /( {8}completionPercentage:\n {10}type: number\n {10}format: double\n) {10}nullable: true\n/;

describe('a spec edit flows through types and validators together', () => {
  let dir: string;
  let original: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'workflows-spec-edit-'));
    original = await readFile(SPEC_FILE, 'utf8');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('changes the type, the validator, and names the fixture that no longer holds', async () => {
    expect(original).toMatch(NULLABLE_PERCENTAGE);
    const before = await generate(path.join(dir, 'before'), original);
    const after = await generate(
      path.join(dir, 'after'),
      original.replace(NULLABLE_PERCENTAGE, '$1'),
    );

    // The type of the property inside the StandardJobStatusResponse block of the generated types.
    const typeOf = (src: string) =>
      /\n {8}StandardJobStatusResponse: \{[^}]*?completionPercentage\?: ([^;]+);/.exec(src)?.[1];
    expect(typeOf(before.types)).toBe('number | null');
    expect(typeOf(after.types)).toBe('number');
    expect(before.percentageSchema?.type).toEqual(['number', 'null']);
    expect(after.percentageSchema?.type).toBe('number');

    const groups = loadFixtures().filter((g) => g.schemaName === 'StandardJobStatusResponse');
    expect(checkFixtures(groups, before.validator, 'the regenerated validator')).toEqual([]);
    const failures = checkFixtures(groups, after.validator, 'the regenerated validator').map(
      (f) => f.message,
    );
    expect(failures.length).toBeGreaterThan(0);
    expect(failures).toContainEqual(
      expect.stringContaining(
        'fixture StandardJobStatusResponse.json › StandardJobStatusResponse: statuses and nullable fields › completionPercentage null (schema StandardJobStatusResponse): expected valid, but the regenerated validator rejected it',
      ),
    );
  }, 120_000);
});
