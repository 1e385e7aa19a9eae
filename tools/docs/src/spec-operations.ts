import { isObject } from '@workflows-api/codegen/json';
import { loadSpec } from '@workflows-api/codegen/load-spec';
import { type HttpMethod, walkOperations } from '@workflows-api/codegen/model';
import { SpecError, SpecSyntaxError } from '@workflows-api/codegen/spec-error';

export interface SpecOperation {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string | undefined;
}

export type OpenApiDocument = Record<string, unknown> & { paths?: unknown; info?: unknown };

/**
 * Reads the spec with codegen's loader (parsed, other files bundled in; the docs of a draft
 * build too, so it is not checked as generation checks it). Plain JSON data: YAML anchors and comments do not
 * survive, on purpose. Fails with the file and each problem.
 */
export async function readSpecDocument(file: string): Promise<OpenApiDocument> {
  try {
    return (await loadSpec(file, { check: false })).document;
  } catch (error) {
    if (!(error instanceof SpecError)) {
      throw error;
    }
    const problems = error.problems.map((p) => p.message).join('; ');
    throw new Error(
      error instanceof SpecSyntaxError
        ? `${file}: not valid YAML: ${problems}`
        : `${file}: ${problems}`,
    );
  }
}

/** The operations of the document in file order, each located by method and path. */
export function listOperations(document: OpenApiDocument, source = 'spec'): SpecOperation[] {
  if (!isObject(document.paths)) {
    throw new Error(`${source}: #/paths is missing or not an object`);
  }
  for (const [path, item] of Object.entries(document.paths)) {
    if (!isObject(item)) {
      throw new Error(`${source}: #/paths/${path} is not an object`);
    }
  }
  const operations: SpecOperation[] = [];
  for (const { path, method, operation } of walkOperations(document)) {
    const where = `${source}: ${method.toUpperCase()} ${path}`;
    if (!isObject(operation)) {
      throw new Error(`${where} is not an object`);
    }
    if (typeof operation.operationId !== 'string' || operation.operationId === '') {
      throw new Error(`${where} has no operationId`);
    }
    const summary = typeof operation.summary === 'string' ? operation.summary : undefined;
    operations.push({ operationId: operation.operationId, method, path, summary });
  }
  if (operations.length === 0) {
    throw new Error(`${source}: #/paths holds no operation`);
  }
  return operations;
}
