import { shown } from './terminal-text.js';

/** Past this many lines the summary stops and points at `--json`, which prints everything. */
export const SUMMARY_MAX_LINES = 60;
const MAX_DEPTH = 4;

const isScalar = (value: unknown) => value === null || typeof value !== 'object';

function lines(value: unknown, indent: string, depth: number, out: string[]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push(`${indent}(none)`);
    }
    for (const item of value) {
      if (isScalar(item)) {
        out.push(`${indent}- ${shown(item)}`);
      } else if (depth >= MAX_DEPTH) {
        out.push(`${indent}- …`);
      } else {
        out.push(`${indent}-`);
        lines(item, `${indent}  `, depth + 1, out);
      }
    }
    return;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== null && v !== undefined);
    if (entries.length === 0) {
      out.push(`${indent}(empty)`);
    }
    for (const [key, v] of entries) {
      if (isScalar(v)) {
        out.push(`${indent}${shown(key)}: ${shown(v)}`);
      } else if (Array.isArray(v) && v.length === 0) {
        out.push(`${indent}${shown(key)}: (none)`);
      } else if (depth >= MAX_DEPTH) {
        out.push(`${indent}${shown(key)}: …`);
      } else {
        out.push(`${indent}${shown(key)}:`);
        lines(v, `${indent}  `, depth + 1, out);
      }
    }
    return;
  }
  out.push(`${indent}${shown(value)}`);
}

/**
 * An answer for a person: one `key: value` per line, nested members indented, members that
 * are null left out, every server string `shown`. Long answers are cut (`--json` has all).
 */
export function summarize(value: unknown): string {
  if (value === undefined) {
    return '(no content)\n';
  }
  const out: string[] = [];
  lines(value, '', 0, out);
  if (out.length > SUMMARY_MAX_LINES) {
    const cut = out.length - SUMMARY_MAX_LINES;
    out.length = SUMMARY_MAX_LINES;
    out.push(`… ${cut} more lines; --json prints the whole answer`);
  }
  return `${out.join('\n')}\n`;
}
