import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isObject } from '@workflows-api/codegen/json';
import { FIXTURES_DIR } from './paths.js';

/** One case of a group, as in JSON-Schema-Test-Suite. */
export interface FixtureCase {
  description: string;
  data: unknown;
  valid: boolean;
}

/** A group of cases against one component schema (`schema: { $ref }`). */
export interface FixtureGroup {
  description: string;
  schema: { $ref: string };
  tests: FixtureCase[];
}

/** A group with where it came from, so failures can name it. */
export interface LoadedGroup extends FixtureGroup {
  /** File name under `fixtures/`. */
  file: string;
  /** The component schema the group's `$ref` names. */
  schemaName: string;
}

const REF_PREFIX = '#/components/schemas/';

/** Checks the shape of one file's content; every problem names the file and the place. */
export function parseFixtureFile(file: string, content: unknown): LoadedGroup[] {
  const fail = (where: string, what: string): never => {
    throw new Error(`fixtures/${file}${where}: ${what}`);
  };
  if (!Array.isArray(content)) {
    fail('', 'must be a JSON array of groups');
  }
  return (content as unknown[]).map((group, g) => {
    const at = `[${g}]`;
    if (!isObject(group)) {
      return fail(at, 'a group must be an object');
    }
    if (typeof group.description !== 'string') {
      fail(at, 'a group needs a "description" string');
    }
    const ref = isObject(group.schema) ? group.schema.$ref : undefined;
    if (typeof ref !== 'string' || !ref.startsWith(REF_PREFIX)) {
      fail(`${at}.schema`, `must be { "$ref": "${REF_PREFIX}<Name>" }`);
    }
    if (!Array.isArray(group.tests) || group.tests.length === 0) {
      fail(at, 'a group needs "tests"');
    }
    const tests = (group.tests as unknown[]).map((t, i) => {
      if (
        !isObject(t) ||
        typeof t.description !== 'string' ||
        typeof t.valid !== 'boolean' ||
        !('data' in t)
      ) {
        return fail(
          `${at}.tests[${i}]`,
          'a test needs "description", "data" and a boolean "valid"',
        );
      }
      return { description: t.description, data: t.data, valid: t.valid };
    });
    return {
      file,
      description: group.description as string,
      schema: { $ref: ref as string },
      schemaName: (ref as string).slice(REF_PREFIX.length),
      tests,
    };
  });
}

/** The names of the `fixtures/*.json` files, sorted. */
export function listFixtureFiles(dir = FIXTURES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** Every group of every `fixtures/*.json`, in file name order. */
export function loadFixtures(dir = FIXTURES_DIR): LoadedGroup[] {
  return listFixtureFiles(dir).flatMap((file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    let content: unknown;
    try {
      content = JSON.parse(text);
    } catch (err) {
      throw new Error(`fixtures/${file}: not valid JSON: ${(err as Error).message}`);
    }
    return parseFixtureFile(file, content);
  });
}
