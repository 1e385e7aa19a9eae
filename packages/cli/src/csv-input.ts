import { createReadStream } from 'node:fs';
import type { InputItem } from './bulk-input.js';
import { UsageError } from './number-options.js';

/**
 * CSV input of `workflows bulk`: RFC 4180 (commas, double quotes, `""` inside quotes, CRLF or
 * LF), the first record a header. Each header names the field its column fills, as a dotted
 * path: `primaryInput.budget.budgetInAdvertiserCurrency` fills a nested object, a number
 * segment an array index (`input.0.name`). A cell is read as JSON when it is `true`, `false`,
 * `null`, a JSON number, or starts with `[` or `{`; any other cell is a string, and an empty
 * cell leaves its field out. A header ending in `:string` keeps its cells strings (an id such
 * as `00123`).
 */

interface Column {
  path: string[];
  raw: boolean;
  name: string;
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function cellValue(cell: string, column: Column): { value: unknown } | { problem: string } {
  if (column.raw) {
    return { value: cell };
  }
  if (cell === 'true' || cell === 'false' || cell === 'null' || NUMBER.test(cell)) {
    return { value: JSON.parse(cell) };
  }
  if (cell.startsWith('[') || cell.startsWith('{')) {
    try {
      return { value: JSON.parse(cell) };
    } catch {
      return {
        problem: `column ${column.name}: ${JSON.stringify(cell.slice(0, 40))} starts like JSON but is not`,
      };
    }
  }
  return { value: cell };
}

function columnsOf(header: string[], where: string): Column[] {
  const seen = new Set<string>();
  return header.map((name, i) => {
    const raw = name.endsWith(':string');
    const dotted = raw ? name.slice(0, -':string'.length) : name;
    const path = dotted.split('.');
    if (dotted === '' || path.some((p) => p === '') || seen.has(dotted)) {
      throw new UsageError(
        `${where}: header ${i + 1} (${JSON.stringify(name)}) is ${seen.has(dotted) ? 'a repeat' : 'not a field path'}`,
      );
    }
    seen.add(dotted);
    return { path, raw, name };
  });
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node: Record<string, unknown> = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = path[i + 1] as string;
    node[key] ??= /^\d+$/.test(next) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
}

function itemOf(record: string[], columns: Column[], line: number): InputItem {
  if (record.length !== columns.length) {
    return { line, problem: `has ${record.length} fields, the header has ${columns.length}` };
  }
  const item: Record<string, unknown> = {};
  for (const [i, cell] of record.entries()) {
    const column = columns[i] as Column;
    if (cell === '') {
      continue;
    }
    const read = cellValue(cell, column);
    if ('problem' in read) {
      return { line, problem: read.problem };
    }
    setPath(item, column.path, read.value);
  }
  return { line, value: item };
}

/** The records of a CSV file after its header, streamed, each with the line it starts on. */
export async function* parseCsvRecords(file: string): AsyncGenerator<InputItem> {
  let columns: Column[] | undefined;
  let field = '';
  let record: string[] = [];
  let inQuotes = false;
  let quotePending = false;
  let line = 1;
  let recordLine = 1;
  let first = true;
  const finish = function* (): Generator<InputItem> {
    record.push(field);
    const blank = record.length === 1 && record[0] === '';
    if (!blank) {
      if (columns) {
        yield itemOf(record, columns, recordLine);
      } else {
        columns = columnsOf(record, `${file}:${recordLine}`);
      }
    }
    field = '';
    record = [];
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    let text = chunk as string;
    if (first) {
      first = false;
      text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    for (const c of text) {
      if (quotePending) {
        quotePending = false;
        if (c === '"') {
          field += '"';
          continue;
        }
        inQuotes = false;
      }
      if (inQuotes) {
        if (c === '"') {
          quotePending = true;
        } else {
          if (c === '\n') {
            line += 1;
          }
          field += c;
        }
      } else if (c === '"' && field === '') {
        inQuotes = true;
      } else if (c === ',') {
        record.push(field);
        field = '';
      } else if (c === '\n') {
        yield* finish();
        line += 1;
        recordLine = line;
      } else if (c !== '\r') {
        field += c;
      }
    }
  }
  if (inQuotes && !quotePending) {
    yield { line: recordLine, problem: 'a quoted field is not closed before the end of the file' };
    return;
  }
  if (field !== '' || record.length > 0) {
    yield* finish();
  }
}
