import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupBump, readChangesets } from '../src/changesets.js';
import { SpecDiffError } from '../src/errors.js';
import { diffDocs, diffEdit, only, petApi, removeDir, tempDir } from './helpers.js';

const PET = '/components/schemas/Pet';

describe('rules the issue does not list', () => {
  it('a property that becomes read-only leaves requests: major for a shared schema', async () => {
    const change = only(
      await diffEdit(petApi, (d) => (d.components.schemas.Tag.properties.label.readOnly = true)),
    );
    expect(change).toEqual({
      pointer: '/components/schemas/Tag/properties/label',
      class: 'major',
      message: 'property "label" became read-only: no longer accepted in requests',
    });
  });

  it('a new required read-only property of a shared schema is only a response addition', async () => {
    const change = only(
      await diffEdit(petApi, (d) => {
        d.components.schemas.Tag.properties.id = { type: 'string', readOnly: true };
        d.components.schemas.Tag.required = ['id'];
      }),
    );
    expect(change).toMatchObject({
      class: 'minor',
      message: 'required property "id" added (response)',
    });
  });

  it('allOf: a branch added narrows a request (major), only adds to a response (minor)', async () => {
    const base = () => {
      const doc = petApi();
      doc.components.schemas.Named = { type: 'object', properties: { name: { type: 'string' } } };
      doc.components.schemas.Extra = {
        type: 'object',
        required: ['x'],
        properties: { x: { type: 'string' } },
      };
      doc.components.schemas.PetInput = { allOf: [{ $ref: '#/components/schemas/Named' }] };
      doc.components.schemas.Pet = { allOf: [{ $ref: '#/components/schemas/Named' }] };
      return doc;
    };
    const request = only(
      await diffEdit(base, (d) =>
        d.components.schemas.PetInput.allOf.push({ $ref: '#/components/schemas/Extra' }),
      ),
    );
    expect(request).toMatchObject({
      pointer: '/components/schemas/PetInput/allOf/1',
      class: 'major',
    });
    const response = only(
      await diffEdit(base, (d) =>
        d.components.schemas.Pet.allOf.push({ $ref: '#/components/schemas/Extra' }),
      ),
    );
    expect(response.class).toBe('minor');
    const inline = only(
      await diffEdit(base, (d) =>
        d.components.schemas.Pet.allOf.push({
          type: 'object',
          properties: { age: { type: 'integer' } },
        }),
      ),
    );
    expect(inline.pointer).toBe(`${PET}/allOf/1`);
  });

  it('a changed request default is minor, a response default patch', async () => {
    const request = only(
      await diffEdit(petApi, (d) => (d.paths['/pets'].get.parameters[0].schema.default = 20)),
    );
    expect(request).toMatchObject({ class: 'minor', message: 'default 20 added (request)' });
    const response = only(
      await diffEdit(petApi, (d) => (d.components.schemas.Pet.properties.kind.default = 'cat')),
    );
    expect(response.class).toBe('patch');
  });

  it('a media type added to a request is minor; a removed request body major', async () => {
    const added = only(
      await diffEdit(petApi, (d) => {
        d.paths['/pets'].post.requestBody.content['application/x-www-form-urlencoded'] = {
          schema: { $ref: '#/components/schemas/PetInput' },
        };
      }),
    );
    expect(added).toMatchObject({
      class: 'minor',
      message: 'media type application/x-www-form-urlencoded added (request)',
    });
    const removed = only(await diffEdit(petApi, (d) => delete d.paths['/pets'].post.requestBody));
    expect(removed).toEqual({
      pointer: '/paths/~1pets/post/requestBody',
      class: 'major',
      message: 'request body removed',
    });
  });

  it('a shared parameter component is compared once, as a request value', async () => {
    const base = () => {
      const doc = petApi();
      doc.components.parameters = { Limit: doc.paths['/pets'].get.parameters[0] };
      doc.paths['/pets'].get.parameters = [{ $ref: '#/components/parameters/Limit' }];
      doc.paths['/pets/{petId}'].get.parameters = [{ $ref: '#/components/parameters/Limit' }];
      return doc;
    };
    const change = only(
      await diffEdit(base, (d) => (d.components.parameters.Limit.required = true)),
    );
    expect(change).toEqual({
      pointer: '/components/parameters/Limit',
      class: 'major',
      message: 'became required (request)',
    });
  });

  it('media type names and security requirement order are compared by meaning', async () => {
    const before = petApi();
    before.security = [{ ApiKey: [] }, { Oauth: ['read', 'write'] }];
    before.components.securitySchemes.Oauth = { type: 'oauth2', flows: {} };
    const after = structuredClone(before);
    after.security = [{ Oauth: ['write', 'read'] }, { ApiKey: [] }];
    const content = after.paths['/pets'].post.requestBody.content;
    content['Application/JSON'] = content['application/json'];
    delete content['application/json'];
    expect(await diffDocs(before, after)).toEqual({ bump: 'none', changes: [] });
  });
});

describe('pending changesets', () => {
  it('the largest bump of any member is the group bump; bad front matter names the file', async () => {
    const root = await tempDir('changesets');
    try {
      await mkdir(path.join(root, '.changeset'));
      await writeFile(path.join(root, '.changeset', 'README.md'), '# not a changeset\n');
      await writeFile(path.join(root, '.changeset', 'a.md'), '---\n"@x/a": patch\n---\n\nA.\n');
      await writeFile(
        path.join(root, '.changeset', 'b.md'),
        "---\n'@x/b': minor\n'@x/other': major\n---\n\nB.\n",
      );
      const pending = await readChangesets(root);
      expect(pending.map((c) => c.file)).toEqual(['.changeset/a.md', '.changeset/b.md']);
      expect(groupBump(pending, ['@x/a', '@x/b'])).toEqual({
        bump: 'minor',
        files: ['.changeset/a.md', '.changeset/b.md'],
      });
      expect(groupBump(pending, ['@x/c'])).toEqual({ bump: 'none', files: [] });
      await writeFile(path.join(root, '.changeset', 'c.md'), '---\n"@x/a": huge\n---\n');
      await expect(readChangesets(root)).rejects.toThrow(SpecDiffError);
      await expect(readChangesets(root)).rejects.toThrow(
        /\.changeset\/c\.md: package "@x\/a" has bump "huge"/,
      );
    } finally {
      await removeDir(root);
    }
  });
});
