import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadedSpec } from './load-spec.js';
import type { SpecProblem } from './spec-error.js';
import { makeLocator } from './spec-location.js';

// Apart from load-spec.ts, so that the emitters (which name problems on their error paths)
// load without Redocly: `pnpm generate` starts its worker threads before Redocly loads.

export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/**
 * A problem at `pointer` of a loaded spec's root file, with its line and
 * column when the file still reads; for the emitters, on their error paths.
 */
export function specProblemAt(
  spec: LoadedSpec,
  pointer: string | undefined,
  message: string,
): SpecProblem {
  const file = displayPath(spec.file);
  if (pointer === undefined) {
    return { file, message };
  }
  let place: ReturnType<ReturnType<typeof makeLocator>> | undefined;
  try {
    place = makeLocator(readFileSync(spec.file, 'utf8'))(pointer);
  } catch {
    // The pointer still says where.
  }
  return { file, pointer, ...place, message };
}
