/** Input that cannot be compared: a missing file, bad YAML/JSON, not OpenAPI 3.0/3.1. */
export class SpecDiffError extends Error {
  constructor(
    readonly file: string,
    detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    const where =
      line === undefined ? file : `${file}:${line}${column === undefined ? '' : `:${column}`}`;
    super(`${where}: ${detail}`);
    this.name = 'SpecDiffError';
  }
}

/** A usage or environment problem (bad arguments, no git repository). */
export class UsageError extends Error {
  override name = 'UsageError';
}
