import path from 'node:path';
import {
  type CommandOptions,
  type CommandResult,
  runChangeset,
  runCheck,
  runDiff,
} from './commands.js';
import { SpecDiffError, UsageError } from './errors.js';
import { runVersionPackages } from './version-packages.js';

const USAGE = `usage:
  spec-diff [diff] [<old> <new>] [--json] [--base <ref>] [--spec <path>]
  spec-diff check [--base <ref>] [--spec <path>]
  spec-diff changeset [--base <ref>] [--spec <path>]
  spec-diff version-packages

Without files, compares <spec> (default spec/openapi.yaml) at the last release
(a release tag or a release commit, else the merge base with main, else HEAD)
with the working tree.
version-packages runs \`changeset version\` and keeps each package.json's
formatting, editing only the values it changed.
Exit codes: 0 ok, 1 spec:check (or changeset version) failed, 2 bad input.`;

const COMMANDS = ['diff', 'check', 'changeset', 'version-packages'] as const;
type Command = (typeof COMMANDS)[number];

class HelpRequested extends Error {}

export function parseArgs(
  argv: readonly string[],
  cwd: string,
): { command: Command; options: CommandOptions } {
  const positional: string[] = [];
  const options: CommandOptions = { cwd };
  let command: Command | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    // pnpm passes a literal `--` through when scripts forward arguments.
    if (arg === '--') {
      continue;
    }
    const [flag, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s) as [string, string?])
      : [arg];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') {
        throw new UsageError(`${flag} needs a value\n${USAGE}`);
      }
      return v;
    };
    if (flag === '--json') {
      options.json = true;
    } else if (flag === '--base') {
      options.base = value();
    } else if (flag === '--spec') {
      options.spec = value();
    } else if (flag === '--cwd') {
      options.cwd = path.resolve(cwd, value());
    } else if (flag === '--help' || flag === '-h') {
      throw new HelpRequested();
    } else if (flag.startsWith('-')) {
      throw new UsageError(`unknown option ${flag}\n${USAGE}`);
    } else if (
      command === undefined &&
      positional.length === 0 &&
      (COMMANDS as readonly string[]).includes(arg)
    ) {
      command = arg as Command;
    } else {
      positional.push(arg);
    }
  }
  command ??= 'diff';
  if (positional.length === 2 && command === 'diff') {
    options.files = [positional[0] as string, positional[1] as string];
  } else if (positional.length > 0) {
    const expected = command === 'diff' ? 'two files (<old> <new>) or none' : 'no files';
    throw new UsageError(`${command} takes ${expected}, got: ${positional.join(' ')}\n${USAGE}`);
  }
  if (command === 'version-packages' && (options.base || options.spec || options.json)) {
    throw new UsageError(`version-packages takes no --base, --spec or --json\n${USAGE}`);
  }
  if (options.files && (options.base || options.spec)) {
    throw new UsageError(
      `--base and --spec compare with git; they cannot be used with two files\n${USAGE}`,
    );
  }
  return { command, options };
}

export async function main(argv: readonly string[], cwd: string): Promise<CommandResult> {
  try {
    const { command, options } = parseArgs(argv, cwd);
    if (command === 'check') {
      return await runCheck(options);
    }
    if (command === 'changeset') {
      return await runChangeset(options);
    }
    if (command === 'version-packages') {
      return await runVersionPackages(options.cwd);
    }
    return await runDiff(options);
  } catch (err) {
    if (err instanceof HelpRequested) {
      return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
    }
    if (err instanceof SpecDiffError || err instanceof UsageError) {
      return { code: 2, stdout: '', stderr: `spec-diff: ${err.message}\n` };
    }
    throw err;
  }
}
