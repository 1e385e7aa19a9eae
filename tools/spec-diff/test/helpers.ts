import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Change } from '../src/classify.js';
import { type DiffResult, diffSpecs } from '../src/diff-document.js';
import { loadDiffSpec } from '../src/load.js';

// biome-ignore lint/suspicious/noExplicitAny: test documents are edited freely, like YAML by hand.
export type Doc = Record<string, any>;

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `spec-diff-${prefix}-`));
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });

/** Writes both documents to disk and diffs them through the real loader. */
export async function diffDocs(before: Doc, after: Doc): Promise<DiffResult> {
  const dir = await tempDir('pair');
  try {
    await writeFile(path.join(dir, 'old.yaml'), stringify(before));
    await writeFile(path.join(dir, 'new.json'), JSON.stringify(after, null, 2));
    const a = await loadDiffSpec(path.join(dir, 'old.yaml'));
    const b = await loadDiffSpec(path.join(dir, 'new.json'));
    return diffSpecs(a, b);
  } finally {
    await removeDir(dir);
  }
}

/** Diffs `base()` against a copy edited by `edit`. */
export async function diffEdit(base: () => Doc, edit: (doc: Doc) => void): Promise<DiffResult> {
  const after = base();
  edit(after);
  return diffDocs(base(), after);
}

export function only(result: DiffResult): Change {
  if (result.changes.length !== 1) {
    throw new Error(
      `expected exactly one change, got:\n${result.changes.map((c) => `  ${c.pointer}  ${c.class}  ${c.message}`).join('\n')}`,
    );
  }
  return result.changes[0] as Change;
}

const json = (schema: Doc) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * A small API: `PetInput` only in a request, `Pet` only in a response,
 * `Status` and `Tag` in both (through `Pet` and `PetInput`), `Owner` in responses.
 */
export function petApi(): Doc {
  return {
    openapi: '3.0.3',
    info: { title: 'Pets', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com/v1' }],
    security: [{ ApiKey: [] }],
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          summary: 'List pets',
          parameters: [
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: { type: 'integer', maximum: 100 },
            },
          ],
          responses: {
            '200': {
              description: 'The pets.',
              content: json({ type: 'array', items: ref('Pet') }),
            },
            '400': { description: 'Bad request.' },
          },
        },
        post: {
          operationId: 'createPet',
          requestBody: { required: true, content: json(ref('PetInput')) },
          responses: { '201': { description: 'Created.', content: json(ref('Pet')) } },
        },
      },
      '/pets/{petId}': {
        parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'getPet',
          responses: { '200': { description: 'The pet.', content: json(ref('Pet')) } },
        },
        delete: {
          operationId: 'deletePet',
          responses: { '204': { description: 'Deleted.' } },
        },
      },
    },
    components: {
      securitySchemes: { ApiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
      schemas: {
        PetInput: {
          type: 'object',
          additionalProperties: true,
          required: ['name'],
          properties: {
            name: { type: 'string', maxLength: 50 },
            nickname: { type: 'string', nullable: true },
            status: ref('Status'),
            tags: { type: 'array', items: ref('Tag') },
            kind: { type: 'string', enum: ['cat', 'dog'] },
          },
        },
        Pet: {
          type: 'object',
          required: ['id', 'name'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            name: { type: 'string', maxLength: 50 },
            nickname: { type: 'string', nullable: true },
            status: ref('Status'),
            tags: { type: 'array', items: ref('Tag') },
            owner: ref('Owner'),
            kind: { type: 'string', enum: ['cat', 'dog'] },
          },
        },
        Status: { type: 'string', enum: ['available', 'sold'] },
        Tag: { type: 'object', properties: { label: { type: 'string' } } },
        Owner: { type: 'object', properties: { name: { type: 'string' } } },
      },
    },
  };
}

/** The same API as OpenAPI 3.1: nullability as a type list. */
export function petApi31(): Doc {
  const doc = petApi();
  doc.openapi = '3.1.0';
  for (const name of ['PetInput', 'Pet']) {
    doc.components.schemas[name].properties.nickname = { type: ['string', 'null'] };
  }
  return doc;
}
