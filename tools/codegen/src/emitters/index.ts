import type { Emitter } from '../pipeline.js';
import { typesEmitter } from './types.js';

/** Every generator `pnpm generate` runs, in order, over the one loaded spec. */
export const emitters: readonly Emitter[] = [typesEmitter];
