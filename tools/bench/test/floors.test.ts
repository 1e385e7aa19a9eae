import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The two floor processes of the codegen bench run against codegen's build (turbo builds it
// before any test): held here so that a change of the generator's modules breaks a test,
// not the next `pnpm bench` only.
const run = promisify(execFile);
const src = fileURLToPath(new URL('../src/', import.meta.url));
const ourSpec = fileURLToPath(new URL('../../../spec/openapi.yaml', import.meta.url));
const floor = (script: string, spec: string) =>
  run(process.execPath, [path.join(src, script), spec], { timeout: 120_000 });

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'wf-bench-floors-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('codegen bench floors', () => {
  it('reads and checks our spec, and refuses one that generation refuses', async () => {
    await expect(floor('checked-only.mjs', ourSpec)).resolves.toBeDefined();
    // Valid YAML that parses, but no `info`: only Redocly's lint refuses it.
    const text = await readFile(ourSpec, 'utf8');
    const broken = path.join(work, 'openapi.yaml');
    await writeFile(broken, text.replace(/^info:/m, 'infos:'));
    await expect(floor('checked-only.mjs', broken)).rejects.toThrow(/info/);
  });

  it('compiles every validator of our spec with AJV', async () => {
    await expect(floor('compile-only.mjs', ourSpec)).resolves.toBeDefined();
  });
});
