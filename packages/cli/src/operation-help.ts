import { operationTable } from '@workflows-api/types/operations';
import { COMMON_OPTIONS_HELP } from './common-options.js';
import { operationCommands } from './generated/commands.js';
import type { CommandFlag, OperationCommand } from './operation-command.js';

const words = (c: OperationCommand) => `${c.resource} ${c.command}`;

/** The list of operation commands in `workflows --help`, one line each. */
export function operationList(): string {
  const width = Math.max(...operationCommands.map((c) => words(c).length)) + 2;
  return operationCommands.map((c) => `  ${words(c).padEnd(width)}${c.summary}`).join('\n');
}

/** Text wrapped at `width` columns, every line after the first indented by `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  out.push(line);
  return out.join(`\n${indent}`);
}

const isBooleanFlag = (f: CommandFlag) => f.type === 'boolean';

function flagLine(f: CommandFlag): string {
  const head = isBooleanFlag(f) ? `--${f.flag}` : `--${f.flag} <${f.type}>`;
  const notes = [
    f.required ? 'required' : '',
    isBooleanFlag(f) ? `--no-${f.flag} for false` : '',
    `${f.in} parameter ${f.param}`,
  ].filter(Boolean);
  const text = `${f.description ? `${f.description} ` : ''}(${notes.join('; ')})`;
  return `  ${head.padEnd(29)}${wrap(text, 50, ' '.repeat(31))}`;
}

/** `workflows <resource> <command> --help`: what the operation does, takes and answers. */
export function operationHelp(c: OperationCommand): string {
  const row = operationTable[c.operationId];
  const usage = [`workflows ${words(c)}`];
  for (const f of c.flags.filter((f) => f.required)) {
    usage.push(`--${f.flag} <${f.flag}>`);
  }
  if (c.body) {
    usage.push(c.body.required ? '--data <body>' : '[--data <body>]');
  }
  usage.push('[options]');
  const lines = [`Usage: ${usage.join(' ')}`, '', `${c.summary}.`];
  if (c.description) {
    lines.push(wrap(c.description, 78, ''));
  }
  lines.push(`(${c.method} ${c.path}, operation ${c.operationId})`);
  if (c.flags.length > 0) {
    lines.push('', 'Parameters:', ...c.flags.map(flagLine));
  }
  if (c.body) {
    lines.push('', `Body (--data): ${c.body.type}, ${c.body.required ? 'required' : 'optional'}`);
    const width = Math.max(0, ...c.body.fields.map((f) => f.name.length)) + 2;
    for (const f of c.body.fields) {
      const notes = [
        f.required ? 'required' : 'optional',
        f.requires.length > 0 ? `needs ${f.requires.join(', ')}` : '',
      ].filter(Boolean);
      const text = `${f.type} (${notes.join('; ')})${f.description ? `. ${f.description}` : ''}`;
      lines.push(`  ${f.name.padEnd(width)}${wrap(text, 76 - width, ' '.repeat(width + 2))}`);
    }
  }
  lines.push('', 'Options:');
  if (c.body) {
    lines.push(
      '  --data <body>                the request body: inline JSON, @file.json, or - to read stdin',
    );
  }
  lines.push(
    '  --dry-run                    check the parameters and the body against the spec; send nothing',
  );
  if (row.submitsJob) {
    lines.push(
      '  --wait                       wait for the job it queues, showing progress; exit by its',
      '                               final status (as job wait)',
    );
  }
  lines.push(COMMON_OPTIONS_HELP, '');
  return lines.join('\n');
}

/** The command `argv` names (`['campaigns', 'create', ...]`), if one. */
export const findOperationCommand = (resource: string, command: string | undefined) =>
  operationCommands.find((c) => c.resource === resource && c.command === command);

/** Whether `word` is the resource of at least one operation command. */
export const isResource = (word: string | undefined) =>
  operationCommands.some((c) => c.resource === word);

export const commandsOf = (resource: string) =>
  operationCommands.filter((c) => c.resource === resource).map((c) => c.command);
