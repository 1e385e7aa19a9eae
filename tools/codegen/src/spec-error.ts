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
  if (p.line !== undefined) where += `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}`;
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

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${escapePointerToken(String(t))}`).join('');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  return pointer
    .replace(/^#/, '')
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
