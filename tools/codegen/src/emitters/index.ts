import type { Emitter } from '../pipeline.js';
import { cliEmitter } from './cli.js';
import { clientEmitter } from './client.js';
import { typesEmitter } from './types.js';
import { validatorsEmitter } from './validators.js';

/** Every generator `pnpm generate` runs, in order, over the one loaded spec. */
export const emitters: readonly Emitter[] = [
  typesEmitter,
  clientEmitter,
  validatorsEmitter,
  cliEmitter,
];
