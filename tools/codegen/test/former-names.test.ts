import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPES_OUT_DIR, typesEmitter } from '../src/emitters/types.js';
import { VALIDATORS_OUT_DIR, validatorsEmitter } from '../src/emitters/validators.js';
import { loadSpec } from '../src/load-spec.js';
import { buildModel, type SpecModel } from '../src/model.js';
import { runPipeline } from '../src/pipeline.js';
import type { GeneratedFile } from '../src/write-files.js';
import { miniSpec, removeDir, repoRoot, specFile } from './helpers.js';

/**
 * `x-former-names` keeps the names a schema had before the API renamed it as
 * deprecated aliases: a type (and, for an enum, its values) in the types
 * package, and `validate`/`isX`/`assertX` in the validators package.
 */
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

const contentsOf = (files: readonly GeneratedFile[], file: string) => {
  const found = files.find((f) => f.path === file);
  if (!found) {
    throw new Error(`not emitted: ${file}`);
  }
  return found.contents;
};

describe('x-former-names of the spec', () => {
  let model: SpecModel;
  let files: GeneratedFile[];
  beforeAll(async () => {
    model = buildModel(await loadSpec(specFile), 'spec/openapi.yaml');
    files = [...(await typesEmitter.emit(model)), ...(await validatorsEmitter.emit(model))];
  }, 60_000);

  it('the model lists each former name with its schema, sorted, and whether it is an enum', () => {
    expect(model.schemaAliases).toEqual([
      { name: 'BulkJobStatusResponse', target: 'StandardJobStatusResponse', isEnum: false },
      { name: 'BulkJobSubmitResponse', target: 'StandardJobSubmitResponse', isEnum: false },
      { name: 'CallPubApiWorkflowInput', target: 'CallRestApiWorkflowInput', isEnum: false },
      { name: 'PubApiMethodType', target: 'RestApiMethodType', isEnum: true },
    ]);
    // An alias is not a schema of its own.
    for (const { name } of model.schemaAliases) {
      expect(model.schemaNames).not.toContain(name);
    }
  });

  it('types: a deprecated type per former name, deprecated values for an enum, the alias table', () => {
    const schemas = contentsOf(files, `${TYPES_OUT_DIR}/schemas.ts`);
    const deprecated = (target: string) =>
      `/** @deprecated Renamed \`${target}\` by the API (same wire rules); use that name. */`;
    expect(schemas).toContain(
      `${deprecated('StandardJobStatusResponse')}\nexport type BulkJobStatusResponse = StandardJobStatusResponse;\n`,
    );
    expect(schemas).toContain(
      `${deprecated('CallRestApiWorkflowInput')}\nexport type CallPubApiWorkflowInput = CallRestApiWorkflowInput;\n`,
    );
    expect(schemas).toContain(
      `${deprecated('RestApiMethodType')}\nexport type PubApiMethodType = RestApiMethodType;\n${deprecated('RestApiMethodType')}\nexport const PubApiMethodType = RestApiMethodType;\n`,
    );
    // Object schemas have no run-time value to alias.
    expect(schemas).not.toMatch(
      /export const (BulkJobStatusResponse|BulkJobSubmitResponse|CallPubApiWorkflowInput)\b/,
    );
    expect(schemas).toContain(
      'export const schemaAliases = {"BulkJobStatusResponse":"StandardJobStatusResponse","BulkJobSubmitResponse":"StandardJobSubmitResponse","CallPubApiWorkflowInput":"CallRestApiWorkflowInput","PubApiMethodType":"RestApiMethodType"} as const;',
    );
  });

  it('validators: validate() knows each former name; isX and assertX are deprecated and reuse the compiled code', () => {
    const validators = contentsOf(files, `${VALIDATORS_OUT_DIR}/validators.ts`);
    expect(validators).toContain(
      '  BulkJobStatusResponse: standalone.StandardJobStatusResponse as CompiledValidator,\n',
    );
    expect(validators).toContain(
      '  PubApiMethodType: standalone.RestApiMethodType as CompiledValidator,\n',
    );
    const guards = contentsOf(files, `${VALIDATORS_OUT_DIR}/guards.ts`);
    expect(guards).toContain(
      '/** @deprecated `BulkJobStatusResponse` was renamed `StandardJobStatusResponse` by the API (same wire rules); use `isStandardJobStatusResponse`. */\n' +
        'export const isBulkJobStatusResponse: (data: unknown) => data is BulkJobStatusResponse = /* @__PURE__ */ guard(standalone.StandardJobStatusResponse as CompiledValidator);\n',
    );
    expect(guards).toContain(
      '/** @deprecated `BulkJobStatusResponse` was renamed `StandardJobStatusResponse` by the API (same wire rules); use `assertStandardJobStatusResponse`. */\n' +
        'export const assertBulkJobStatusResponse: (data: unknown) => asserts data is BulkJobStatusResponse = /* @__PURE__ */ asserter("BulkJobStatusResponse", standalone.StandardJobStatusResponse as CompiledValidator);\n',
    );
    const imported = /^import type \{ ([^}]+) \} from '@workflows-api\/types';$/m
      .exec(guards)?.[1]
      ?.split(', ');
    for (const { name } of model.schemaAliases) {
      expect(imported).toContain(name);
    }
    // No second copy of the compiled code under the old name.
    const standalone = contentsOf(files, `${VALIDATORS_OUT_DIR}/standalone.ts`);
    for (const { name } of model.schemaAliases) {
      expect(standalone).not.toMatch(new RegExp(`export (const|function) ${name}\\b`));
    }
  });
});

describe('x-former-names on a small spec', () => {
  const schemas = {
    Thing: {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: { kind: { $ref: '#/components/schemas/Kind' } },
      'x-former-names': ['OldThing'],
    },
    Kind: { type: 'string', enum: ['A', 'B'], 'x-former-names': ['OldKind', 'OlderKind'] },
  };

  let root: string;
  beforeAll(async () => {
    const spec = await miniSpec('former-names', schemas);
    root = spec.root;
    dirs.push(root);
    await runPipeline({
      specFile: spec.file,
      rootDir: root,
      emitters: [typesEmitter, validatorsEmitter],
    });
    // The hand-written modules the generated guards import at run time.
    for (const file of ['guard.ts', 'errors.ts', 'compiled-validator.ts']) {
      await copyFile(
        path.join(repoRoot, 'packages/validators/src', file),
        path.join(root, 'packages/validators/src', file),
      );
    }
  }, 60_000);

  it('each former name has the type and values of its schema, and is marked deprecated', async () => {
    const consumer = path.join(root, 'consumer.ts');
    await writeFile(
      consumer,
      [
        `import { Kind, OldKind, OlderKind, schemaAliases, type OldThing, type SchemaByName, type Thing } from './${TYPES_OUT_DIR}/schemas.js';`,
        'export const a: OldThing = { kind: "A" } satisfies Thing;',
        'export const b: Thing = a;',
        'export const values: readonly ["A", "B"] = OldKind;',
        'export const same: typeof Kind = OlderKind;',
        'export const target: "Kind" = schemaAliases.OlderKind;',
        'type Exact<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false;',
        "export const byName: Exact<SchemaByName<'OldThing'>, Thing> = true;",
        '// @ts-expect-error a former name has the rules of its schema',
        'export const wrong: OldKind = "C";',
        '',
      ].join('\n'),
    );
    const program = ts.createProgram([consumer], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);

    const checker = program.getTypeChecker();
    const source = program.getSourceFile(path.join(root, TYPES_OUT_DIR, 'schemas.ts'));
    const exports = checker.getExportsOfModule(
      checker.getSymbolAtLocation(source as ts.SourceFile) as ts.Symbol,
    );
    const deprecation = (name: string) =>
      exports
        .find((s) => s.name === name)
        ?.getJsDocTags(checker)
        .filter((t) => t.name === 'deprecated')
        .map((t) => ts.displayPartsToString(t.text));
    expect(deprecation('OldThing')).toEqual([
      'Renamed `Thing` by the API (same wire rules); use that name.',
    ]);
    expect(deprecation('OlderKind')?.[0]).toContain('`Kind`');
    expect(deprecation('Thing')).toEqual([]);
  }, 60_000);

  it('validate(), isX and assertX under a former name judge like the schema, and assert names the old name', async () => {
    const load = async <T>(file: string) =>
      (await import(pathToFileURL(path.join(root, VALIDATORS_OUT_DIR, file)).href)) as T;
    const { schemaValidators } = await load<{
      schemaValidators: Record<string, (d: unknown) => boolean>;
    }>('validators.ts');
    expect(Object.keys(schemaValidators).sort()).toEqual([
      'Kind',
      'OldKind',
      'OldThing',
      'OlderKind',
      'Thing',
    ]);
    expect(schemaValidators.OldThing).toBe(schemaValidators.Thing);
    expect(schemaValidators.OlderKind).toBe(schemaValidators.Kind);

    const guards = await load<Record<string, (d: unknown) => unknown>>('guards.ts');
    const { isOldThing, assertOldThing, isOldKind, assertThing } = guards;
    expect(isOldThing?.({ kind: 'B' })).toBe(true);
    expect(isOldThing?.({ kind: 'C' })).toBe(false);
    expect(isOldKind?.('A')).toBe(true);
    expect(isOldKind?.('a')).toBe(false);
    expect(() => assertOldThing?.({ kind: 'A' })).not.toThrow();
    expect(() => assertOldThing?.({})).toThrow(/^OldThing is invalid \(1 issue\):\n\/kind: /);
    expect(() => assertThing?.({})).toThrow(/^Thing is invalid \(1 issue\):\n\/kind: /);
  }, 60_000);

  it('a spec without former names emits an empty alias table and no deprecated exports', async () => {
    const { Thing } = schemas;
    const spec = await miniSpec('no-former-names', {
      Thing: { ...Thing, properties: { kind: { type: 'string' } }, 'x-former-names': undefined },
    });
    dirs.push(spec.root);
    const model = buildModel(await loadSpec(spec.file), 'spec/openapi.yaml');
    expect(model.schemaAliases).toEqual([]);
    const out = [...(await typesEmitter.emit(model)), ...(await validatorsEmitter.emit(model))];
    expect(contentsOf(out, `${TYPES_OUT_DIR}/schemas.ts`)).toContain(
      'export const schemaAliases = {} as const;',
    );
    for (const f of out) {
      expect(f.contents, f.path).not.toContain('@deprecated');
    }
  }, 60_000);

  it('a former name that clashes with an operation helper type stops generation', async () => {
    const spec = await miniSpec('former-name-clash', {
      Thing: { ...schemas.Thing, 'x-former-names': ['CreateThingResponse'] },
      Kind: schemas.Kind,
    });
    dirs.push(spec.root);
    await expect(
      runPipeline({ specFile: spec.file, rootDir: spec.root, emitters: [typesEmitter] }),
    ).rejects.toThrow(
      'helper type CreateThingResponse of operation createThing clashes with another export',
    );
  }, 60_000);
});
