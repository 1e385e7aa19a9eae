import { createHash } from 'node:crypto';
import type { SpecModel } from './model.js';

export const GENERATED_MARKER = '@generated';

/** Where the header's hash goes; `stampContentHash` fills it in. */
const HASH_SLOT = '<content-sha256>';
const STAMPED_HASH = /content sha256 ([0-9a-f]{64})/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The first lines of every generated file: what made it, from which spec, and
 * not to edit it. The hash is of the file's own content, not of the spec: a
 * spec edit rewrites only the files whose content it changes.
 */
export function generatedHeader(model: SpecModel, commentStart = '//'): string {
  return [
    `${commentStart} ${GENERATED_MARKER} by @workflows-api/codegen from ${model.specPath} (content sha256 ${HASH_SLOT}).`,
    `${commentStart} Do not edit: change the spec and run \`pnpm generate\`.`,
    '',
  ].join('\n');
}

/**
 * Fills the header's hash slot with the sha256 of the whole file as it is with
 * the slot unfilled (as Facebook's `@generated SignedSource` does), so the hash
 * can be checked against the content it stands in. Undefined when the file has
 * no slot, or more than one.
 */
export function stampContentHash(contents: string): string | undefined {
  const at = contents.indexOf(HASH_SLOT);
  if (at === -1 || contents.includes(HASH_SLOT, at + 1)) {
    return undefined;
  }
  return contents.slice(0, at) + sha256(contents) + contents.slice(at + HASH_SLOT.length);
}

/** Whether a generated file still is what codegen wrote: its header's hash matches its content. */
export function contentHashMatches(contents: string): boolean {
  const stamped = STAMPED_HASH.exec(contents.slice(0, contents.indexOf('\n')));
  if (!stamped) {
    return false;
  }
  const unfilled = contents.replace(stamped[0], `content sha256 ${HASH_SLOT}`);
  return sha256(unfilled) === stamped[1];
}
