import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type RunningSandbox, startSandbox } from '@workflows-api/sandbox';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The root README's examples are code users paste: type-check and run each one. */
const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const scratch = path.join(here, '../.readme-examples');

async function readmeExamples(): Promise<string[]> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.split(/^## Examples$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

let sandbox: RunningSandbox;
let files: string[];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, jobSpeed: 20 });
  const examples = await readmeExamples();
  await rm(scratch, { recursive: true, force: true });
  await mkdir(scratch, { recursive: true });
  files = [];
  for (const [i, code] of examples.entries()) {
    const file = path.join(scratch, `example-${i + 1}.ts`);
    await writeFile(file, `${code}\nexport {};\n`);
    files.push(file);
  }
});

afterAll(async () => {
  await sandbox?.close();
  await rm(scratch, { recursive: true, force: true });
});

async function runExample(index: number): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', files[index] as string], {
    cwd: path.dirname(scratch),
    env: { ...process.env, WORKFLOWS_SERVER: sandbox.url, WORKFLOWS_TTD_AUTH: 'readme-token' },
  });
  return stdout;
}

describe('README examples', () => {
  it('there are the four the README promises', () => {
    expect(files).toHaveLength(4);
  });

  it('type-check against the packages', () => {
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map(
        (d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
    expect(diagnostics).toEqual([]);
  }, 120_000);

  it('create a campaign', async () => {
    expect(await runExample(0)).toMatch(/^created campaign \S+/m);
  });

  it('submit a bulk job and wait for it with progress', async () => {
    const out = await runExample(1);
    expect(out).toMatch(/^job \d+: \d+(\.\d+)?%$/m);
    expect(out).toMatch(/^job \d+ ended Success$/m);
  });

  it('run a GraphQL bulk query job', async () => {
    const out = await runExample(2);
    expect(out).toMatch(/^graphql job: (Queued|InProgress) \d+(\.\d+)?%$/m);
    expect(out).toMatch(/^graphql job \d+ ended Success$/m);
  });

  it('validate a payload', async () => {
    const out = await runExample(3);
    expect(out).toMatch(/^\/primaryInput\/name: /m);
    expect(out).toMatch(/\/id/);
    expect(out).toMatch(/\/status/);
  });
});
