import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runCli, type Snapshot, scratchRoot, snapshot } from './helpers.js';

/**
 * Each bad spec must stop `pnpm generate` with a non-zero exit and a message
 * naming the file and the place, and must leave the previous output as it was.
 */
let root: string;
let goodSpec: string;
let before: Snapshot;
const specPath = () => path.join(root, 'spec/openapi.yaml');

beforeAll(async () => {
  root = await scratchRoot('bad-spec');
  goodSpec = await readFile(specPath(), 'utf8');
  const first = await runCli(['--spec', specPath(), '--root', root]);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  before = await snapshot(path.join(root, 'packages'));
  expect(Object.keys(before).length).toBeGreaterThan(2);
}, 120_000);

afterAll(() => removeDir(root));

/** Replaces the first occurrence of `find` in the good spec, and returns the 1-based line it is on. */
async function writeBadSpec(find: string, replace: string): Promise<number> {
  const index = goodSpec.indexOf(find);
  expect(index, `fixture text not found in spec: ${find}`).toBeGreaterThanOrEqual(0);
  await writeFile(
    specPath(),
    goodSpec.slice(0, index) + replace + goodSpec.slice(index + find.length),
  );
  return goodSpec.slice(0, index).split('\n').length;
}

async function expectRejected(expected: RegExp[]) {
  const result = await runCli(['--spec', specPath(), '--root', root]);
  expect(result.code, result.stdout).not.toBe(0);
  for (const pattern of expected) {
    expect(result.stderr).toMatch(pattern);
  }
  expect(result.stderr).toContain('Nothing was written');
  expect(result.stderr).not.toMatch(/^\s+at /m); // a message for people, not a stack trace
  expect(await snapshot(path.join(root, 'packages'))).toEqual(before);
}

describe('bad spec input', () => {
  it('malformed YAML: names the file, line and column', async () => {
    const line = await writeBadSpec(
      '  title: Workflows API\n',
      '  title: Workflows API\n   version: [1.0.0\n',
    );
    // The parser may blame the line before the broken one (where the mapping started).
    await expectRejected([
      new RegExp(`spec/openapi\\.yaml:(${line}|${line + 1}):\\d+`),
      /malformed YAML/,
    ]);
  });

  it('a misindented key: names the line and the column where the key starts', async () => {
    // `license:` moved from column 3 to column 10 of its line.
    const line = await writeBadSpec('  license:\n', '         license:\n');
    await expectRejected([
      new RegExp(`spec/openapi\\.yaml:${line}:10: malformed YAML/JSON`),
      /All mapping items must start at the same column/,
    ]);
  });

  it('a misindented key after a nested mapping: the column of that key', async () => {
    // `name:` pushed to column 10 opens a deeper mapping; `url:` below it, at column 5, is the misfit.
    const line = await writeBadSpec('    name: MIT\n', '         name: MIT\n');
    await expectRejected([new RegExp(`spec/openapi\\.yaml:${line + 1}:5: malformed YAML/JSON`)]);
  });

  it('a YAML alias bomb of under 1 KB: refused before parsing, at the alias past the limit', async () => {
    const bomb = [
      'x-bomb:',
      '  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
      ...Array.from(
        { length: 8 },
        (_, i) => `  a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`,
      ),
    ].join('\n');
    expect(bomb.length).toBeLessThan(1024);
    const line = await writeBadSpec('servers:\n', `${bomb}\nservers:\n`);
    // a5's first alias repeats a4 (66,430 nodes once expanded), past 100,000 in all.
    await expectRejected([
      new RegExp(
        `spec/openapi\\.yaml:${line + 6}:12: YAML aliases expand the spec by more than 100,000 nodes`,
      ),
      /this alias of &a4 repeats 66,430 nodes\. Use \$ref instead of YAML aliases/,
    ]);
  });

  it('a $ref to nothing: names the file, line and JSON pointer of the $ref', async () => {
    const target = '$ref: "#/components/schemas/AdGroupPayload"';
    const line = await writeBadSpec(target, '$ref: "#/components/schemas/AdGroupPayloadTypo"');
    await expectRejected([
      new RegExp(`spec/openapi\\.yaml:${line}:\\d+`),
      /#\/paths\/~1adgroup\/post\/responses\/201\/content\/application~1json\/schema/,
      /AdGroupPayloadTypo/,
    ]);
  });

  // AJV refuses it too: the checks' error must come first (the pipeline checks beside the emitters).
  it('a document that is not valid OpenAPI: names the offending node', async () => {
    const find = 'StandardJobSubmitResponse:\n      type: object';
    const line = await writeBadSpec(find, 'StandardJobSubmitResponse:\n      type: objekt');
    await expectRejected([
      new RegExp(`spec/openapi\\.yaml:${line + 1}:\\d+`),
      /#\/components\/schemas\/StandardJobSubmitResponse\/type/,
    ]);
  });

  it('not an OpenAPI 3 document at all', async () => {
    await writeFile(specPath(), goodSpec.replace(/^openapi: 3\.0\.3$/m, 'swagger: "2.0"'));
    await expectRejected([/spec\/openapi\.yaml/, /not an OpenAPI 3\.0\/3\.1 document/]);
  });

  it('a construct the emitters cannot represent: names where it is', async () => {
    const find = 'StandardJobSubmitResponse:\n      type: object';
    const line = await writeBadSpec(find, `${find}\n      not:\n        required: [id]`);
    await expectRejected([
      new RegExp(`spec/openapi\\.yaml:${line + 2}:\\d+`),
      /#\/components\/schemas\/StandardJobSubmitResponse\/not/,
      /"not" is not supported/,
    ]);
  });

  it('a number JSON cannot carry (YAML .nan, .inf, -.inf): names each, in document order', async () => {
    const find = '        completionPercentage:\n          type: number\n';
    const line = await writeBadSpec(
      find,
      `${find}          minimum: -.inf\n          x-weights: [1, .nan]\n`,
    );
    const at = '#/components/schemas/GraphQlBulkJob/properties/completionPercentage';
    await expectRejected([
      /The spec has 2 problems/,
      new RegExp(
        `spec/openapi\\.yaml:${line + 2}:\\d+ \\(at ${at}/minimum\\): -Infinity \\(YAML -\\.inf\\) is not a number JSON can carry`,
      ),
      new RegExp(
        `spec/openapi\\.yaml:${line + 3}:\\d+ \\(at ${at}/x-weights/1\\): NaN \\(YAML \\.nan\\)`,
      ),
    ]);
  });

  it('a spec an emitter cannot generate from (client): names the place, without a stack', async () => {
    const find = '    WorkflowStatus:\n      type: string\n      enum:\n        - InProgress\n';
    const line = await writeBadSpec(find, find.replace('        - InProgress\n', ''));
    await expectRejected([
      /The spec has 1 problem/,
      new RegExp(
        `spec/openapi\\.yaml:${line + 2}:\\d+ \\(at #/components/schemas/WorkflowStatus/enum\\): client emitter: WorkflowStatus has no "InProgress" value`,
      ),
    ]);
  });

  it('a spec an emitter cannot generate from (types): names the schema in the way', async () => {
    const find = '    WorkflowStatus:\n';
    const line = await writeBadSpec(find, `    WorkflowStatusValues:\n      type: string\n${find}`);
    await expectRejected([
      new RegExp(
        `spec/openapi\\.yaml:${line}:\\d+ \\(at #/components/schemas/WorkflowStatusValues\\): types emitter: WorkflowStatusValues, the values of enum WorkflowStatus, clashes with a schema`,
      ),
    ]);
  });

  it('a schema AJV refuses (a format without a type): names the place inside the schema', async () => {
    const find =
      '        completionPercentage:\n          type: number\n          format: float\n          nullable: true\n';
    const line = await writeBadSpec(
      find,
      '        completionPercentage:\n          format: date-time\n',
    );
    await expectRejected([
      new RegExp(
        `spec/openapi\\.yaml:${line}:\\d+ \\(at #/components/schemas/GraphQlBulkJob/properties/completionPercentage\\): validators emitter: AJV refuses schema GraphQlBulkJob: strict mode: missing type`,
      ),
    ]);
  });

  it('an operation without the group the client needs', async () => {
    const line = await writeBadSpec('      x-speakeasy-group: pubApis\n', '');
    await expectRejected([
      new RegExp(`spec/openapi\\.yaml:${line - 6}:\\d+`),
      /#\/paths\/~1restrequest\/post/,
      /x-speakeasy-group/,
    ]);
  });

  describe('x-former-names (deprecated alias exports of a renamed schema)', () => {
    // StandardJobSubmitResponse comes after StandardJobStatusResponse in the spec.
    const formerNames = '      x-former-names:\n        - BulkJobSubmitResponse\n';
    const pointer = /#\/components\/schemas\/StandardJobSubmitResponse\/x-former-names/;

    it('not a list: names the file, line and pointer of the key', async () => {
      const line = await writeBadSpec(formerNames, '      x-former-names: BulkJobSubmitResponse\n');
      await expectRejected([
        new RegExp(`spec/openapi\\.yaml:${line}:\\d+`),
        pointer,
        /x-former-names must be a list of schema names/,
      ]);
    });

    it('a name that is not an identifier: names the list item', async () => {
      const line = await writeBadSpec(
        formerNames,
        '      x-former-names:\n        - Bulk-Job Submit Response\n',
      );
      await expectRejected([
        new RegExp(`spec/openapi\\.yaml:${line + 1}:\\d+`),
        /#\/components\/schemas\/StandardJobSubmitResponse\/x-former-names\/0/,
        /former name "Bulk-Job Submit Response" is not a valid TypeScript identifier/,
      ]);
    });

    it('a name that is not a string: names the list item', async () => {
      const line = await writeBadSpec(formerNames, '      x-former-names:\n        - 42\n');
      await expectRejected([
        new RegExp(`spec/openapi\\.yaml:${line + 1}:\\d+`),
        /#\/components\/schemas\/StandardJobSubmitResponse\/x-former-names\/0/,
        /former name 42 is not a valid TypeScript identifier/,
      ]);
    });

    it('a name a schema has: names the item and the schema', async () => {
      const line = await writeBadSpec(
        formerNames,
        '      x-former-names:\n        - BulkJobSubmitResponse\n        - WorkflowStatus\n',
      );
      await expectRejected([
        new RegExp(`spec/openapi\\.yaml:${line + 2}:\\d+`),
        /#\/components\/schemas\/StandardJobSubmitResponse\/x-former-names\/1/,
        /former name "WorkflowStatus" is already taken by a schema/,
      ]);
    });

    it('a name another schema already has as a former name: names both', async () => {
      const line = await writeBadSpec(
        formerNames,
        '      x-former-names:\n        - BulkJobStatusResponse\n',
      );
      await expectRejected([
        new RegExp(`spec/openapi\\.yaml:${line + 1}:\\d+`),
        /#\/components\/schemas\/StandardJobSubmitResponse\/x-former-names\/0/,
        /former name "BulkJobStatusResponse" is already taken by the former name of StandardJobStatusResponse/,
      ]);
    });

    it('the same name twice in one list', async () => {
      const line = await writeBadSpec(
        formerNames,
        '      x-former-names:\n        - BulkJobSubmitResponse\n        - BulkJobSubmitResponse\n',
      );
      await expectRejected([
        new RegExp(`spec/openapi\\.yaml:${line + 2}:\\d+`),
        /#\/components\/schemas\/StandardJobSubmitResponse\/x-former-names\/1/,
        /already taken by the former name of StandardJobSubmitResponse/,
      ]);
    });
  });

  it('a missing spec file', async () => {
    const result = await runCli(['--spec', path.join(root, 'spec/nope.yaml'), '--root', root]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/nope\.yaml: cannot read the spec/);
    expect(await snapshot(path.join(root, 'packages'))).toEqual(before);
  });
});
