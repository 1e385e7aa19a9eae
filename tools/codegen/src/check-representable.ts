import { isIdentifier } from './identifier.js';
import { isObject, type JsonObject } from './json.js';
import { pointerOf } from './spec-error.js';
import { walkOperations } from './walk-operations.js';

export interface Unrepresentable {
  pointer: string;
  message: string;
}

const JSON_MEDIA_TYPE =
  /^(application\/json|text\/json|application\/[\w.+-]*\+json|application\/\*\+json)(;.*)?$/;

/**
 * Schema keywords that the emitters cannot carry over faithfully: the types
 * would be wider than the validators, or the validators would disagree with
 * the runtime AJV compile. Better to refuse the spec than to generate a lie.
 */
const UNSUPPORTED_SCHEMA_KEYWORDS = [
  'not',
  'discriminator',
  'if',
  'then',
  'else',
  'patternProperties',
  'dependentSchemas',
  'dependentRequired',
  'unevaluatedProperties',
  'unevaluatedItems',
  '$dynamicRef',
] as const;

function walkSchema(schema: unknown, at: (string | number)[], out: Unrepresentable[]): void {
  if (!isObject(schema)) {
    return;
  }
  for (const keyword of UNSUPPORTED_SCHEMA_KEYWORDS) {
    if (keyword in schema) {
      out.push({
        pointer: pointerOf([...at, keyword]),
        message: `schema keyword "${keyword}" is not supported by the generators (types and validators could not agree on it)`,
      });
    }
  }
  if (schema.type === 'file') {
    out.push({
      pointer: pointerOf([...at, 'type']),
      message: 'type "file" is not representable as JSON',
    });
  }
  if (isObject(schema.properties)) {
    for (const [name, sub] of Object.entries(schema.properties)) {
      walkSchema(sub, [...at, 'properties', name], out);
    }
  }
  for (const key of ['items', 'additionalProperties'] as const) {
    walkSchema(schema[key], [...at, key], out);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) {
      list.forEach((sub, i) => {
        walkSchema(sub, [...at, key, i], out);
      });
    }
  }
}

function checkContent(content: unknown, at: (string | number)[], out: Unrepresentable[]): void {
  if (!isObject(content)) {
    return;
  }
  for (const [mediaType, media] of Object.entries(content)) {
    if (!JSON_MEDIA_TYPE.test(mediaType)) {
      out.push({
        pointer: pointerOf([...at, mediaType]),
        message: `media type "${mediaType}" is not supported: the client and validators handle JSON bodies only`,
      });
    }
    if (isObject(media)) {
      walkSchema(media.schema, [...at, mediaType, 'schema'], out);
    }
  }
}

/**
 * `x-former-names` lists the names a schema had before the API renamed it; each
 * becomes a deprecated alias export, so it must be an identifier no schema or
 * other alias already uses.
 */
function checkFormerNames(schemas: JsonObject, out: Unrepresentable[]): void {
  const taken = new Map<string, string>(Object.keys(schemas).map((n) => [n, 'a schema']));
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema) || !('x-former-names' in schema)) {
      continue;
    }
    const list = schema['x-former-names'];
    const at = ['components', 'schemas', name, 'x-former-names'];
    if (!Array.isArray(list)) {
      out.push({
        pointer: pointerOf(at),
        message: 'x-former-names must be a list of schema names',
      });
      continue;
    }
    list.forEach((former, i) => {
      if (typeof former !== 'string' || !isIdentifier(former)) {
        out.push({
          pointer: pointerOf([...at, i]),
          message: `former name ${JSON.stringify(former)} is not a valid TypeScript identifier`,
        });
        return;
      }
      const owner = taken.get(former);
      if (owner) {
        out.push({
          pointer: pointerOf([...at, i]),
          message: `former name "${former}" is already taken by ${owner}`,
        });
        return;
      }
      taken.set(former, `the former name of ${name}`);
    });
  }
}

/**
 * YAML's `.nan`, `.inf` and `-.inf` are numbers JSON cannot write: every generated file would
 * carry them as `null` (an enum of `.nan` letting `null` through the validators) and the
 * types as `NaN`, which is no TypeScript type. Found anywhere in the document, in document
 * order, with an explicit stack (a document may nest deeply).
 */
function checkFiniteNumbers(doc: JsonObject, out: Unrepresentable[]): void {
  // The path of a value is built from its chain of parents only when one is reported.
  interface Step {
    value: unknown;
    key: string | number;
    parent: Step | undefined;
  }
  const pathOf = (step: Step) => {
    const path: (string | number)[] = [];
    for (let at: Step | undefined = step; at?.parent; at = at.parent) {
      path.push(at.key);
    }
    return path.reverse();
  };
  const stack: Step[] = [{ value: doc, key: '', parent: undefined }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const { value } = step;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        const yaml = Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
        out.push({
          pointer: pointerOf(pathOf(step)),
          message: `${String(value)} (YAML ${yaml}) is not a number JSON can carry: the API's JSON, the validators' schemas and the types have no such value`,
        });
      }
      continue;
    }
    if (value === null || typeof value !== 'object') {
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' || typeof item === 'number') {
        stack.push({ value: item, key: Array.isArray(value) ? i : key, parent: step });
      }
    }
  }
}

/** Everything the emitters need that a valid OpenAPI document may still lack. */
export function checkRepresentable(doc: JsonObject): Unrepresentable[] {
  const out: Unrepresentable[] = [];
  checkFiniteNumbers(doc, out);
  const schemas =
    isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isIdentifier(name)) {
      out.push({
        pointer: pointerOf(['components', 'schemas', name]),
        message: `schema name "${name}" is not a valid TypeScript identifier, so it cannot become a named export`,
      });
    }
    walkSchema(schema, ['components', 'schemas', name], out);
  }
  checkFormerNames(schemas, out);

  const methodNames = new Map<string, string>();
  for (const { path: route, method, operation: op } of walkOperations(doc)) {
    if (!isObject(op)) {
      continue;
    }
    const at = ['paths', route, method];
    const operationId = op.operationId;
    if (typeof operationId !== 'string' || !isIdentifier(operationId)) {
      out.push({
        pointer: pointerOf([...at, ...(operationId === undefined ? [] : ['operationId'])]),
        message: `operation ${method.toUpperCase()} ${route} needs an operationId that is a valid identifier (got ${JSON.stringify(operationId)})`,
      });
    }
    const group = op['x-speakeasy-group'];
    const name = op['x-speakeasy-name-override'];
    for (const [key, value] of [
      ['x-speakeasy-group', group],
      ['x-speakeasy-name-override', name],
    ] as const) {
      if (typeof value !== 'string' || !isIdentifier(value)) {
        out.push({
          pointer: pointerOf(value === undefined ? at : [...at, key]),
          message: `operation ${method.toUpperCase()} ${route} needs "${key}" (a valid identifier) so the client can name its method`,
        });
      }
    }
    if (typeof group === 'string' && typeof name === 'string') {
      const full = `${group}.${name}`;
      const previous = methodNames.get(full);
      if (previous) {
        out.push({
          pointer: pointerOf([...at, 'x-speakeasy-name-override']),
          message: `client method ${full} is already taken by ${previous}`,
        });
      } else {
        methodNames.set(full, `${method.toUpperCase()} ${route}`);
      }
    }
    if (isObject(op.requestBody)) {
      checkContent(op.requestBody.content, [...at, 'requestBody', 'content'], out);
    }
    if (isObject(op.responses)) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (isObject(response)) {
          checkContent(response.content, [...at, 'responses', status, 'content'], out);
        }
      }
    }
    const params = Array.isArray(op.parameters) ? op.parameters : [];
    params.forEach((param, i) => {
      if (isObject(param) && param.in === 'cookie') {
        out.push({
          pointer: pointerOf([...at, 'parameters', i, 'in']),
          message: 'cookie parameters are not supported by the client',
        });
      }
    });
  }
  return out;
}
