import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { builtEntry } from '../../../test-support/built-entry.js';
import { runCli } from '../src/cli.js';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built entry of this package (`dist/...js`) as a child process. */
export function runNode(
  entry: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [builtEntry(packageDir, entry), ...args], {
      cwd: packageDir,
      env: {
        ...process.env,
        WORKFLOWS_TTD_AUTH: 'test-token',
        WORKFLOWS_SERVER: undefined,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export const workflows = (args: string[], env?: Record<string, string | undefined>) =>
  runNode('dist/bin.js', args, env);

/** Runs `workflows` in this process (`runCli`), its output kept. */
export async function inProcess(
  args: string[],
  env: Record<string, string | undefined> = { WORKFLOWS_TTD_AUTH: 't' },
  stdin?: string,
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env,
    ...(stdin === undefined
      ? {}
      : {
          stdin: (async function* () {
            yield stdin;
          })(),
        }),
  });
  return { code, stdout, stderr };
}
