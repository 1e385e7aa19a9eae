import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { renderFixtureTypes } from '../src/fixture-types.js';
import { loadFixtures, parseFixtureFile } from '../src/fixtures.js';
import { FIXTURE_TYPES_FILE, PACKAGE_DIR } from '../src/paths.js';

const groups = loadFixtures();

/** Type-checks `source` as if it were the fixture-types file, with the package's tsconfig. */
function typeErrors(source: string): string[] {
  const configFile = ts.findConfigFile(PACKAGE_DIR, ts.sys.fileExists, 'tsconfig.json');
  if (!configFile) {
    throw new Error('conformance tsconfig.json not found');
  }
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) {
    throw new Error('cannot read the conformance tsconfig.json');
  }
  const host = ts.createCompilerHost(parsed.options);
  const target = path.resolve(FIXTURE_TYPES_FILE);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, create) =>
    path.resolve(file) === target
      ? ts.createSourceFile(file, source, language)
      : getSourceFile(file, language, onError, create);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (path.resolve(file) === target ? source : readFile(file));
  const program = ts.createProgram([target], { ...parsed.options, noEmit: true }, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(target))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('valid fixtures type-check against @workflows-api/types', () => {
  it('the checked-in fixture-types file matches the fixtures', () => {
    const current = readFileSync(FIXTURE_TYPES_FILE, 'utf8');
    expect(current, 'run `pnpm --filter @workflows-api/conformance fixtures:types`').toBe(
      renderFixtureTypes(groups),
    );
  });

  it('every valid fixture satisfies its type (TypeScript compiler API)', () => {
    expect(typeErrors(renderFixtureTypes(groups))).toEqual([]);
  });

  it('a valid fixture that the types reject is reported', () => {
    const drifted = parseFixtureFile('Drift.json', [
      {
        description: 'types and fixture disagree',
        schema: { $ref: '#/components/schemas/StandardJobStatusResponse' },
        tests: [
          {
            description: 'a GraphQL bulk job state on a standard job',
            data: { id: 1, createdAtUtc: '2025-01-01T00:00:00Z', status: 'Queued' },
            valid: true,
          },
        ],
      },
    ]);
    const errors = typeErrors(renderFixtureTypes(drifted));
    expect(errors.join('\n')).toMatch(/"Queued"/);
  });
});
