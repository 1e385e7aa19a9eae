import type { ProblemDetails } from '@workflows-api/types';

/** One bad field: a JSON pointer into the request body, or `path.<name>` / `query.<name>` for parameters. */
export interface FieldProblem {
  pointer: string;
  message: string;
}

/**
 * ProblemDetails as the sandbox sends it. Field problems go into an `errors`
 * extension keyed by pointer, the shape ASP.NET's ValidationProblemDetails
 * (and so the real API) uses: `{ "/primaryInput/name": ["must not be empty"] }`.
 */
export type SandboxProblem = ProblemDetails & {
  traceId: string;
  errors?: Record<string, string[]>;
  /** How many field problems were found beyond the ones listed in `errors`. */
  omittedErrorCount?: number;
};

/**
 * An answer lists at most this many field problems and counts the rest: a
 * body of a million bad items gets a reply of a few kB, not of hundreds of MB.
 */
export const MAX_LISTED_ERRORS = 100;

const TITLES: Record<number, string> = {
  400: 'The request is invalid.',
  401: 'Authentication is missing or was not accepted.',
  403: 'The caller may not perform this operation.',
  404: 'The resource was not found.',
  405: 'The method is not allowed on this path.',
  410: 'The resource is no longer available.',
  413: 'The request body is too large.',
  500: 'The server failed to handle the request.',
  503: 'The service is temporarily unavailable.',
};

export function problem(
  status: number,
  detail: string,
  options: {
    instance?: string;
    traceId: string;
    fields?: readonly FieldProblem[];
    /** How many problems were found, when `fields` holds only the first of them. */
    totalFields?: number;
  },
): SandboxProblem {
  const body: SandboxProblem = {
    type: `https://httpwg.org/specs/rfc9110.html#status.${status}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: options.instance ?? null,
    traceId: options.traceId,
  };
  const listed = (options.fields ?? []).slice(0, MAX_LISTED_ERRORS);
  if (listed.length > 0) {
    const errors: Record<string, string[]> = {};
    for (const f of listed) {
      const list = errors[f.pointer] ?? [];
      list.push(f.message);
      errors[f.pointer] = list;
    }
    body.errors = errors;
  }
  const total = Math.max(options.totalFields ?? 0, options.fields?.length ?? 0);
  const omitted = total - listed.length;
  if (omitted > 0) body.omittedErrorCount = omitted;
  return body;
}

/** Thrown by handlers for a problem answer; the app turns it into a response. */
export class ProblemError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404,
    readonly detail: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(detail);
    this.name = 'ProblemError';
  }
}

export const badRequest = (detail: string, fields: FieldProblem[] = []) =>
  new ProblemError(400, detail, fields);
export const notFound = (detail: string) => new ProblemError(404, detail);
