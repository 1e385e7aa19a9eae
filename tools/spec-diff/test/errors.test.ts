import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { main } from '../src/main.js';
import { petApi, removeDir, tempDir } from './helpers.js';

let dir: string;
const good = 'good.yaml';

beforeAll(async () => {
  dir = await tempDir('errors');
  await writeFile(path.join(dir, good), stringify(petApi()));
});
afterAll(() => removeDir(dir));

async function diffWith(name: string, contents: string) {
  await writeFile(path.join(dir, name), contents);
  return main([good, name], dir);
}

describe('bad input exits 2 naming the file', () => {
  it('a missing file', async () => {
    const result = await main([good, 'missing.yaml'], dir);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('spec-diff: missing.yaml: cannot read the spec: no such file\n');
  });

  it('malformed YAML, with its line', async () => {
    const result = await diffWith(
      'broken.yaml',
      'openapi: 3.0.3\ninfo:\n  title: [unclosed\npaths: {}\n',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^spec-diff: broken\.yaml:\d+:\d+: malformed YAML: /);
  });

  it('malformed JSON, with its line', async () => {
    const result = await diffWith('broken.json', '{\n  "openapi": "3.0.3",\n  "paths": {,}\n}\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^spec-diff: broken\.json:3:\d+: malformed JSON: /);
  });

  it('duplicate keys, with the line of the duplicate', async () => {
    const result = await diffWith('dup.yaml', 'openapi: 3.0.3\ninfo: {}\npaths: {}\npaths: {}\n');
    expect(result.stderr).toMatch(/^spec-diff: dup\.yaml:4:1: malformed YAML: /);
  });

  it('Swagger 2.0 and other non-OpenAPI-3 documents', async () => {
    const swagger = await diffWith('swagger.yaml', 'swagger: "2.0"\ninfo: {}\npaths: {}\n');
    expect(swagger).toMatchObject({ code: 2 });
    expect(swagger.stderr).toBe(
      'spec-diff: swagger.yaml:1:1: not an OpenAPI 3.0/3.1 document: it is Swagger 2.0\n',
    );
    const list = await diffWith('list.yaml', '- a\n- b\n');
    expect(list.stderr).toContain(
      'list.yaml:1:1: not an OpenAPI document: the top level must be a mapping',
    );
    const version = await diffWith('v4.yaml', 'info: {}\nopenapi: 4.0.0\npaths: {}\n');
    expect(version.stderr).toContain(
      'v4.yaml:2:1: not an OpenAPI 3.0/3.1 document: "openapi" is "4.0.0"',
    );
    const noPaths = await diffWith('nopaths.yaml', 'openapi: 3.0.3\ninfo: {}\n');
    expect(noPaths.stderr).toContain('"paths" is missing');
  });

  it('an unresolved $ref, with the line of the reference', async () => {
    const doc = petApi();
    doc.components.schemas.Pet.properties.owner = { $ref: '#/components/schemas/Nobody' };
    const result = await diffWith('unresolved.yaml', stringify(doc));
    expect(result.code).toBe(2);
    const line =
      stringify(doc)
        .split('\n')
        .findIndex((l) => l.includes('Nobody')) + 1;
    expect(result.stderr).toContain(`unresolved.yaml:${line}:`);
    expect(result.stderr).toContain('unresolved $ref "#/components/schemas/Nobody"');
  });

  it('wrong arguments print the usage', async () => {
    const one = await main(['only-one.yaml'], dir);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('diff takes two files (<old> <new>) or none');
    expect(one.stderr).toContain('usage:');
    const flag = await main(['--jsn'], dir);
    expect(flag).toMatchObject({ code: 2 });
    expect(flag.stderr).toContain('unknown option --jsn');
    const help = await main(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('spec-diff check');
  });
});

describe('output', () => {
  it('prints one line per change and the bump; --json the same as an object', async () => {
    const after = petApi();
    after.components.schemas.Pet.properties.kind.enum.push('bird');
    after.paths['/pets'].get.summary = 'All pets';
    await writeFile(path.join(dir, 'after.yaml'), stringify(after));
    const text = await main(['--', good, 'after.yaml'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(
      [
        '/paths/~1pets/get/summary  patch  summary changed',
        '/components/schemas/Pet/properties/kind/enum  major  enum value "bird" added (response)',
        'bump: major',
        '',
      ].join('\n'),
    );
    const json = await main([good, 'after.yaml', '--json'], dir);
    expect(JSON.parse(json.stdout)).toEqual({
      bump: 'major',
      changes: [
        { pointer: '/paths/~1pets/get/summary', class: 'patch', message: 'summary changed' },
        {
          pointer: '/components/schemas/Pet/properties/kind/enum',
          class: 'major',
          message: 'enum value "bird" added (response)',
        },
      ],
    });
    const same = await main([good, good, '--json'], dir);
    expect(JSON.parse(same.stdout)).toEqual({ bump: 'none', changes: [] });
  });

  it('follows references to other files', async () => {
    const split = (ownerType: string) => {
      const doc = petApi();
      doc.components.schemas.Owner = { $ref: './owner.yaml' };
      return { doc, owner: { type: 'object', properties: { name: { type: ownerType } } } };
    };
    const oldDir = path.join(dir, 'split-old');
    const newDir = path.join(dir, 'split-new');
    for (const [folder, type] of [
      [oldDir, 'string'],
      [newDir, 'integer'],
    ] as const) {
      const { doc, owner } = split(type);
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, 'api.yaml'), stringify(doc));
      await writeFile(path.join(folder, 'owner.yaml'), stringify(owner));
    }
    const result = await main(['split-old/api.yaml', 'split-new/api.yaml', '--json'], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      bump: 'major',
      changes: [
        {
          // Bundling names the external file's schema after the file.
          pointer: '/components/schemas/owner/properties/name/type',
          class: 'major',
          message: 'type changed from string to integer',
        },
      ],
    });
  });
});
