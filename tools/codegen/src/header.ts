import type { SpecModel } from './model.js';

export const GENERATED_MARKER = '@generated';

/** The first lines of every generated file: what made it, from which spec, and not to edit it. */
export function generatedHeader(model: SpecModel, commentStart = '//'): string {
  return [
    `${commentStart} ${GENERATED_MARKER} by @workflows-api/codegen from ${model.specPath} (sha256 ${model.spec.hash}).`,
    `${commentStart} Do not edit: change the spec and run \`pnpm generate\`.`,
    '',
  ].join('\n');
}
