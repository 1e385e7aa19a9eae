import { isIdentifier } from '../../identifier.js';
import type { JsonSchema } from './normalise.js';

/** The module-level name of a schema's validator; ids are checked to be identifiers. */
export const validatorBinding = (id: string) => `v$${id}`;

export interface StandaloneInput {
  /** Schemas to add to AJV; each carries its `$id`. */
  schemas: JsonSchema[];
  /** Export name → `$id` of the schema it validates. */
  exports: Record<string, string>;
  /** `$id` → where the schema sits in the spec (a JSON pointer), to locate AJV's refusals. */
  pointers?: Record<string, string>;
}

/** Some of the schemas, compiled by one AJV instance into module code (`compilePart`). */
export interface CompilePart {
  schemas: JsonSchema[];
  /**
   * Added to the number of each module-level name AJV gives (`validate0`, `schema3`, …):
   * AJV numbers them per instance from 0, so parts compiled apart need ranges of their own.
   * (A number, not a suffix: the later steps read `schema<digits>` names.)
   */
  nameOffset: number;
  /** As in `StandaloneInput`. */
  pointers?: Record<string, string> | undefined;
}

/** Schemas and exports whose identifiers the module binds: refused here if not identifiers. */
export function checkIdentifiers(input: StandaloneInput): void {
  for (const id of [...input.schemas.map((s) => String(s.$id)), ...Object.keys(input.exports)]) {
    if (!isIdentifier(id)) {
      throw new Error(`validators emitter: ${JSON.stringify(id)} is not a JavaScript identifier`);
    }
  }
}

/**
 * Below this many schemas, one part: a second thread's start and loads cost about what
 * the half of the compile it takes over saves (about 1 ms a schema), and it holds its own
 * AJV and esbuild. Measured on copies of our spec, whole runs side by side: at 1,015
 * schemas two parts were no faster and peaked 40 MB higher; at 2,530 as fast, 30 MB lower;
 * at 5,055 about 1 s faster.
 */
export const SPLIT_FROM_SCHEMAS = 2000;

/**
 * The schemas in one part, or in two of about equal size (in their order), from `splitFrom`
 * schemas on; each part carries the input's pointers.
 */
export function compileParts(
  { schemas, pointers }: Pick<StandaloneInput, 'schemas' | 'pointers'>,
  splitFrom: number = SPLIT_FROM_SCHEMAS,
): CompilePart[] {
  if (schemas.length < splitFrom) {
    return [{ schemas, nameOffset: 0, pointers }];
  }
  const sizes = schemas.map((s) => JSON.stringify(s).length);
  const half = sizes.reduce((a, b) => a + b, 0) / 2;
  let at = 0;
  for (let sum = 0; at < schemas.length - 1 && sum + (sizes[at] as number) <= half; at++) {
    sum += sizes[at] as number;
  }
  return [
    { schemas: schemas.slice(0, Math.max(at, 1)), nameOffset: 0, pointers },
    { schemas: schemas.slice(Math.max(at, 1)), nameOffset: 1_000_000, pointers },
  ];
}

/** A compile thread's job: the whole module, or one part's code for the module. */
export type CompileJob = { whole: StandaloneInput } | { part: CompilePart };
