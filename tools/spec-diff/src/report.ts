import type { DiffResult } from './diff-document.js';

/** One line per change, `<pointer>  <class>  <message>`, then the overall bump. */
export function formatText(result: DiffResult): string {
  const lines = result.changes.map((c) => `${c.pointer}  ${c.class}  ${c.message}`);
  lines.push(`bump: ${result.bump}`);
  return `${lines.join('\n')}\n`;
}

/** Moves and renames add `kind` and `from` (the pointer into the old document). */
export function formatJson(result: DiffResult): string {
  const changes = result.changes.map((c) => ({
    pointer: c.pointer,
    class: c.class,
    message: c.message,
    ...(c.kind === undefined ? {} : { kind: c.kind, from: c.from }),
  }));
  return `${JSON.stringify({ bump: result.bump, changes }, null, 2)}\n`;
}

/** The changeset summary: the report as a Markdown list. */
export function formatMarkdown(result: DiffResult, since: string): string {
  const items = result.changes.map((c) => `- \`${c.pointer}\` **${c.class}**: ${c.message}`);
  return `Spec changes since ${since} (${result.bump}):\n\n${items.join('\n')}\n`;
}
