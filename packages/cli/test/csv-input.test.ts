import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputItem } from '../src/bulk-input.js';
import { parseCsvRecords } from '../src/csv-input.js';

async function csv(text: string): Promise<InputItem[]> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'workflows-csv-')), 'in.csv');
  await writeFile(file, text);
  const out: InputItem[] = [];
  for await (const item of parseCsvRecords(file)) {
    out.push(item);
  }
  return out;
}

describe('CSV input of workflows bulk', () => {
  it('fills nested fields from dotted headers, reading JSON-looking cells as JSON', async () => {
    expect(
      await csv('\ufeffa.b,a.c,n,list.0,raw:string,empty\nx,12.5,true,"[1,2]",007,\n'),
    ).toEqual([
      { line: 2, value: { a: { b: 'x', c: 12.5 }, n: true, list: [[1, 2]], raw: '007' } },
    ]);
  });

  it('follows RFC 4180: quotes, doubled quotes, commas and line breaks inside quotes, CRLF', async () => {
    const items = await csv('name,note\r\n"a, ""b""","two\r\nlines"\r\nplain,x\r\n');
    expect(items).toEqual([
      { line: 2, value: { name: 'a, "b"', note: 'two\r\nlines' } },
      { line: 4, value: { name: 'plain', note: 'x' } },
    ]);
  });

  it('reports a record with the wrong number of fields, and a quote never closed, by line', async () => {
    expect(await csv('a,b\n1\n\n2,3')).toEqual([
      { line: 2, problem: 'has 1 fields, the header has 2' },
      { line: 4, value: { a: 2, b: 3 } },
    ]);
    expect(await csv('a\n"open\n')).toEqual([
      { line: 2, problem: 'a quoted field is not closed before the end of the file' },
    ]);
    expect(await csv('a\n{nope\n')).toEqual([
      { line: 2, problem: 'column a: "{nope" starts like JSON but is not' },
    ]);
  });

  it('refuses a header that repeats a field or names none', async () => {
    await expect(csv('a,a\n1,2\n')).rejects.toThrow(':1: header 2 ("a") is a repeat');
    await expect(csv('a,,b\n')).rejects.toThrow('header 2 ("") is not a field path');
  });

  it('reads a doubled quote split across two chunks of the stream', async () => {
    // The file is read 64 KiB at a time: the first quote of `""` ends the first chunk.
    const before = 'x'.repeat(65_536 - 'a\n"'.length - 1);
    const items = await csv(`a\n"${before}""after"\n`);
    expect(items).toEqual([{ line: 2, value: { a: `${before}"after` } }]);
  });
});
