/**
 * The deepest nesting of arrays and objects that the validator of a recursive
 * schema checks. AJV's code recurses once (or more) per level of such data, so
 * without a bound a few thousand levels end in a `RangeError`; deeper data is
 * one validation issue instead, at the first value past the limit.
 */
export const MAX_DATA_DEPTH = 1000;

interface RawError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
}

interface Validate {
  (data: unknown, instancePath?: string | false): boolean;
  errors?: readonly unknown[] | null | undefined;
}

const escapeToken = (t: string) => t.replace(/~/g, '~0').replace(/\//g, '~1');

/** One container on the walk; the pointer is built only for the one reported. */
interface Level {
  value: object;
  depth: number;
  parent: Level | undefined;
  key: string;
}

function pointerOf(level: Level): string {
  const tokens: string[] = [];
  for (let at: Level | undefined = level; at?.parent; at = at.parent) {
    tokens.push(at.key);
  }
  return tokens
    .reverse()
    .map((t) => `/${escapeToken(t)}`)
    .join('');
}

/** The pointer of the first array or object nested deeper than `limit`; undefined if none is. */
export function pointerBeyondDepth(data: unknown, limit: number): string | undefined {
  if (data === null || typeof data !== 'object') {
    return undefined;
  }
  const stack: Level[] = [{ value: data, depth: 1, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const level = stack.pop() as Level;
    if (level.depth > limit) {
      return pointerOf(level);
    }
    const keys = Object.keys(level.value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const child = (level.value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') {
        stack.push({ value: child, depth: level.depth + 1, parent: level, key });
      }
    }
  }
  return undefined;
}

const tooDeep = (instancePath: string, message: string): RawError[] => [
  {
    instancePath,
    schemaPath: '#',
    keyword: 'maxDepth',
    params: { limit: MAX_DATA_DEPTH },
    message,
  },
];

/**
 * The validator of a recursive schema, bounded: data nested deeper than
 * `MAX_DATA_DEPTH` is reported as an issue (keyword `maxDepth`) at its
 * pointer. A cycle of several `$ref`s per level may exhaust the stack sooner:
 * that too is reported, at the root, instead of thrown.
 */
export function limitDepth(validate: Validate): Validate {
  const limited: Validate = (data, instancePath) => {
    const beyond = pointerBeyondDepth(data, MAX_DATA_DEPTH);
    if (beyond !== undefined) {
      limited.errors = tooDeep(
        beyond,
        `is nested deeper than ${MAX_DATA_DEPTH} levels of arrays and objects, the most the validators check`,
      );
      return false;
    }
    try {
      const valid = validate(data, instancePath);
      limited.errors = validate.errors;
      return valid;
    } catch (err) {
      if (!(err instanceof RangeError && /Maximum call stack/.test(err.message))) {
        throw err;
      }
      limited.errors = tooDeep('', 'is nested too deeply for this schema to be checked');
      return false;
    }
  };
  return limited;
}
