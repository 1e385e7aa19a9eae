import type { Emitter } from '../pipeline.js';
import { cliEmitter } from './cli.js';
import { clientEmitter } from './client.js';
import { typesEmitter } from './types.js';
import { validatorsEmitter } from './validators.js';

/**
 * Every generator `pnpm generate` runs over the one loaded spec. The validators come first:
 * they hand AJV's compile to a worker thread before openapi-typescript takes the main one.
 */
export const emitters: readonly Emitter[] = [
  validatorsEmitter,
  typesEmitter,
  clientEmitter,
  cliEmitter,
];
