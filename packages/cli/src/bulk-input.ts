import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { parseCsvRecords } from './csv-input.js';
import { JsonSyntaxError, parseJsonSource } from './json-source.js';

/** One item of the input file: the line it starts on, and its value or why it has none. */
export type InputItem =
  | { line: number; value: unknown; problem?: undefined }
  | { line: number; value?: undefined; problem: string };

/** The input's format, by its extension: `.csv` is CSV, anything else JSON Lines. */
export const inputFormat = (file: string): 'csv' | 'jsonl' =>
  file.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl';

/**
 * The lines of `file`, without their `\n` or `\r\n`. The file is pulled a chunk at a time as
 * lines are taken (readline's iterator would read ahead into memory while a slow consumer,
 * a bulk run waiting for its jobs, takes them).
 */
async function* linesOf(file: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    const parts = (rest + (chunk as string)).split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) {
      yield part.endsWith('\r') ? part.slice(0, -1) : part;
    }
  }
  if (rest !== '') {
    yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
  }
}

/** JSON Lines: one JSON value per line; blank lines are not items. Read as a stream. */
async function* jsonLines(file: string): AsyncGenerator<InputItem> {
  let line = 0;
  for await (const text of linesOf(file)) {
    line += 1;
    if (text.trim() === '') {
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Only a line that does not parse is read again, for the column of its error.
      value = undefined;
    }
    if (value !== undefined) {
      yield { line, value };
      continue;
    }
    try {
      yield { line, value: parseJsonSource(text, `${file}:${line}`).value };
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) {
        throw error;
      }
      yield {
        line,
        problem: `invalid JSON at column ${error.position?.column ?? '?'}: ${error.message.replace(/^.*?: invalid JSON: /, '')}`,
      };
    }
  }
}

/** The items of `file`, streamed, in order. */
export function readInput(file: string): AsyncGenerator<InputItem> {
  return inputFormat(file) === 'csv' ? parseCsvRecords(file) : jsonLines(file);
}

/** The sha256 of the file's bytes: what ties a journal to one input. */
export async function digestOf(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
  }
  return `sha256:${hash.digest('hex')}`;
}
