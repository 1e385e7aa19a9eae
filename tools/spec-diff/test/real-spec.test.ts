import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from '../src/main.js';
import { type Doc, removeDir, tempDir } from './helpers.js';

const specFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../spec/openapi.yaml',
);
let dir: string;
let spec: Doc;

beforeAll(async () => {
  dir = await tempDir('real');
  await mkdir(dir, { recursive: true });
  spec = parse(await readFile(specFile, 'utf8'));
});
afterAll(() => removeDir(dir));

async function diffAgainst(edit: (doc: Doc) => void) {
  const doc = structuredClone(spec);
  edit(doc);
  await writeFile(path.join(dir, 'edited.yaml'), stringify(doc));
  const result = await main([specFile, 'edited.yaml', '--json'], dir);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as {
    bump: string;
    changes: { pointer: string; class: string; message: string }[];
  };
}

/** OpenAPI 3.0 `nullable` rewritten the 3.1 way. */
function to31(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(to31);
  } else if (node && typeof node === 'object') {
    const schema = node as Doc;
    if (schema.nullable === true && typeof schema.type === 'string') {
      schema.type = [schema.type, 'null'];
      delete schema.nullable;
    }
    Object.values(schema).forEach(to31);
  }
}

describe('the Workflows API spec', () => {
  it('rewritten as OpenAPI 3.1 means the same', async () => {
    const result = await diffAgainst((doc) => {
      doc.openapi = '3.1.0';
      to31(doc);
    });
    expect(result).toEqual({
      bump: 'patch',
      changes: [
        {
          pointer: '/openapi',
          class: 'patch',
          message: 'OpenAPI version changed from "3.0.3" to "3.1.0"',
        },
      ],
    });
  });

  it('a new workflow status is major: WorkflowStatus is only read', async () => {
    const result = await diffAgainst((doc) =>
      doc.components.schemas.WorkflowStatus.enum.push('Paused'),
    );
    expect(result.changes).toEqual([
      {
        pointer: '/components/schemas/WorkflowStatus/enum',
        class: 'major',
        message: 'enum value "Paused" added (response)',
      },
    ]);
  });

  it('a new pacing mode is minor: CampaignPacingMode is only sent', async () => {
    const result = await diffAgainst((doc) =>
      doc.components.schemas.CampaignPacingMode.enum.push('Smooth'),
    );
    expect(result).toMatchObject({ bump: 'minor', changes: [{ class: 'minor' }] });
  });

  it('a retry policy change is minor, a renamed client method major', async () => {
    const retries = await diffAgainst(
      (doc) => (doc['x-speakeasy-retries'].backoff.maxInterval = 30000),
    );
    expect(retries.changes).toEqual([
      {
        pointer: '/x-speakeasy-retries',
        class: 'minor',
        message: 'x-speakeasy-retries changed (changes client behaviour)',
      },
    ]);
    const renamed = await diffAgainst(
      (doc) => (doc.paths['/adgroup'].post['x-speakeasy-name-override'] = 'make'),
    );
    expect(renamed.bump).toBe('major');
  });
});
