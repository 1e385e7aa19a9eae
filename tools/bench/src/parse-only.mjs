// The floor of the codegen benchmark: start Node, read the spec, parse it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const doc = parse(readFileSync(process.argv[2], 'utf8'));
if (!doc || typeof doc !== 'object') {
  throw new Error('spec did not parse to an object');
}
