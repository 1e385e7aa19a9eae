import type { RawValidationError } from './compiled-validator.js';

/** One reason the data does not match its schema. */
export interface ValidationIssue {
  /** JSON pointer into the data (`''` is the whole document). */
  path: string;
  /** What is wrong, in words: `must be string`. */
  message: string;
  /** The JSON Schema keyword that failed (`type`, `required`, `format`, …). */
  keyword: string;
  /**
   * Where the failing keyword is, as AJV reports it: a pointer into the
   * innermost component schema being checked (`#/properties/id/type`).
   */
  schemaPath: string;
}

const escapeToken = (t: string) => t.replace(/~/g, '~0').replace(/\//g, '~1');

const MAX_LISTED_VALUES = 8;

function listValues(values: unknown): string {
  if (!Array.isArray(values)) {
    return '';
  }
  const shown = values.slice(0, MAX_LISTED_VALUES).map((v) => JSON.stringify(v));
  const more = values.length - shown.length;
  return more > 0 ? `${shown.join(', ')} (and ${more} more)` : shown.join(', ');
}

const FORMAT_MESSAGES: Record<string, string> = {
  'date-time':
    'must be an RFC 3339 date-time that exists in the calendar (e.g. 2025-02-28T13:45:00Z)',
  date: 'must be an RFC 3339 date that exists in the calendar (e.g. 2025-02-28)',
  int32: 'must be a 32-bit integer (-2147483648 to 2147483647)',
  int64:
    'must be an int64 within ±9007199254740991; a larger number has already lost precision in JSON.parse',
  double: 'must be a finite number',
  float: 'must be a finite number',
};

function describe(e: RawValidationError): string {
  const p = e.params;
  switch (e.keyword) {
    case 'type': {
      const types = Array.isArray(p.type) ? p.type : String(p.type).split(',');
      return `must be ${types.join(' or ')}`;
    }
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not allowed (unknown property)';
    case 'enum':
      return `must be one of ${listValues(p.allowedValues)}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'format':
      return FORMAT_MESSAGES[String(p.format)] ?? `must match format "${String(p.format)}"`;
    case 'minLength':
      return `must have at least ${String(p.limit)} character${p.limit === 1 ? '' : 's'}`;
    case 'maxLength':
      return `must have at most ${String(p.limit)} character${p.limit === 1 ? '' : 's'}`;
    case 'minItems':
      return `must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `must have at most ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'minProperties':
      return `must have at least ${String(p.limit)} properties`;
    case 'maxProperties':
      return `must have at most ${String(p.limit)} properties`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(p.comparison)} ${String(p.limit)}`;
    case 'multipleOf':
      return `must be a multiple of ${String(p.multipleOf)}`;
    case 'pattern':
      return `must match the pattern ${String(p.pattern)}`;
    case 'uniqueItems':
      return `must not repeat items (items ${String(p.j)} and ${String(p.i)} are equal)`;
    case 'anyOf':
      return 'must match one of the allowed schemas';
    case 'oneOf':
      return 'must match exactly one of the allowed schemas';
    case 'not':
      return 'must not match the excluded schema';
    case 'false schema':
      return 'is not allowed';
    default:
      return e.message ?? `fails the "${e.keyword}" check`;
  }
}

/**
 * Turns AJV's errors into issues whose `path` points at the offending value:
 * for a missing or unknown property that is the property itself, not its parent.
 */
export function toIssues(errors: readonly RawValidationError[]): ValidationIssue[] {
  return errors.map((e) => {
    let path = e.instancePath;
    if (e.keyword === 'required' && typeof e.params.missingProperty === 'string') {
      path += `/${escapeToken(e.params.missingProperty)}`;
    } else if (
      e.keyword === 'additionalProperties' &&
      typeof e.params.additionalProperty === 'string'
    ) {
      path += `/${escapeToken(e.params.additionalProperty)}`;
    }
    return { path, message: describe(e), keyword: e.keyword, schemaPath: e.schemaPath };
  });
}

/** One line per issue: `/input/0/name: must be string`. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.path === '' ? '(root)' : i.path}: ${i.message}`).join('\n');
}

/** Thrown by the `assertX` guards; the message lists every issue on its own line. */
export class ValidationError extends Error {
  readonly schemaName: string;
  readonly errors: readonly ValidationIssue[];
  constructor(schemaName: string, errors: readonly ValidationIssue[]) {
    const count = `${errors.length} issue${errors.length === 1 ? '' : 's'}`;
    super(`${schemaName} is invalid (${count}):\n${formatIssues(errors)}`);
    this.name = 'ValidationError';
    this.schemaName = schemaName;
    this.errors = errors;
  }
}

/** A name that is not one of the spec's component schemas (or operations). */
export class UnknownSchemaError extends Error {
  constructor(kind: 'schema' | 'operation', name: unknown, known: readonly string[]) {
    super(`Unknown ${kind} ${JSON.stringify(name)}: expected one of ${known.join(', ')}`);
    this.name = 'UnknownSchemaError';
  }
}
