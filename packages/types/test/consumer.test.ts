import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { operationIds, schemaNames, WorkflowStatus } from '../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function diagnosticsOf(file: string): string[] {
  const configPath = path.join(here, '../tsconfig.json');
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(configPath, ts.sys.readFile).config,
    ts.sys,
    path.dirname(configPath),
  );
  const program = ts.createProgram([file], { ...config.options, noEmit: true });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('@workflows-api/types', () => {
  it('a consumer file type-checks, and its @ts-expect-error lines are real errors', () => {
    expect(diagnosticsOf(path.join(here, 'consumer.ts'))).toEqual([]);
  }, 60_000);

  it('rejects a consumer that misuses the types', () => {
    const bad = path.join(here, 'fixtures/bad-consumer.ts');
    const messages = diagnosticsOf(bad);
    expect(messages.join('\n')).toMatch(/"Cancelled"/);
    expect(messages.join('\n')).toMatch(/createdAtUtc/);
  }, 60_000);

  it('enums are also arrays of the values the spec lists', () => {
    const spec = readFileSync(path.join(here, '../../../spec/openapi.yaml'), 'utf8');
    expect(WorkflowStatus).toEqual(['InProgress', 'Failure', 'Success', 'PartialSuccess']);
    expect(spec).toContain('WorkflowStatus:');
    expect(schemaNames).toHaveLength(72);
    expect(operationIds).toHaveLength(16);
  });
});
