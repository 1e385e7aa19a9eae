import { APIError, ConnectionError, TimeoutError, WorkflowsError } from '@workflows-api/client';
import type { GraphQlBulkJob, StandardJobStatusResponse } from '@workflows-api/types';
import { formatPercentage } from './progress.js';
import { escapeControls, shown } from './terminal-text.js';

/** A human summary of a job's status, one fact per line; what the server sent is `shown`. */
export function formatStatus(s: StandardJobStatusResponse): string {
  const lines = [
    `Job ${shown(s.id)}: ${shown(s.status)} ${formatPercentage(s.completionPercentage)}`,
  ];
  lines.push(`  created:   ${shown(s.createdAtUtc)}`);
  if (s.completedAtUtc) {
    lines.push(`  completed: ${shown(s.completedAtUtc)}`);
  }
  if (s.rawResult != null) {
    lines.push(`  result:    inline, ${Buffer.byteLength(s.rawResult)} bytes`);
  } else if (s.url) {
    lines.push(`  result:    download from ${shown(s.url)}`);
  }
  if (s.errors) {
    lines.push('  errors:');
    for (const e of describeErrors(s.errors)) {
      lines.push(`    ${escapeControls(e)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The same summary for a GraphQL bulk job, whose errors come as lists. */
export function formatGraphQlJob(j: GraphQlBulkJob): string {
  const lines = [
    `GraphQL job ${shown(j.id)}: ${shown(j.status)} ${formatPercentage(j.completionPercentage)}`,
  ];
  lines.push(`  created:   ${shown(j.createdAt)}`);
  if (j.completedAt) {
    lines.push(`  completed: ${shown(j.completedAt)}`);
  }
  if (j.rawResult != null) {
    lines.push(`  result:    inline, ${Buffer.byteLength(j.rawResult)} bytes`);
  } else if (j.url) {
    lines.push(`  result:    download from ${shown(j.url)}`);
  }
  for (const [title, errors] of [
    ['query errors', j.queryGqlErrors],
    ['runtime errors', j.runtimeErrors],
  ] as const) {
    if (!errors?.length) {
      continue;
    }
    lines.push(`  ${title}:`);
    for (const e of errors) {
      lines.push(`    ${shown(e)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The `errors` member is free text; when it is a JSON list of `{index, pointer, message}`, list it. */
export function describeErrors(errors: string): string[] {
  try {
    const parsed: unknown = JSON.parse(errors);
    if (Array.isArray(parsed)) {
      return parsed.map((e: { index?: number; pointer?: string; message?: string }) =>
        [
          e.index !== undefined ? `item ${e.index}` : '',
          e.pointer ?? '',
          e.message ?? JSON.stringify(e),
        ]
          .filter(Boolean)
          .join(': '),
      );
    }
  } catch {
    // Not JSON: show it as it came.
  }
  return errors.split('\n');
}

/** What an error prints as: the ProblemDetails members, never a stack trace; server strings `shown`. */
export function formatError(error: unknown, server: string): { text: string; json: unknown } {
  if (error instanceof APIError) {
    const lines = [
      `workflows: ${error.operationId} failed with ${error.status}${error.title ? ` ${shown(error.title)}` : ''}`,
    ];
    if (error.detail) {
      lines.push(`  detail:   ${shown(error.detail)}`);
    }
    if (error.instance) {
      lines.push(`  instance: ${shown(error.instance)}`);
    }
    const { errors, ...rest } = error.extensions as { errors?: unknown };
    for (const [k, v] of Object.entries(rest)) {
      lines.push(
        `  ${`${shown(k)}:`.padEnd(9)} ${shown(typeof v === 'string' ? v : JSON.stringify(v))}`,
      );
    }
    if (errors && typeof errors === 'object') {
      lines.push('  errors:');
      for (const [field, messages] of Object.entries(errors as Record<string, unknown>)) {
        for (const m of Array.isArray(messages) ? messages : [messages]) {
          lines.push(`    ${field ? shown(field) : '(body)'}: ${shown(m)}`);
        }
      }
    }
    if (error.body === undefined || error.body === null || error.body === '') {
      lines.push('  (the answer had no body)');
    }
    return {
      text: `${lines.join('\n')}\n`,
      json: {
        error: {
          status: error.status,
          operationId: error.operationId,
          problem: error.body ?? null,
        },
      },
    };
  }
  if (error instanceof ConnectionError) {
    // The error's own message, never its cause's: the client has redacted the
    // credentials from it (and it already names the underlying reason), while a
    // cause is the runtime's raw error.
    const message = `workflows: cannot reach ${server}: ${error.message}`;
    return {
      text: `${escapeControls(message)}\n`,
      json: { error: { kind: 'connection', message } },
    };
  }
  if (error instanceof TimeoutError || error instanceof WorkflowsError) {
    return {
      text: `workflows: ${shown(error.message)}\n`,
      json: { error: { kind: error.name, message: error.message } },
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { text: `workflows: ${shown(message)}\n`, json: { error: { kind: 'internal', message } } };
}
