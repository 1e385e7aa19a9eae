import { redact } from './redact.js';
import type { Logger, LogLevel } from './types.js';

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, off: 4 };

export type Log = (level: Exclude<LogLevel, 'off'>, message: string) => void;

/** A leveled log function that redacts every line, whatever the caller put in it. */
export function makeLog(logger: Logger = console, minimum: LogLevel = 'warn'): Log {
  return (level, message) => {
    if (RANK[level] >= RANK[minimum]) {
      logger[level](`[workflows] ${redact(message)}`);
    }
  };
}
