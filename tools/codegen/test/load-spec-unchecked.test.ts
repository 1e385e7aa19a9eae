import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../src/load-spec.js';
import { SpecError, SpecSyntaxError } from '../src/spec-error.js';
import { removeDir, tempDir } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('unchecked');
});
afterAll(() => removeDir(dir));

/** An operation without operationId or responses: generation refuses it, a reader may not. */
const DRAFT = 'openapi: 3.0.3\ninfo: { title: x, version: "1" }\npaths:\n  /x:\n    get: {}\n';

describe('loadSpec({ check: false })', () => {
  it('reads and bundles a document that the checks refuse', async () => {
    const file = path.join(dir, 'draft.yaml');
    await writeFile(file, DRAFT);
    await expect(loadSpec(file)).rejects.toThrow(SpecError);
    const { document } = await loadSpec(file, { check: false });
    expect(document.paths).toEqual({ '/x': { get: {} } });
  });

  it('still refuses text that is not YAML, as a syntax error', async () => {
    const file = path.join(dir, 'broken.yaml');
    await writeFile(file, 'openapi: 3.0.3\npaths: [unclosed\n');
    await expect(loadSpec(file, { check: false })).rejects.toThrow(SpecSyntaxError);
  });
});
