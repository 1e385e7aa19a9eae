import type { ProblemDetails } from '@workflows-api/types';
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

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
  if (omitted > 0) {
    body.omittedErrorCount = omitted;
  }
  return body;
}

export type ProblemStatus = 400 | 401 | 403 | 404 | 405 | 410 | 413 | 500;

/**
 * A problem answer, thrown by middleware or a handler. Hono's error handling
 * carries it to the app's `onError`, which renders it with `renderProblem`
 * (adding the request's `instance` and a `traceId`).
 */
export class ProblemException extends HTTPException {
  override readonly status: ProblemStatus;
  readonly detail: string;
  readonly fields: readonly FieldProblem[];
  /** How many field problems were found in all, when `fields` holds only the first. */
  readonly totalFields: number;
  /** Headers of the answer, e.g. `Allow` on a 405. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: ProblemStatus,
    detail: string,
    options: {
      fields?: readonly FieldProblem[];
      totalFields?: number;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(status, { message: detail });
    this.name = 'ProblemException';
    this.status = status;
    this.detail = detail;
    this.fields = options.fields ?? [];
    this.totalFields = options.totalFields ?? this.fields.length;
    this.headers = options.headers ?? {};
  }
}

export const badRequest = (detail: string, fields: readonly FieldProblem[] = []) =>
  new ProblemException(400, detail, { fields });
export const notFound = (detail: string) => new ProblemException(404, detail);

/** The ProblemDetails answer of a thrown problem; `traceId` is the sandbox's next. */
export const renderProblem = (c: Context, error: ProblemException, traceId: string): Response =>
  c.json(
    problem(error.status, error.detail, {
      instance: c.req.path,
      traceId,
      fields: error.fields,
      totalFields: error.totalFields,
    }),
    error.status,
    { ...error.headers },
  );

/** Renders thrown problems; anything else is the sandbox failing, a 500 that says so. */
export const problemHandler =
  (nextTraceId: () => string): ErrorHandler =>
  (error, c) => {
    if (error instanceof ProblemException) {
      return renderProblem(c, error, nextTraceId());
    }
    // biome-ignore lint/suspicious/noConsole: a server reports its own failure on stderr, where its operator looks
    console.error('sandbox: handler failed:', error);
    return renderProblem(
      c,
      new ProblemException(500, `The sandbox failed: ${error.message}`),
      nextTraceId(),
    );
  };
