import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SchemaAlias, type SchemaName, schemaAliases } from '@workflows-api/types';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as validators from '../src/index.js';
import { ValidationError, validate } from '../src/index.js';

/**
 * The former names of renamed schemas (`x-former-names`) are deprecated aliases:
 * `validate(former, x)`, `isFormer` and `assertFormer` accept and reject exactly
 * what the current name does, and an assert names the schema the way the caller did.
 */

// Typed by SchemaAlias, so a new former name fails to compile here until it has samples.
const samples: Record<SchemaAlias, unknown[]> = {
  BulkJobStatusResponse: [
    { id: 1, createdAtUtc: '2025-06-17T08:00:00Z', status: 'InProgress' },
    { id: 2, createdAtUtc: '2025-06-17T08:00:00Z', completedAtUtc: null, status: 'ResultsExpired' },
    { id: 3, createdAtUtc: '2025-06-17T08:00:00Z', status: 'Queued' },
    { id: '4', status: 'Cancelled', extra: true },
    { id: 5, createdAtUtc: '2025-02-30T00:00:00Z', status: 'Success' },
    null,
  ],
  BulkJobSubmitResponse: [{ id: 1 }, { id: '1' }, {}, { id: 1, status: 'Queued' }],
  CallPubApiWorkflowInput: [
    { methodType: 'GET', endpoint: '/v3/campaign/abc' },
    { methodType: 'POST', endpoint: null, dataBody: '{}' },
    { methodType: 'PATCH', endpoint: '/v3/campaign' },
    { methodType: 'GET' },
  ],
  PubApiMethodType: ['POST', 'DELETE', 'PATCH', 'get', null],
};

const formerNames = Object.keys(schemaAliases) as SchemaAlias[];
const currentOf = (former: SchemaAlias): SchemaName => schemaAliases[former];
const exported = (name: string) => {
  const fn = (validators as Record<string, unknown>)[name];
  if (typeof fn !== 'function') {
    throw new Error(`@workflows-api/validators does not export ${name}`);
  }
  return fn as (data: unknown) => unknown;
};
/** What assertX does with `data`: nothing, or the ValidationError it throws. */
const assertion = (name: string, data: unknown) => {
  try {
    exported(name)(data);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return err as ValidationError;
  }
};

describe.each(formerNames.map((former) => [former, currentOf(former)] as const))(
  '%s (former name of %s)',
  (former, current) => {
    it('has samples on both sides of its rules', () => {
      const verdicts = samples[former].map((d) => validate(current, d).valid);
      expect(verdicts).toContain(true);
      expect(verdicts).toContain(false);
    });

    it('validate() gives the same result, issue for issue', () => {
      for (const data of samples[former]) {
        expect(validate(former, data), JSON.stringify(data)).toEqual(validate(current, data));
      }
    });

    it(`is${former} judges like is${current}`, () => {
      for (const data of samples[former]) {
        expect(exported(`is${former}`)(data), JSON.stringify(data)).toBe(
          exported(`is${current}`)(data),
        );
      }
    });

    it(`assert${former} throws when assert${current} does, naming ${former}`, () => {
      for (const data of samples[former]) {
        const before = assertion(`assert${current}`, data);
        const after = assertion(`assert${former}`, data);
        if (!before) {
          expect(after, JSON.stringify(data)).toBeUndefined();
          continue;
        }
        expect(after?.schemaName).toBe(former);
        expect(after?.errors).toEqual(before.errors);
        expect(after?.message).toBe(before.message.replace(current, former));
        expect(after?.message.startsWith(`${former} is invalid (`)).toBe(true);
      }
    });
  },
);

describe('the built package', () => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const consumer = path.join(here, 'consumer.ts');

  function program(): ts.Program {
    const configPath = path.join(here, '../tsconfig.json');
    const config = ts.parseJsonConfigFileContent(
      ts.readConfigFile(configPath, ts.sys.readFile).config,
      ts.sys,
      path.dirname(configPath),
    );
    return ts.createProgram([consumer], { ...config.options, noEmit: true });
  }

  it('old code type-checks against it and gets the current types', () => {
    const diagnostics = ts
      .getPreEmitDiagnostics(program())
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 60_000);

  it('its .d.ts marks isX and assertX of each former name @deprecated, naming the current guard', () => {
    const p = program();
    const checker = p.getTypeChecker();
    const source = p.getSourceFile(consumer) as ts.SourceFile;
    const specifier = source.statements
      .filter(ts.isImportDeclaration)
      .map((d) => d.moduleSpecifier as ts.StringLiteral)
      .find((s) => s.text === '@workflows-api/validators') as ts.StringLiteral;
    const moduleSymbol = checker.getSymbolAtLocation(specifier) as ts.Symbol;
    const exports = checker.getExportsOfModule(moduleSymbol);
    const resolved = (name: string) => {
      const symbol = exports.find((s) => s.name === name);
      if (!symbol) {
        throw new Error(`the built package does not export ${name}`);
      }
      return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    };
    const deprecation = (name: string) => {
      const symbol = resolved(name);
      for (const d of symbol.declarations ?? []) {
        expect(d.getSourceFile().fileName).toMatch(/\/packages\/validators\/dist\/.*\.d\.ts$/);
      }
      return symbol
        .getJsDocTags(checker)
        .filter((t) => t.name === 'deprecated')
        .map((t) => ts.displayPartsToString(t.text));
    };
    for (const former of formerNames) {
      const current = currentOf(former);
      for (const kind of ['is', 'assert']) {
        const notes = deprecation(`${kind}${former}`);
        expect(notes, `${kind}${former}`).toHaveLength(1);
        expect(notes[0]).toContain(`\`${kind}${current}\``);
        expect(deprecation(`${kind}${current}`)).toEqual([]);
      }
    }
  }, 60_000);
});
