import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface SpecOperation {
  readonly operationId: string;
  readonly method: (typeof httpMethods)[number];
  readonly path: string;
  readonly summary: string | undefined;
}

export type OpenApiDocument = Record<string, unknown> & { paths?: unknown; info?: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the spec as plain JSON data; YAML anchors and comments do not survive, on purpose. */
export async function loadSpec(file: string): Promise<OpenApiDocument> {
  const text = await readFile(file, 'utf8');
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  if (!isRecord(document) || typeof document.openapi !== 'string') {
    throw new Error(`${file}: not an OpenAPI document (no "openapi" version field at the top)`);
  }
  return document;
}

/** The operations of the document in file order, each located by method and path. */
export function listOperations(document: OpenApiDocument, source = 'spec'): SpecOperation[] {
  if (!isRecord(document.paths)) throw new Error(`${source}: #/paths is missing or not an object`);
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    if (!isRecord(item)) throw new Error(`${source}: #/paths/${path} is not an object`);
    for (const method of httpMethods) {
      const operation = item[method];
      if (operation === undefined) continue;
      const where = `${source}: ${method.toUpperCase()} ${path}`;
      if (!isRecord(operation)) throw new Error(`${where} is not an object`);
      if (typeof operation.operationId !== 'string' || operation.operationId === '') {
        throw new Error(`${where} has no operationId`);
      }
      const summary = typeof operation.summary === 'string' ? operation.summary : undefined;
      operations.push({ operationId: operation.operationId, method, path, summary });
    }
  }
  if (operations.length === 0) throw new Error(`${source}: #/paths holds no operation`);
  return operations;
}
