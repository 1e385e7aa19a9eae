/** One thing wrong with the spec, with where it is. */
export interface SpecProblem {
  /** The file, relative to the working directory when possible. */
  file: string;
  /** JSON pointer into the document, when known. */
  pointer?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  message: string;
}

export function formatProblem(p: SpecProblem): string {
  let where = p.file;
  if (p.line !== undefined) {
    where += `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}`;
  }
  const pointer = p.pointer !== undefined ? ` (at #${p.pointer})` : '';
  return `${where}${pointer}: ${p.message}`;
}

/** The spec cannot be used; nothing has been written. */
export class SpecError extends Error {
  readonly problems: readonly SpecProblem[];
  constructor(problems: SpecProblem[]) {
    const lines = problems.map(formatProblem);
    super(
      `The spec has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${lines.join('\n  ')}`,
    );
    this.name = 'SpecError';
    this.problems = problems;
  }
}

/** The spec's text is not YAML or JSON: nothing further was checked. */
export class SpecSyntaxError extends SpecError {
  constructor(problems: SpecProblem[]) {
    super(problems);
    this.name = 'SpecSyntaxError';
  }
}

export { escapePointerToken, parsePointer, pointerOf } from './spec-location.js';
