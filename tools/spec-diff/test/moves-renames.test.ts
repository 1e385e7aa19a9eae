import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { main } from '../src/main.js';
import { type Doc, diffDocs, diffEdit, only, petApi, removeDir, tempDir } from './helpers.js';

const pair = (c: { pointer: string; class: string; kind?: string; from?: string }) => [
  c.pointer,
  c.class,
  c.kind ?? '',
  c.from ?? '',
];

describe('operations paired by operationId: moved', () => {
  it('a path renamed with its operations is reported as moves, not removed and added', async () => {
    const result = await diffEdit(petApi, (d) => {
      d.paths['/animals/{petId}'] = d.paths['/pets/{petId}'];
      delete d.paths['/pets/{petId}'];
    });
    expect(result.bump).toBe('major');
    expect(result.changes).toEqual([
      {
        pointer: '/paths/~1animals~1{petId}/get',
        class: 'major',
        message: 'operation "getPet" moved from GET /pets/{petId} to GET /animals/{petId}',
        kind: 'moved',
        from: '/paths/~1pets~1{petId}/get',
      },
      {
        pointer: '/paths/~1animals~1{petId}/delete',
        class: 'major',
        message: 'operation "deletePet" moved from DELETE /pets/{petId} to DELETE /animals/{petId}',
        kind: 'moved',
        from: '/paths/~1pets~1{petId}/delete',
      },
    ]);
  });

  it('a moved operation is compared with its old self, path-level parameters included', async () => {
    const result = await diffEdit(petApi, (d) => {
      const item = d.paths['/pets/{petId}'];
      delete d.paths['/pets/{petId}'];
      item.get.responses['404'] = { description: 'No such pet.' };
      item.parameters[0].schema.format = 'uuid';
      d.paths['/animals/{petId}'] = item;
    });
    expect(result.changes.map(pair)).toEqual([
      ['/paths/~1animals~1{petId}/get', 'major', 'moved', '/paths/~1pets~1{petId}/get'],
      ['/paths/~1animals~1{petId}/parameters/0/schema/format', 'major', '', ''],
      ['/paths/~1animals~1{petId}/get/responses/404', 'minor', '', ''],
      ['/paths/~1animals~1{petId}/delete', 'major', 'moved', '/paths/~1pets~1{petId}/delete'],
    ]);
  });

  it('one operation moving to a new path leaves the rest of the old path in place', async () => {
    const result = await diffEdit(petApi, (d) => {
      d.paths['/pets/{petId}/record'] = {
        parameters: d.paths['/pets/{petId}'].parameters,
        get: d.paths['/pets/{petId}'].get,
        put: { operationId: 'replaceRecord', responses: { '204': { description: 'Done.' } } },
      };
      delete d.paths['/pets/{petId}'].get;
    });
    expect(result.changes.map((c) => [c.pointer, c.class, c.message])).toEqual([
      ['/paths/~1pets~1{petId}~1record', 'minor', 'path added (PUT)'],
      [
        '/paths/~1pets~1{petId}~1record/get',
        'major',
        'operation "getPet" moved from GET /pets/{petId} to GET /pets/{petId}/record',
      ],
    ]);
  });

  it('a removed path lists only the operations that did not move', async () => {
    const result = await diffEdit(petApi, (d) => {
      d.paths['/animals/{petId}'] = {
        parameters: d.paths['/pets/{petId}'].parameters,
        get: d.paths['/pets/{petId}'].get,
      };
      delete d.paths['/pets/{petId}'];
    });
    expect(result.changes.map((c) => [c.pointer, c.class, c.message])).toEqual([
      ['/paths/~1pets~1{petId}', 'major', 'path removed (DELETE)'],
      [
        '/paths/~1animals~1{petId}/get',
        'major',
        'operation "getPet" moved from GET /pets/{petId} to GET /animals/{petId}',
      ],
    ]);
  });

  it('a new method on the same path is a move too; what took its place is compared on its own', async () => {
    const result = await diffEdit(petApi, (d) => {
      const pets = d.paths['/pets'];
      pets.put = pets.post;
      pets.post = { operationId: 'adoptPet', responses: { '204': { description: 'Adopted.' } } };
    });
    expect(result.changes.map((c) => [c.pointer, c.class, c.message])).toEqual([
      ['/paths/~1pets/put', 'major', 'operation "createPet" moved from POST /pets to PUT /pets'],
      ['/paths/~1pets/post', 'minor', 'POST operation added'],
    ]);
  });

  it('fields of a path item that is replaced as a whole are compared at the new path', async () => {
    const before = petApi();
    before.paths['/pets/{petId}'].summary = 'One pet';
    before.paths['/pets/{petId}'].servers = [{ url: 'https://pets.example.com' }];
    const after = structuredClone(before);
    after.paths['/animals/{petId}'] = after.paths['/pets/{petId}'];
    delete after.paths['/pets/{petId}'];
    after.paths['/animals/{petId}'].summary = 'One animal';
    after.paths['/animals/{petId}'].servers = [{ url: 'https://animals.example.com' }];
    const result = await diffDocs(before, after);
    expect(result.changes.map((c) => [c.pointer, c.class])).toEqual([
      ['/paths/~1animals~1{petId}/summary', 'patch'],
      ['/paths/~1animals~1{petId}/servers/0', 'major'],
      ['/paths/~1animals~1{petId}/get', 'major'],
      ['/paths/~1animals~1{petId}/delete', 'major'],
    ]);
  });

  it('an operationId given twice pairs with nothing', async () => {
    const before = petApi();
    before.paths['/pets/{petId}'].delete.operationId = 'getPet';
    const after = structuredClone(before);
    after.paths['/animals/{petId}'] = after.paths['/pets/{petId}'];
    delete after.paths['/pets/{petId}'];
    const result = await diffDocs(before, after);
    expect(result.changes.map((c) => [c.pointer, c.class, c.message])).toEqual([
      ['/paths/~1pets~1{petId}', 'major', 'path removed (GET, DELETE)'],
      ['/paths/~1animals~1{petId}', 'minor', 'path added (GET, DELETE)'],
    ]);
  });

  it('webhooks pair by operationId within webhooks', async () => {
    const base = () => {
      const doc = petApi();
      doc.openapi = '3.1.0';
      doc.webhooks = {
        petSold: {
          post: { operationId: 'onPetSold', responses: { '200': { description: 'Received.' } } },
        },
      };
      return doc;
    };
    const change = only(
      await diffEdit(base, (d) => {
        d.webhooks.petAdopted = d.webhooks.petSold;
        delete d.webhooks.petSold;
      }),
    );
    expect(change).toEqual({
      pointer: '/webhooks/petAdopted/post',
      class: 'major',
      message: 'webhook operation "onPetSold" moved from POST petSold to POST petAdopted',
      kind: 'moved',
      from: '/webhooks/petSold/post',
    });
  });
});

/** `Pet` renamed `Animal`, naming its old self in `x-former-names`, and every `$ref` following. */
function renamePet(doc: Doc): void {
  const schemas = doc.components.schemas;
  schemas.Animal = { ...schemas.Pet, 'x-former-names': ['Pet'] };
  delete schemas.Pet;
  const retarget = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(retarget);
    } else if (node && typeof node === 'object') {
      const obj = node as Doc;
      if (obj.$ref === '#/components/schemas/Pet') {
        obj.$ref = '#/components/schemas/Animal';
      }
      Object.values(obj).forEach(retarget);
    }
  };
  retarget(doc.paths);
}

describe('schemas paired by x-former-names: renamed', () => {
  it('a renamed schema is one change, and references to it are not reported', async () => {
    const change = only(await diffEdit(petApi, renamePet));
    expect(change).toEqual({
      pointer: '/components/schemas/Animal',
      class: 'major',
      message:
        'schema "Pet" renamed to "Animal" (x-former-names keeps the old name as a deprecated alias)',
      kind: 'renamed',
      from: '/components/schemas/Pet',
    });
  });

  it('the renamed schema is diffed as one schema, on the sides the old name travelled', async () => {
    const result = await diffEdit(petApi, (d) => {
      renamePet(d);
      d.components.schemas.Animal.properties.kind.enum.push('bird');
      d.components.schemas.Animal.description = 'An animal.';
    });
    expect(result.changes.map((c) => [c.pointer, c.class, c.message])).toEqual([
      [
        '/components/schemas/Animal',
        'major',
        'schema "Pet" renamed to "Animal" (x-former-names keeps the old name as a deprecated alias)',
      ],
      ['/components/schemas/Animal/description', 'patch', 'description added'],
      [
        '/components/schemas/Animal/properties/kind/enum',
        'major',
        'enum value "bird" added (response)',
      ],
    ]);
  });

  it('oneOf branches pair across a rename', async () => {
    const base = () => {
      const doc = petApi();
      doc.components.schemas.Owner.properties.pet = {
        oneOf: [{ $ref: '#/components/schemas/Pet' }, { $ref: '#/components/schemas/Tag' }],
      };
      return doc;
    };
    const result = await diffEdit(base, (d) => {
      renamePet(d);
      d.components.schemas.Owner.properties.pet.oneOf[0].$ref = '#/components/schemas/Animal';
    });
    expect(result.changes.map((c) => c.pointer)).toEqual(['/components/schemas/Animal']);
  });

  it('without x-former-names, or with a name still in use, it stays a removal and an addition', async () => {
    const plain = await diffEdit(petApi, (d) => {
      renamePet(d);
      delete d.components.schemas.Animal['x-former-names'];
    });
    expect(plain.changes.map((c) => [c.pointer, c.class])).toContainEqual([
      '/components/schemas/Pet',
      'major',
    ]);
    expect(plain.changes.some((c) => c.kind === 'renamed')).toBe(false);
    const taken = await diffEdit(petApi, (d) => {
      d.components.schemas.Animal = { type: 'object', 'x-former-names': ['Pet'] };
    });
    expect(taken.changes.map((c) => [c.pointer, c.class, c.message])).toEqual([
      ['/components/schemas/Animal', 'minor', 'schema "Animal" added'],
    ]);
  });

  it('a former name dropped removes its alias (major); one added adds an alias (minor)', async () => {
    const before = petApi();
    before.components.schemas.Owner['x-former-names'] = ['Keeper'];
    const after = structuredClone(before);
    after.components.schemas.Owner['x-former-names'] = ['Guardian'];
    const result = await diffDocs(before, after);
    expect(result.changes).toEqual([
      {
        pointer: '/components/schemas/Owner/x-former-names',
        class: 'major',
        message: 'deprecated alias "Keeper" removed (x-former-names)',
      },
      {
        pointer: '/components/schemas/Owner/x-former-names',
        class: 'minor',
        message: 'deprecated alias "Guardian" added (x-former-names)',
      },
    ]);
  });
});

describe('output of moves and renames', () => {
  it('--json carries kind and from; the text line names both places', async () => {
    const dir = await tempDir('moves');
    try {
      await mkdir(dir, { recursive: true });
      const after = petApi();
      renamePet(after);
      after.paths['/animals/{petId}'] = after.paths['/pets/{petId}'];
      delete after.paths['/pets/{petId}'];
      await writeFile(path.join(dir, 'old.yaml'), stringify(petApi()));
      await writeFile(path.join(dir, 'new.yaml'), stringify(after));
      const json = await main(['old.yaml', 'new.yaml', '--json'], dir);
      expect(json.code).toBe(0);
      const parsed = JSON.parse(json.stdout) as { changes: Doc[] };
      expect(parsed.changes.map((c) => [c.kind, c.from, c.pointer])).toEqual([
        ['moved', '/paths/~1pets~1{petId}/get', '/paths/~1animals~1{petId}/get'],
        ['moved', '/paths/~1pets~1{petId}/delete', '/paths/~1animals~1{petId}/delete'],
        ['renamed', '/components/schemas/Pet', '/components/schemas/Animal'],
      ]);
      const text = await main(['old.yaml', 'new.yaml'], dir);
      expect(text.stdout.split('\n')).toContain(
        '/paths/~1animals~1{petId}/get  major  operation "getPet" moved from GET /pets/{petId} to GET /animals/{petId}',
      );
    } finally {
      await removeDir(dir);
    }
  });
});
