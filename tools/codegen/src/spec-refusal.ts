import { pointerOf } from './spec-location.js';

/**
 * An emitter cannot generate from this spec: it lacks something the generated code relies on
 * (a status enum's running value, a server, a name free for an export). A problem with the
 * spec, not with the generator: the pipeline reports it as the spec's problems are reported,
 * at the file, line and column of `pointer` (into the bundled document) when it has one, and
 * without a stack trace.
 */
export class SpecRefusal extends Error {
  constructor(
    message: string,
    readonly pointer?: string,
  ) {
    super(message);
    this.name = 'SpecRefusal';
  }
}

/** The pointer of an operation: `/paths/~1adgroup/post`. */
export const operationPointer = (op: { path: string; method: string }): string =>
  pointerOf(['paths', op.path, op.method.toLowerCase()]);

/** The pointer of a component schema, or of a keyword in it. */
export const schemaPointer = (name: string, ...rest: (string | number)[]): string =>
  pointerOf(['components', 'schemas', name, ...rest]);
