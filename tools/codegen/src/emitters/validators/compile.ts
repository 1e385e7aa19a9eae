import {
  _,
  Ajv,
  type Code,
  type CodeKeywordDefinition,
  type KeywordCxt,
  Name,
  type Options,
} from 'ajv';
import { callRef } from 'ajv/dist/vocabularies/core/ref.js';
import { SpecRefusal } from '../../spec-refusal.js';
import { bundleStandalone, FORMATS_BINDING } from './bundle.js';
import {
  type CompileJob,
  type CompilePart,
  checkIdentifiers,
  compileParts,
  type StandaloneInput,
  validatorBinding,
} from './compile-parts.js';
import { formats } from './formats.js';
import { AJV_VALIDATION_OPTIONS, type JsonSchema } from './normalise.js';
import { SchemaCompileError, standaloneModule } from './standalone-code.js';

/**
 * What a `$ref` becomes in the copy AJV compiles: a call of the referenced schema's
 * validator by its module-level name (`validatorBinding`), made the way AJV calls a
 * referenced validator (its `callRef`), instead of AJV following the reference.
 */
const CALL_KEYWORD = 'x-validator-call';

export function standaloneAjvOptions(): Options {
  return {
    ...AJV_VALIDATION_OPTIONS,
    // Messages are written by the package's runtime from keyword and params:
    // leaving them out of the generated code keeps it small.
    messages: false,
    // No `$ref` reaches AJV (each is a call by name: CALL_KEYWORD), so each component is
    // one function, called by its users; should one reach it, it is not inlined either.
    inlineRefs: false,
    // Long `required` lists and enums are checked in a loop over the schema's
    // array instead of one comparison per value: same verdicts, less code.
    // Up to 4 required members stay unrolled: a loop costs ~40% on small models.
    loopRequired: 4,
    loopEnum: 8,
    code: { esm: true, source: true, lines: false, formats: new Name(FORMATS_BINDING) },
    formats,
  };
}

const isPrimitive = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * An enum of `loopEnum` values or more is checked by a loop over the schema's array, and
 * AJV's loop compares with its deep `equal`: a call per value (a value near the end of a
 * 40-value enum is 40 calls). When every value is a string, number, boolean or null, a
 * module-level `Set` of them gives the same verdict in one lookup (its SameValueZero agrees
 * with AJV's `equal` on such values, -0 and NaN included). Only the check changes: AJV's
 * `enum` rule, with its place among the keywords and its errors, stays (ajv 8, pinned
 * exactly). Shorter enums stay as AJV writes them, one `===` per value.
 */
function checkEnumsOfPrimitivesBySet(ajv: Ajv): void {
  const rule = (ajv.RULES.all as Record<string, { definition: CodeKeywordDefinition } | undefined>)
    .enum;
  if (!rule) {
    throw new Error('validators emitter: AJV has no enum rule to adjust');
  }
  const ajvCode = rule.definition.code;
  rule.definition = {
    ...rule.definition,
    code(cxt, ruleType) {
      const { gen, data, $data, schema, schemaCode, it } = cxt;
      const loops = Array.isArray(schema) && schema.length >= (it.opts.loopEnum ?? Infinity);
      if ($data || !loops || !(schema as unknown[]).every(isPrimitive)) {
        ajvCode(cxt, ruleType);
        return;
      }
      // Built from the schema constant the errors already read (`allowedValues`).
      // 'obj': a prefix AJV's scope allows for module-level values.
      const values = gen.scopeValue('obj', {
        key: schema,
        ref: new Set(schema as unknown[]),
        code: _`new Set(${schemaCode as Code})`,
      });
      cxt.pass(_`${values}.has(${data})`);
    },
  };
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

/**
 * Formats whose check can never fail where AJV makes it: AJV checks a number's format only
 * once the number is finite (`strictNumbers`, on with `strict`), and `float` and `double`
 * ask for no more (`formats.ts`). Left out, a number costs no format call, and each such
 * property about 150 bytes less code; no verdict or error changes.
 */
export const FORMATS_IMPLIED_BY_TYPE = new Set(['float', 'double']);

/**
 * The copy of a schema AJV compiles: without annotations (they change no verdict, and left
 * out the code is smaller) or FORMATS_IMPLIED_BY_TYPE, and with each `$ref` a call of the
 * referenced schema's validator.
 */
function compiledCopy(value: unknown, inProperties = false): unknown {
  if (Array.isArray(value)) {
    return value.map((v) => compiledCopy(v));
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(value)) {
    if (!inProperties && (key === 'description' || key === 'title' || key === 'examples')) {
      continue;
    }
    if (!inProperties && (key === 'enum' || key === 'const' || key === 'default')) {
      out[key] = sub;
      continue;
    }
    if (!inProperties && key === '$ref') {
      out[CALL_KEYWORD] = sub;
      continue;
    }
    // Beside a `type` only: without one, AJV refuses the format (strictTypes), and still should.
    if (
      !inProperties &&
      key === 'format' &&
      'type' in value &&
      FORMATS_IMPLIED_BY_TYPE.has(sub as string)
    ) {
      continue;
    }
    out[key] = compiledCopy(sub, !inProperties && SCHEMA_MAPS.has(key));
  }
  return out;
}

/**
 * AJV's validators of one part's schemas, each bound to `v$<id>`: module code, not yet
 * bundled. AJV follows no `$ref`: each one is a call of the referenced schema's validator
 * by that name, so each schema compiles on its own (however long a chain of `$ref`s is) and
 * the schemas can be split into parts compiled apart, on several threads.
 */
export function compilePart(part: CompilePart): string {
  const ajv = new Ajv(standaloneAjvOptions());
  checkEnumsOfPrimitivesBySet(ajv);
  if (part.nameOffset !== 0) {
    // Where AJV makes a module-level name, `${prefix}${index++}` (ajv 8, pinned exactly).
    const scope = ajv.scope as unknown as { _newName(prefix: string): string };
    const newName = scope._newName.bind(scope);
    scope._newName = (prefix) =>
      `${prefix}${part.nameOffset + Number(newName(prefix).slice(prefix.length))}`;
  }
  ajv.addKeyword({
    keyword: CALL_KEYWORD,
    schemaType: 'string',
    code: (cxt: KeywordCxt) => callRef(cxt, new Name(validatorBinding(cxt.schema as string))),
  });
  for (const schema of part.schemas) {
    try {
      ajv.addSchema(compiledCopy(schema) as JsonSchema);
    } catch (err) {
      throw refusedByAjv(part, String(schema.$id), err as Error);
    }
  }
  const ids = part.schemas.map((s) => String(s.$id));
  try {
    return standaloneModule(
      ajv,
      Object.fromEntries(ids.map((id) => [validatorBinding(id), id])),
      (binding, validateName) => `const ${binding} = ${validateName};`,
    );
  } catch (err) {
    if (err instanceof SchemaCompileError && err.cause instanceof Error) {
      throw refusedByAjv(part, err.id, err.cause);
    }
    throw new Error(
      `validators emitter: AJV could not compile the schemas: ${(err as Error).message}`,
    );
  }
}

/**
 * AJV's refusal of a schema (a format without a type, which its strict mode asks for…) as the
 * spec's problem: at the schema's place in the spec, and deeper where AJV's message names a
 * place inside it (`at "Id#/properties/x"`).
 */
function refusedByAjv(part: CompilePart, id: string, err: Error): SpecRefusal {
  const base = part.pointers?.[id];
  const inside = err.message.match(/ at "[^"#]*#((?:\/[^"]*)?)"/)?.[1] ?? '';
  return new SpecRefusal(
    `validators emitter: AJV refuses schema ${id}: ${err.message}`,
    base === undefined ? undefined : `${base}${inside}`,
  );
}

/**
 * Compiles the schemas with AJV at generation time and returns one ESM module
 * with a validate function per export, with no `require`, `eval` or
 * `new Function` left in it; in this thread, all parts one after the other.
 */
export async function compileStandalone(input: StandaloneInput): Promise<string> {
  checkIdentifiers(input);
  return bundleStandalone(compileParts(input).map(compilePart), input);
}

/** What a compile thread runs (`compile-worker.ts`), or this thread when run from the sources. */
export async function runCompileJob(job: CompileJob): Promise<string> {
  return 'whole' in job ? compileStandalone(job.whole) : compilePart(job.part);
}
