import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The code blocks of the root README's "Examples" section, in order. */
export async function readmeExamples(): Promise<string[]> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.split(/^## Examples$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

/** What each example prints when it worked, in the README's order. */
export const exampleOutputs: readonly (readonly RegExp[])[] = [
  [/^created campaign \S+/m],
  [/^job \d+: \d+(\.\d+)?%$/m, /^job \d+ ended Success$/m],
  [/^graphql job: (Queued|InProgress) \d+(\.\d+)?%$/m, /^graphql job \d+ ended Success$/m],
  [/^bulk: 20 of 20 succeeded in 2 jobs$/m],
  [/^\/primaryInput\/name: /m, /\/id/, /\/status/],
];
