import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type RunningSandbox, startSandbox } from '@workflows-api/sandbox';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOutputs, readmeExamples } from './readme.js';

/** The root README's examples are code users paste: type-check and run each one. */
const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const scratch = path.join(here, '../.readme-examples');

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
  it('there are the five the README promises', () => {
    expect(files).toHaveLength(5);
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

  const expectOutput = (index: number, out: string) => {
    for (const pattern of exampleOutputs[index] ?? []) {
      expect(out).toMatch(pattern);
    }
  };

  it('create a campaign', async () => {
    expectOutput(0, await runExample(0));
  });

  it('submit a bulk job and wait for it with progress', async () => {
    expectOutput(1, await runExample(1));
  });

  it('run a GraphQL bulk query job', async () => {
    expectOutput(2, await runExample(2));
  });

  it('run many items through bulk jobs', async () => {
    expectOutput(3, await runExample(3));
  });

  it('validate a payload', async () => {
    expectOutput(4, await runExample(4));
  });
});
