import { redact, redactDeep } from './redact.js';

/** An RFC 9457 problem document, as the API sends with most 4xx answers. */
export interface ProblemDetails {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  instance?: string | null;
  [extension: string]: unknown;
}

/** One failed check, as `@workflows-api/validators` reports it. */
export interface ValidationIssue {
  path: string;
  message: string;
  keyword: string;
  schemaPath: string;
}

/**
 * Base of every error the client throws. Credentials are redacted, in every form a server may
 * echo them (raw, JSON-escaped, URL-encoded), from its message and from every string of its
 * fields (`body`, `detail`…), so `JSON.stringify(error)` and `util.inspect(error)` hold none.
 */
export class WorkflowsError extends Error {
  override name = 'WorkflowsError';
  /** `fields` become own properties: how the subclasses get theirs without code of their own. */
  constructor(message: string, options?: { cause?: unknown }, fields?: object) {
    super(redact(message), options);
    Object.assign(this, redactDeep(fields));
  }
  toJSON(): Record<string, unknown> {
    // Again: a credential first seen after the error was made is redacted too.
    return redactDeep({ ...this, message: this.message }) as Record<string, unknown>;
  }
  [Symbol.for('nodejs.util.inspect.custom')](
    _depth: number,
    options: object,
    inspect: (value: unknown, options: object) => string,
  ): string {
    const { name: _, message: __, ...fields } = this.toJSON();
    return `${redact(String(this.stack))} ${inspect(fields, options)}`;
  }
}

/** A request, a body read, or a bulk-job wait took longer than allowed. */
export class TimeoutError extends WorkflowsError {
  override name = 'TimeoutError';
}
/** The caller's `AbortSignal` fired. */
export class AbortError extends WorkflowsError {
  override name = 'AbortError';
}

export const abortError = (signal: AbortSignal) =>
  new AbortError('the request was aborted', { cause: signal.reason });
