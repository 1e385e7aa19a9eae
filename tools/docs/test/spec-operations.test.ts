import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specPath } from '../src/paths.js';
import { listOperations, type OpenApiDocument, readSpecDocument } from '../src/spec-operations.js';

describe('listOperations', () => {
  it('lists each operation of the spec once, with its summary', async () => {
    const document = await readSpecDocument(specPath);
    const operations = listOperations(document, specPath);
    // Counted independently of the parser: one `operationId:` line per operation.
    const idLines = (await readFile(specPath, 'utf8')).match(/^\s+operationId:\s*\S+/gm) ?? [];
    expect(operations).toHaveLength(idLines.length);
    expect(new Set(operations.map((operation) => operation.operationId)).size).toBe(
      operations.length,
    );
    for (const operation of operations) {
      expect(operation.summary, operation.operationId).toBeTruthy();
    }
  });

  it('names the method and path of an operation without an operationId', () => {
    const document: OpenApiDocument = {
      openapi: '3.0.3',
      paths: {
        '/things': { get: { operationId: 'listThings' }, post: { summary: 'Add a thing' } },
      },
    };
    expect(() => listOperations(document, 'bad.yaml')).toThrow(
      'bad.yaml: POST /things has no operationId',
    );
  });

  it('rejects a document without operations', () => {
    expect(() => listOperations({ openapi: '3.0.3', paths: {} }, 'empty.yaml')).toThrow(
      'empty.yaml: #/paths holds no operation',
    );
    expect(() => listOperations({ openapi: '3.0.3' }, 'none.yaml')).toThrow(
      'none.yaml: #/paths is missing or not an object',
    );
  });
});

describe('readSpecDocument', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docs-spec-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names the file of invalid YAML', async () => {
    const file = join(dir, 'broken.yaml');
    await writeFile(file, 'openapi: 3.0.3\npaths: [unclosed\n');
    await expect(readSpecDocument(file)).rejects.toThrow(`${file}: not valid YAML`);
  });

  it('names the file of YAML that is not an OpenAPI document', async () => {
    const file = join(dir, 'list.yaml');
    await writeFile(file, '- just\n- a list\n');
    await expect(readSpecDocument(file)).rejects.toThrow(`${file}: not an OpenAPI document`);
  });
});
