import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseCsvRecords } from './csv-input.js';
import { JsonSyntaxError, parseJsonSource } from './json-source.js';

/** One item of the input file: the line it starts on, and its value or why it has none. */
export type InputItem =
  | { line: number; value: unknown; problem?: undefined }
  | { line: number; value?: undefined; problem: string };

/** The input's format, by its extension: `.csv` is CSV, anything else JSON Lines. */
export const inputFormat = (file: string): 'csv' | 'jsonl' =>
  file.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl';

/** JSON Lines: one JSON value per line; blank lines are not items. Read as a stream. */
async function* jsonLines(file: string): AsyncGenerator<InputItem> {
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === '') {
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
