import { describe, expect, it } from 'vitest';
import { diffDocs, diffEdit, only, petApi, petApi31 } from './helpers.js';

const PET = '/components/schemas/Pet';
const INPUT = '/components/schemas/PetInput';

describe('no change', () => {
  it('reports nothing for the same document, whatever the key order', async () => {
    const reordered = petApi();
    reordered.paths = Object.fromEntries(Object.entries(reordered.paths).reverse());
    const result = await diffDocs(petApi(), reordered);
    expect(result).toEqual({ bump: 'none', changes: [] });
  });
});

describe('paths and operations', () => {
  it('a removed path is major', async () => {
    const change = only(await diffEdit(petApi, (d) => delete d.paths['/pets/{petId}']));
    expect(change).toEqual({
      pointer: '/paths/~1pets~1{petId}',
      class: 'major',
      message: 'path removed (GET, DELETE)',
    });
  });

  it('a renamed path whose operations got new operationIds is major (removed) and minor (added)', async () => {
    const result = await diffEdit(petApi, (d) => {
      d.paths['/animals/{petId}'] = d.paths['/pets/{petId}'];
      d.paths['/animals/{petId}'].get.operationId = 'getAnimal';
      d.paths['/animals/{petId}'].delete.operationId = 'deleteAnimal';
      delete d.paths['/pets/{petId}'];
    });
    expect(result.bump).toBe('major');
    expect(result.changes.map((c) => [c.pointer, c.class])).toEqual([
      ['/paths/~1pets~1{petId}', 'major'],
      ['/paths/~1animals~1{petId}', 'minor'],
    ]);
  });

  it('a new operation is minor, a removed one major', async () => {
    const added = only(
      await diffEdit(petApi, (d) => {
        d.paths['/pets/{petId}'].put = { responses: { '204': { description: 'Replaced.' } } };
      }),
    );
    expect(added).toMatchObject({ pointer: '/paths/~1pets~1{petId}/put', class: 'minor' });
    const removed = only(await diffEdit(petApi, (d) => delete d.paths['/pets/{petId}'].delete));
    expect(removed).toMatchObject({ pointer: '/paths/~1pets~1{petId}/delete', class: 'major' });
  });

  it('a changed operationId is major (generated names come from it)', async () => {
    const change = only(
      await diffEdit(petApi, (d) => (d.paths['/pets'].get.operationId = 'findPets')),
    );
    expect(change).toMatchObject({ pointer: '/paths/~1pets/get/operationId', class: 'major' });
  });

  it('deprecating an operation is minor', async () => {
    const change = only(await diffEdit(petApi, (d) => (d.paths['/pets'].get.deprecated = true)));
    expect(change).toEqual({
      pointer: '/paths/~1pets/get/deprecated',
      class: 'minor',
      message: 'deprecated',
    });
  });

  it('a renamed SDK method (x-speakeasy-name-override) is major, other extensions patch', async () => {
    const before = petApi();
    before.paths['/pets'].get['x-speakeasy-name-override'] = 'list';
    before.paths['/pets'].get['x-internal-note'] = 'a';
    const after = structuredClone(before);
    after.paths['/pets'].get['x-speakeasy-name-override'] = 'listAll';
    after.paths['/pets'].get['x-internal-note'] = 'b';
    const result = await diffDocs(before, after);
    expect(result.changes.map((c) => [c.pointer, c.class])).toEqual([
      ['/paths/~1pets/get/x-speakeasy-name-override', 'major'],
      ['/paths/~1pets/get/x-internal-note', 'patch'],
    ]);
  });
});

describe('parameters', () => {
  it('a removed parameter is major', async () => {
    const change = only(await diffEdit(petApi, (d) => (d.paths['/pets'].get.parameters = [])));
    expect(change).toMatchObject({ pointer: '/paths/~1pets/get/parameters/0', class: 'major' });
    expect(change.message).toBe('query parameter "limit" removed');
  });

  it('a new optional parameter is minor, a new required one major', async () => {
    const optional = only(
      await diffEdit(petApi, (d) =>
        d.paths['/pets'].get.parameters.push({
          name: 'q',
          in: 'query',
          schema: { type: 'string' },
        }),
      ),
    );
    expect(optional).toMatchObject({ pointer: '/paths/~1pets/get/parameters/1', class: 'minor' });
    const required = only(
      await diffEdit(petApi, (d) =>
        d.paths['/pets'].get.parameters.push({
          name: 'X-Tenant',
          in: 'header',
          required: true,
          schema: { type: 'string' },
        }),
      ),
    );
    expect(required).toMatchObject({
      class: 'major',
      message: 'required header parameter "X-Tenant" added (request)',
    });
  });

  it('a parameter that becomes required is major; optional again is minor', async () => {
    const change = only(
      await diffEdit(petApi, (d) => (d.paths['/pets'].get.parameters[0].required = true)),
    );
    expect(change).toEqual({
      pointer: '/paths/~1pets/get/parameters/0',
      class: 'major',
      message: 'became required (request)',
    });
    const before = petApi();
    before.paths['/pets'].get.parameters[0].required = true;
    const back = only(await diffDocs(before, petApi()));
    expect(back.class).toBe('minor');
  });

  it('a narrowed parameter schema is major, a widened one minor', async () => {
    const narrowed = only(
      await diffEdit(petApi, (d) => (d.paths['/pets'].get.parameters[0].schema.maximum = 50)),
    );
    expect(narrowed).toMatchObject({
      pointer: '/paths/~1pets/get/parameters/0/schema/maximum',
      class: 'major',
    });
    const widened = only(
      await diffEdit(petApi, (d) => (d.paths['/pets'].get.parameters[0].schema.type = 'number')),
    );
    expect(widened).toMatchObject({
      class: 'minor',
      message: 'type widened from integer to number (request)',
    });
  });

  it('a path-level parameter shared by two operations is reported once', async () => {
    const result = await diffEdit(
      petApi,
      (d) => (d.paths['/pets/{petId}'].parameters[0].schema.format = 'uuid'),
    );
    expect(only(result)).toMatchObject({
      pointer: '/paths/~1pets~1{petId}/parameters/0/schema/format',
      class: 'major',
    });
  });

  it('header parameter names ignore case; a changed serialisation style is major', async () => {
    const before = petApi();
    before.paths['/pets'].get.parameters.push({
      name: 'X-Trace',
      in: 'header',
      schema: { type: 'string' },
    });
    const after = structuredClone(before);
    after.paths['/pets'].get.parameters[1].name = 'x-trace';
    expect(only(await diffDocs(before, after)).class).toBe('patch');
    const styled = structuredClone(before);
    styled.paths['/pets'].get.parameters[0].explode = false;
    expect(only(await diffDocs(before, styled))).toMatchObject({
      pointer: '/paths/~1pets/get/parameters/0/explode',
      class: 'major',
    });
  });
});

describe('request bodies and properties', () => {
  it('a new optional request property is minor', async () => {
    const change = only(
      await diffEdit(
        petApi,
        (d) => (d.components.schemas.PetInput.properties.age = { type: 'integer' }),
      ),
    );
    expect(change).toEqual({
      pointer: `${INPUT}/properties/age`,
      class: 'minor',
      message: 'optional property "age" added (request)',
    });
  });

  it('a new required request property is major', async () => {
    const change = only(
      await diffEdit(petApi, (d) => {
        d.components.schemas.PetInput.properties.age = { type: 'integer' };
        d.components.schemas.PetInput.required.push('age');
      }),
    );
    expect(change).toMatchObject({ pointer: `${INPUT}/properties/age`, class: 'major' });
  });

  it('a request property that becomes required is major', async () => {
    const change = only(
      await diffEdit(petApi, (d) => d.components.schemas.PetInput.required.push('nickname')),
    );
    expect(change).toEqual({
      pointer: `${INPUT}/properties/nickname`,
      class: 'major',
      message: 'property "nickname" became required (request)',
    });
  });

  it('a removed request property is major', async () => {
    const change = only(
      await diffEdit(petApi, (d) => delete d.components.schemas.PetInput.properties.kind),
    );
    expect(change).toMatchObject({ pointer: `${INPUT}/properties/kind`, class: 'major' });
  });

  it('a request body that becomes required is major; a new optional body is minor', async () => {
    const before = petApi();
    before.paths['/pets'].post.requestBody.required = false;
    expect(only(await diffDocs(before, petApi()))).toMatchObject({
      pointer: '/paths/~1pets/post/requestBody',
      class: 'major',
    });
    const body = only(
      await diffEdit(petApi, (d) => {
        d.paths['/pets/{petId}'].delete.requestBody = {
          content: { 'application/json': { schema: { type: 'object' } } },
        };
      }),
    );
    expect(body).toMatchObject({
      class: 'minor',
      message: 'optional request body added (request)',
    });
  });

  it('additionalProperties: false on a request is major, on a response minor', async () => {
    const request = only(
      await diffEdit(petApi, (d) => (d.components.schemas.PetInput.additionalProperties = false)),
    );
    expect(request).toMatchObject({ pointer: `${INPUT}/additionalProperties`, class: 'major' });
    const response = only(
      await diffEdit(petApi, (d) => (d.components.schemas.Pet.additionalProperties = false)),
    );
    expect(response).toMatchObject({ pointer: `${PET}/additionalProperties`, class: 'minor' });
  });

  it('a tighter request limit is major, the same on a response minor; looser the other way round', async () => {
    const request = only(
      await diffEdit(petApi, (d) => (d.components.schemas.PetInput.properties.name.maxLength = 20)),
    );
    expect(request).toMatchObject({
      pointer: `${INPUT}/properties/name/maxLength`,
      class: 'major',
    });
    const response = only(
      await diffEdit(petApi, (d) => (d.components.schemas.Pet.properties.name.maxLength = 20)),
    );
    expect(response.class).toBe('minor');
    const looser = only(
      await diffEdit(petApi, (d) => (d.components.schemas.Pet.properties.name.maxLength = 80)),
    );
    expect(looser).toMatchObject({
      class: 'major',
      message: 'maxLength changed from 50 to 80 (widened) (response)',
    });
    const pattern = only(
      await diffEdit(
        petApi,
        (d) => (d.components.schemas.PetInput.properties.name.pattern = '^[a-z]+$'),
      ),
    );
    expect(pattern.class).toBe('major');
  });
});

describe('responses', () => {
  it('a new response property is minor, required or not', async () => {
    const change = only(
      await diffEdit(petApi, (d) => {
        d.components.schemas.Pet.properties.age = { type: 'integer' };
        d.components.schemas.Pet.required.push('age');
      }),
    );
    expect(change).toEqual({
      pointer: `${PET}/properties/age`,
      class: 'minor',
      message: 'required property "age" added (response)',
    });
  });

  it('a removed response property is major', async () => {
    const change = only(
      await diffEdit(petApi, (d) => delete d.components.schemas.Pet.properties.kind),
    );
    expect(change).toEqual({
      pointer: `${PET}/properties/kind`,
      class: 'major',
      message: 'property "kind" removed',
    });
  });

  it('a required response property that becomes optional is major; the reverse minor', async () => {
    const optional = only(
      await diffEdit(petApi, (d) => (d.components.schemas.Pet.required = ['id'])),
    );
    expect(optional).toMatchObject({ pointer: `${PET}/properties/name`, class: 'major' });
    const required = only(
      await diffEdit(petApi, (d) => d.components.schemas.Pet.required.push('kind')),
    );
    expect(required.class).toBe('minor');
  });

  it('a changed success status is major, as one change', async () => {
    const change = only(
      await diffEdit(petApi, (d) => {
        const post = d.paths['/pets'].post;
        post.responses['200'] = post.responses['201'];
        delete post.responses['201'];
      }),
    );
    expect(change).toEqual({
      pointer: '/paths/~1pets/post/responses/200',
      class: 'major',
      message: 'success status changed from 201 to 200',
    });
  });

  it('an extra success status is major, an extra error status minor', async () => {
    const success = only(
      await diffEdit(
        petApi,
        (d) => (d.paths['/pets'].post.responses['202'] = { description: 'Accepted.' }),
      ),
    );
    expect(success.class).toBe('major');
    const error = only(
      await diffEdit(
        petApi,
        (d) => (d.paths['/pets'].post.responses['409'] = { description: 'Conflict.' }),
      ),
    );
    expect(error).toMatchObject({ pointer: '/paths/~1pets/post/responses/409', class: 'minor' });
  });

  it('a removed response header is major, a new optional one minor', async () => {
    const before = petApi();
    before.paths['/pets'].get.responses['200'].headers = {
      'X-Total': { schema: { type: 'integer' } },
    };
    const removed = only(await diffDocs(before, petApi()));
    expect(removed).toMatchObject({
      pointer: '/paths/~1pets/get/responses/200/headers/X-Total',
      class: 'major',
    });
    const added = only(await diffDocs(petApi(), before));
    expect(added.class).toBe('minor');
  });
});

describe('enums, by side', () => {
  it('a value added to a response enum is major', async () => {
    const change = only(
      await diffEdit(petApi, (d) => d.components.schemas.Pet.properties.kind.enum.push('bird')),
    );
    expect(change).toEqual({
      pointer: `${PET}/properties/kind/enum`,
      class: 'major',
      message: 'enum value "bird" added (response)',
    });
  });

  it('a value added to a request enum is minor', async () => {
    const change = only(
      await diffEdit(petApi, (d) =>
        d.components.schemas.PetInput.properties.kind.enum.push('bird'),
      ),
    );
    expect(change).toEqual({
      pointer: `${INPUT}/properties/kind/enum`,
      class: 'minor',
      message: 'enum value "bird" added (request)',
    });
  });

  it('a value removed from a request enum is major', async () => {
    const change = only(
      await diffEdit(petApi, (d) => (d.components.schemas.PetInput.properties.kind.enum = ['cat'])),
    );
    expect(change).toMatchObject({ class: 'major', message: 'enum value "dog" removed' });
  });

  it('an enum used on both sides takes the stricter class, reported once at the component', async () => {
    const change = only(
      await diffEdit(petApi, (d) => d.components.schemas.Status.enum.push('pending')),
    );
    expect(change).toEqual({
      pointer: '/components/schemas/Status/enum',
      class: 'major',
      message: 'enum value "pending" added (request and response)',
    });
  });

  it('an enum reached only through a read-only property counts as response-only', async () => {
    const before = petApi();
    // Tag travels both ways (PetInput.tags, Pet.tags); its read-only mood only in responses.
    before.components.schemas.Mood = { type: 'string', enum: ['calm'] };
    before.components.schemas.Tag.properties.mood = {
      $ref: '#/components/schemas/Mood',
      readOnly: true,
    };
    const after = structuredClone(before);
    after.components.schemas.Mood.enum.push('happy');
    expect(only(await diffDocs(before, after)).message).toBe('enum value "happy" added (response)');
    const writable = structuredClone(before);
    delete writable.components.schemas.Tag.properties.mood.readOnly;
    const both = structuredClone(writable);
    both.components.schemas.Mood.enum.push('happy');
    expect(only(await diffDocs(writable, both)).message).toBe(
      'enum value "happy" added (request and response)',
    );
  });
});

describe('nullable, by side', () => {
  it('nullable added to a response field is major', async () => {
    const change = only(
      await diffEdit(petApi, (d) => (d.components.schemas.Pet.properties.name.nullable = true)),
    );
    expect(change).toEqual({
      pointer: `${PET}/properties/name`,
      class: 'major',
      message: 'became nullable (response)',
    });
  });

  it('nullable added to a request field is minor', async () => {
    const change = only(
      await diffEdit(
        petApi,
        (d) => (d.components.schemas.PetInput.properties.name.nullable = true),
      ),
    );
    expect(change.class).toBe('minor');
  });

  it('nullable removed from a request field is major, from a response field minor', async () => {
    const request = only(
      await diffEdit(
        petApi,
        (d) => delete d.components.schemas.PetInput.properties.nickname.nullable,
      ),
    );
    expect(request).toEqual({
      pointer: `${INPUT}/properties/nickname`,
      class: 'major',
      message: 'no longer nullable (request)',
    });
    const response = only(
      await diffEdit(petApi, (d) => delete d.components.schemas.Pet.properties.nickname.nullable),
    );
    expect(response.class).toBe('minor');
  });
});

describe('types and formats', () => {
  it('a changed type is major on either side', async () => {
    const change = only(
      await diffEdit(petApi, (d) => (d.components.schemas.Pet.properties.name.type = 'integer')),
    );
    expect(change).toEqual({
      pointer: `${PET}/properties/name/type`,
      class: 'major',
      message: 'type changed from string to integer',
    });
  });

  it('a changed or added format is major; a removed request format minor', async () => {
    const changed = only(
      await diffEdit(petApi, (d) => (d.components.schemas.Pet.properties.id.format = 'uri')),
    );
    expect(changed).toMatchObject({ pointer: `${PET}/properties/id/format`, class: 'major' });
    const added = only(
      await diffEdit(
        petApi,
        (d) => (d.components.schemas.PetInput.properties.name.format = 'email'),
      ),
    );
    expect(added.class).toBe('major');
    const before = petApi();
    before.components.schemas.PetInput.properties.name.format = 'email';
    expect(only(await diffDocs(before, petApi())).class).toBe('minor');
  });

  it('a widened response type is major', async () => {
    const change = only(
      await diffEdit(
        petApi,
        (d) => (d.components.schemas.Pet.properties.name.type = ['string', 'integer']),
      ),
    );
    expect(change).toMatchObject({
      class: 'major',
      message: 'type widened from string to integer | string (response)',
    });
  });

  it('oneOf alternatives: added to a response is major, to a request minor', async () => {
    const before = petApi();
    before.components.schemas.Pet.properties.owner = {
      oneOf: [{ $ref: '#/components/schemas/Owner' }],
    };
    before.components.schemas.PetInput.properties.owner = {
      oneOf: [{ $ref: '#/components/schemas/Owner' }],
    };
    const response = structuredClone(before);
    response.components.schemas.Pet.properties.owner.oneOf.push({ type: 'string' });
    expect(only(await diffDocs(before, response))).toMatchObject({
      pointer: `${PET}/properties/owner/oneOf/1`,
      class: 'major',
    });
    const request = structuredClone(before);
    request.components.schemas.PetInput.properties.owner.oneOf.push({ type: 'string' });
    expect(only(await diffDocs(before, request)).class).toBe('minor');
  });
});

describe('references', () => {
  it('a change inside a referenced schema is reported once, at the component', async () => {
    const result = await diffEdit(
      petApi,
      (d) => (d.components.schemas.Tag.properties.label.type = 'integer'),
    );
    expect(only(result)).toEqual({
      pointer: '/components/schemas/Tag/properties/label/type',
      class: 'major',
      message: 'type changed from string to integer',
    });
  });

  it('a property pointed at another schema is a change at the property', async () => {
    const result = await diffEdit(petApi, (d) => {
      d.components.schemas.Breeder = { type: 'object', properties: { name: { type: 'integer' } } };
      d.components.schemas.Pet.properties.owner = { $ref: '#/components/schemas/Breeder' };
    });
    expect(result.changes).toEqual([
      {
        pointer: `${PET}/properties/owner/properties/name/type`,
        class: 'major',
        message: 'type changed from string to integer',
      },
      { pointer: '/components/schemas/Breeder', class: 'minor', message: 'schema "Breeder" added' },
    ]);
  });

  it('a schema moved into a component with the same shape is patch', async () => {
    const result = await diffEdit(petApi, (d) => {
      d.components.schemas.Name = { type: 'string', maxLength: 50 };
      d.components.schemas.Pet.properties.name = { $ref: '#/components/schemas/Name' };
    });
    expect(result.changes.map((c) => [c.pointer, c.class])).toEqual([
      [`${PET}/properties/name`, 'patch'],
      ['/components/schemas/Name', 'minor'],
    ]);
  });

  it('a removed schema is major (even when its shape was inlined), a new schema minor', async () => {
    const removed = await diffEdit(petApi, (d) => {
      d.components.schemas.Pet.properties.owner = {
        type: 'object',
        properties: { name: { type: 'string' } },
      };
      delete d.components.schemas.Owner;
    });
    expect(removed.changes).toEqual([
      { pointer: '/components/schemas/Owner', class: 'major', message: 'schema "Owner" removed' },
      {
        pointer: `${PET}/properties/owner`,
        class: 'patch',
        message: 'inlined from #/components/schemas/Owner (same shape)',
      },
    ]);
    const added = only(
      await diffEdit(petApi, (d) => (d.components.schemas.Breed = { type: 'string' })),
    );
    expect(added).toEqual({
      pointer: '/components/schemas/Breed',
      class: 'minor',
      message: 'schema "Breed" added',
    });
  });

  it('recursive schemas terminate and still report inner changes', async () => {
    const before = petApi();
    before.components.schemas.Tag.properties.children = {
      type: 'array',
      items: { $ref: '#/components/schemas/Tag' },
    };
    const after = structuredClone(before);
    after.components.schemas.Tag.properties.label.maxLength = 10;
    expect(only(await diffDocs(before, after))).toMatchObject({
      pointer: '/components/schemas/Tag/properties/label/maxLength',
      class: 'major',
    });
  });
});

describe('servers, security, media types', () => {
  it('a changed server is major, an added one minor', async () => {
    const changed = only(
      await diffEdit(petApi, (d) => (d.servers[0].url = 'https://api.example.com/v2')),
    );
    expect(changed).toEqual({
      pointer: '/servers/0',
      class: 'major',
      message: 'server changed from https://api.example.com/v1 to https://api.example.com/v2',
    });
    const removed = only(
      await diffEdit(petApi, (d) => d.servers.push({ url: 'https://sandbox.example.com/v1' })),
    );
    expect(removed.class).toBe('minor');
    const before = petApi();
    before.servers.push({ url: 'https://sandbox.example.com/v1' });
    expect(only(await diffDocs(before, petApi()))).toMatchObject({
      pointer: '/servers/1',
      class: 'major',
    });
    const reordered = await diffEdit(petApi, (d) =>
      d.servers.unshift({ url: 'https://eu.example.com/v1' }),
    );
    expect(reordered.changes.map((c) => [c.class, c.message])).toEqual([
      [
        'major',
        'default server changed from https://api.example.com/v1 to https://eu.example.com/v1',
      ],
      ['minor', 'server https://eu.example.com/v1 added'],
    ]);
  });

  it('a changed security scheme or requirement is major', async () => {
    const scheme = only(
      await diffEdit(petApi, (d) => (d.components.securitySchemes.ApiKey.name = 'Authorization')),
    );
    expect(scheme).toMatchObject({
      pointer: '/components/securitySchemes/ApiKey/name',
      class: 'major',
    });
    const requirement = only(await diffEdit(petApi, (d) => (d.paths['/pets'].get.security = [])));
    expect(requirement).toMatchObject({ pointer: '/paths/~1pets/get/security', class: 'major' });
  });

  it('a changed media type is major', async () => {
    const result = await diffEdit(petApi, (d) => {
      const content = d.paths['/pets/{petId}'].get.responses['200'].content;
      content['application/xml'] = content['application/json'];
      delete content['application/json'];
    });
    expect(result.bump).toBe('major');
    expect(result.changes.map((c) => c.message)).toEqual([
      'media type application/json removed',
      'media type application/xml added (response)',
    ]);
  });
});

describe('documentation', () => {
  it('descriptions, summaries and examples are patch', async () => {
    const result = await diffEdit(petApi, (d) => {
      d.paths['/pets'].get.summary = 'List all pets';
      d.paths['/pets'].get.responses['200'].description = 'All pets.';
      d.components.schemas.Pet.properties.name.example = 'Rex';
      d.components.schemas.Pet.description = 'A pet.';
      d.info.version = '1.0.1';
    });
    expect(result.bump).toBe('patch');
    expect(result.changes).toHaveLength(5);
    expect(result.changes.every((c) => c.class === 'patch')).toBe(true);
  });
});

describe('OpenAPI 3.1', () => {
  it('3.0 nullable and a 3.1 type list mean the same', async () => {
    const result = await diffDocs(petApi(), petApi31());
    expect(only(result)).toEqual({
      pointer: '/openapi',
      class: 'patch',
      message: 'OpenAPI version changed from "3.0.3" to "3.1.0"',
    });
  });

  it('"null" added to a response type list is major', async () => {
    const change = only(
      await diffEdit(
        petApi31,
        (d) => (d.components.schemas.Pet.properties.name.type = ['string', 'null']),
      ),
    );
    expect(change).toEqual({
      pointer: `${PET}/properties/name`,
      class: 'major',
      message: 'became nullable (response)',
    });
  });

  it('3.0 boolean and 3.1 numeric exclusiveMinimum compare by meaning', async () => {
    const before = petApi();
    before.components.schemas.Pet.properties.age = {
      type: 'integer',
      minimum: 0,
      exclusiveMinimum: true,
    };
    const same = petApi31();
    same.components.schemas.Pet.properties.age = { type: 'integer', exclusiveMinimum: 0 };
    expect(only(await diffDocs(before, same)).pointer).toBe('/openapi');
    const raised = petApi31();
    raised.components.schemas.Pet.properties.age = { type: 'integer', exclusiveMinimum: 5 };
    const changes = (await diffDocs(before, raised)).changes.filter(
      (c) => c.pointer !== '/openapi',
    );
    expect(changes).toEqual([
      {
        pointer: `${PET}/properties/age/minimum`,
        class: 'minor',
        message: 'minimum changed from 0 (exclusive) to 5 (exclusive) (narrowed) (response)',
      },
    ]);
  });

  it('const compares like a one-value enum', async () => {
    const change = only(
      await diffEdit(
        petApi31,
        (d) => (d.components.schemas.PetInput.properties.kind = { const: 'cat' }),
      ),
    );
    expect(change).toMatchObject({ class: 'major', message: 'enum value "dog" removed' });
  });

  it('webhooks swap sides: a value added to the body the API sends is major', async () => {
    const base = () => {
      const doc = petApi31();
      doc.webhooks = {
        petSold: {
          post: {
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { reason: { type: 'string', enum: ['paid'] } },
                  },
                },
              },
            },
            responses: { '200': { description: 'Received.' } },
          },
        },
      };
      return doc;
    };
    const change = only(
      await diffEdit(base, (d) =>
        d.webhooks.petSold.post.requestBody.content[
          'application/json'
        ].schema.properties.reason.enum.push('gift'),
      ),
    );
    expect(change).toMatchObject({
      pointer:
        '/webhooks/petSold/post/requestBody/content/application~1json/schema/properties/reason/enum',
      class: 'major',
    });
  });
});
