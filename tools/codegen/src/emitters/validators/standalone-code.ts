import type { Ajv } from 'ajv';
import type { ValueScopeName } from 'ajv/dist/compile/codegen/scope.js';
import type { AnyValidateFunction, SourceCode } from 'ajv/dist/types/index.js';
import { isIdentifier } from '../../identifier.js';

/**
 * The ESM module of AJV's `standaloneCode(ajv, exports)` (ajv 8), byte for byte with the
 * default `declare`, built without its two limits on large specs: it grows the module by
 * copying everything emitted so far once per export (quadratic: 5,000 schemas
 * took 39 s, 10,000 ended in "Maximum call stack size exceeded" from a spread
 * of the whole module into one call), and it emits each validator's
 * dependencies by recursion, one level per `$ref` followed. Here the module is
 * a list of strings joined once, and the recursion is a loop over an explicit
 * stack of generators, each one AJV's `validateCode` of one validator.
 */

/** AJV refused to compile the schema of `$id` `id` (its message is the cause's). */
export class SchemaCompileError extends Error {
  constructor(
    readonly id: string,
    cause: Error,
  ) {
    super(`${id}: ${cause.message}`, { cause });
    this.name = 'SchemaCompileError';
  }
}

/** A validator's code needs another's first; what it gets back is that code. */
type NeedsCode = { source: SourceCode | undefined };
type Emission = Generator<NeedsCode, string, string>;

/**
 * `exports` maps each export name to the `$id` it validates; `declare` writes the
 * statement that binds a name to its validate function (AJV's: `export const`).
 */
export function standaloneModule(
  ajv: Ajv,
  exports: Record<string, string>,
  declare: (name: string, validateName: string) => string = (name, v) =>
    `export const ${name} = ${v};`,
): string {
  if (!ajv.opts.code.source || !ajv.opts.code.esm) {
    throw new Error('standaloneModule: the ajv instance needs code.source and code.esm');
  }
  const n = String(ajv.scope.opts._n);
  const def = ajv.opts.code.es5 ? 'var' : 'const';
  // Per name prefix (`schema`, `validate`, …): the names already emitted, or being emitted.
  const used = new Map<string, Map<ValueScopeName, 'started' | 'completed'>>();
  const usedOf = (prefix: string) => {
    let names = used.get(prefix);
    if (!names) {
      names = new Map();
      used.set(prefix, names);
    }
    return names;
  };

  // AJV's validateCode: the scope values a validator reads (each once per module), then its own code.
  function* validateCode(s: SourceCode | undefined): Emission {
    if (!s) {
      throw new Error('moduleCode: function does not have "source" property');
    }
    const own = usedOf(s.validateName.prefix);
    if (own.get(s.validateName) === 'completed') {
      return '';
    }
    own.set(s.validateName, 'started');
    let code = '';
    for (const prefix in s.scopeValues) {
      const names = s.scopeValues[prefix];
      if (!names) {
        continue;
      }
      const state = usedOf(prefix);
      for (const name of names) {
        if (state.has(name)) {
          continue;
        }
        state.set(name, 'started');
        if (name.value === undefined) {
          throw new Error(`CodeGen: name "${name}" has no value`);
        }
        if (name.value.code !== undefined) {
          code += `${def} ${name} = ${name.value.code};${n}`;
        } else {
          code += `${yield* referencedCode(name)}${n}`;
        }
        state.set(name, 'completed');
      }
    }
    code += `${n}${s.validateCode}`;
    return s.evaluated ? `${code}${s.validateName}.evaluated = ${s.evaluated};${n}` : code;
  }

  // AJV's refValidateCode: another validator, or the wrapper object of a recursive reference.
  function* referencedCode(name: ValueScopeName): Emission {
    const ref = name.value?.ref;
    if (name.prefix === 'validate' && typeof ref === 'function') {
      return yield { source: (ref as AnyValidateFunction).source };
    }
    if ((name.prefix === 'root' || name.prefix === 'wrapper') && ref && typeof ref === 'object') {
      const { validate, validateName } = ref as {
        validate?: AnyValidateFunction;
        validateName?: ValueScopeName;
      };
      if (!validateName) {
        throw new Error('ajv internal error');
      }
      const wrapper = `${def} ${name} = {validate: ${validateName}};`;
      if (usedOf(validateName.prefix).get(validateName) === 'started') {
        return wrapper;
      }
      return `${wrapper}${n}${yield { source: validate?.source }}`;
    }
    throw new Error(`CodeGen: "code" for ${name} not defined`);
  }

  /** Runs the emission of one validator and of everything it needs, without recursion. */
  const emit = (source: SourceCode | undefined): string => {
    const stack: Emission[] = [validateCode(source)];
    let answer = '';
    while (stack.length > 0) {
      const step = (stack[stack.length - 1] as Emission).next(answer);
      if (step.done) {
        stack.pop();
        answer = step.value;
      } else {
        stack.push(validateCode(step.value.source));
        answer = '';
      }
    }
    return answer;
  };

  const parts = ['"use strict";'];
  for (const name in exports) {
    const id = exports[name] as string;
    if (!isIdentifier(name)) {
      throw new Error(`CodeGen: invalid export name: ${name}`);
    }
    let validate: AnyValidateFunction | undefined;
    try {
      validate = ajv.getSchema(id);
    } catch (err) {
      throw new SchemaCompileError(id, err as Error);
    }
    if (!validate) {
      throw new Error(`moduleCode: no schema with id ${id}`);
    }
    const code = emit(validate.source);
    parts.push(`${n}${declare(name, String(validate.source?.validateName))}${n}${code}`);
  }
  return parts.join('');
}
