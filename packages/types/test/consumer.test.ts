import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  BulkJobStatus,
  operationIds,
  PubApiMethodType,
  RestApiMethodType,
  schemaAliases,
  schemaNames,
  WorkflowStatus,
} from '../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A program of `file` with the package's tsconfig: `@workflows-api/types` resolves to the built `dist`. */
function programOf(file: string): ts.Program {
  const configPath = path.join(here, '../tsconfig.json');
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(configPath, ts.sys.readFile).config,
    ts.sys,
    path.dirname(configPath),
  );
  return ts.createProgram([file], { ...config.options, noEmit: true });
}

const diagnosticsOf = (file: string): string[] =>
  ts
    .getPreEmitDiagnostics(programOf(file))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));

describe('@workflows-api/types', () => {
  it('a consumer file type-checks, and its @ts-expect-error lines are real errors', () => {
    expect(diagnosticsOf(path.join(here, 'consumer.ts'))).toEqual([]);
  }, 60_000);

  it('rejects a consumer that misuses the types, under the current and the former names', () => {
    const bad = path.join(here, 'fixtures/bad-consumer.ts');
    const messages = diagnosticsOf(bad).join('\n');
    expect(messages).toMatch(/"Cancelled"/);
    expect(messages).toMatch(/createdAtUtc/);
    expect(messages).toMatch(/"Queued"/);
  }, 60_000);

  it('enums are also arrays of the values the spec lists', () => {
    const spec = readFileSync(path.join(here, '../../../spec/openapi.yaml'), 'utf8');
    expect(WorkflowStatus).toEqual([
      'InProgress',
      'Failure',
      'Success',
      'PartialSuccess',
      'ResultsExpired',
    ]);
    expect(BulkJobStatus).toEqual([
      'Queued',
      'InProgress',
      'PartialSuccess',
      'Failure',
      'Success',
      'Cancelled',
    ]);
    expect(spec).toContain('WorkflowStatus:');
    expect(schemaNames).toHaveLength(101);
    expect(operationIds).toHaveLength(18);
  });

  it('former schema names map to the current ones, and an enum’s former name has its values', () => {
    expect(schemaAliases).toEqual({
      BulkJobStatusResponse: 'StandardJobStatusResponse',
      BulkJobSubmitResponse: 'StandardJobSubmitResponse',
      CallPubApiWorkflowInput: 'CallRestApiWorkflowInput',
      PubApiMethodType: 'RestApiMethodType',
    });
    for (const [former, current] of Object.entries(schemaAliases)) {
      expect(schemaNames as readonly string[]).toContain(current);
      expect(schemaNames as readonly string[]).not.toContain(former);
    }
    expect(PubApiMethodType).toBe(RestApiMethodType);
  });

  it('the built .d.ts marks each former name @deprecated, naming the current name', () => {
    const file = path.join(here, 'consumer.ts');
    const program = programOf(file);
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(file) as ts.SourceFile;
    const importDecl = source.statements.find(ts.isImportDeclaration) as ts.ImportDeclaration;
    expect((importDecl.moduleSpecifier as ts.StringLiteral).text).toBe('@workflows-api/types');
    const moduleSymbol = checker.getSymbolAtLocation(importDecl.moduleSpecifier) as ts.Symbol;
    const exported = (name: string) => {
      const symbol = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === name);
      if (!symbol) {
        throw new Error(`@workflows-api/types does not export ${name}`);
      }
      return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    };
    const deprecations = (name: string) =>
      exported(name)
        .getJsDocTags(checker)
        .filter((t) => t.name === 'deprecated')
        .map((t) => ts.displayPartsToString(t.text));

    for (const [former, current] of Object.entries(schemaAliases)) {
      const declarations = exported(former).declarations ?? [];
      expect(declarations.length).toBeGreaterThan(0);
      for (const d of declarations) {
        expect(d.getSourceFile().fileName).toMatch(/\/packages\/types\/dist\/.*\.d\.ts$/);
      }
      const notes = deprecations(former);
      expect(notes.length, former).toBeGreaterThan(0);
      for (const note of notes) {
        expect(note).toContain(`\`${current}\``);
      }
      expect(deprecations(current), current).toEqual([]);
    }
  }, 60_000);
});
