import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RESERVED_OPTIONS } from '../src/emitters/client.js';
import { repoRoot } from './helpers.js';

/** Where the client declares the per-call options that share an object with query parameters. */
const CLIENT_TYPES = path.join(repoRoot, 'packages/client/src/types.ts');
/** The widest per-call options object: a job-submitting call's `...AndWait` options. */
const WIDEST_OPTIONS = 'AndWaitOptions';

/** The member names of an exported interface, inherited and picked ones included, as tsc sees them. */
function memberNames(file: string, name: string): string[] {
  const program = ts.createProgram([file], {
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) {
    throw new Error(`${file} did not load`);
  }
  const symbol = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === name);
  if (!symbol) {
    throw new Error(`${file} exports no ${name}`);
  }
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  return checker.getPropertiesOfType(type).map((p) => p.name);
}

describe('RESERVED_OPTIONS of the client emitter', () => {
  it(`is exactly the members of the client's ${WIDEST_OPTIONS}`, () => {
    // A query parameter named like an option would be swallowed by it (or the other way round):
    // the emitter refuses such names, so its list must follow the client's types.
    expect([...RESERVED_OPTIONS].sort()).toEqual(memberNames(CLIENT_TYPES, WIDEST_OPTIONS).sort());
  });
});
