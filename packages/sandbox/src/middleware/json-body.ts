import type { OperationId } from '@workflows-api/types';
import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../app-env.js';
import { type BodyRead, readBodyWithin } from '../body-limit.js';
import { type FieldProblem, ProblemException } from '../problem.js';
import { checkRequestBody } from '../request-validation.js';

const JSON_TYPES = /^(application\/(json|[\w.+-]+\+json)|text\/json)\b/i;

/** The detail of a body the spec rejects names its first bad field, for whoever reads only that. */
function bodyMismatch(fields: readonly FieldProblem[], total: number): string {
  const [first] = fields;
  if (!first) {
    return 'The request body does not match the spec.';
  }
  const more = total > 1 ? ` (and ${total - 1} more)` : '';
  return `The request body does not match the spec: ${first.pointer || '(the body)'} ${first.message}${more}.`;
}

/**
 * Reads the body of an operation that takes one: JSON (or no Content-Type),
 * at most `limitBytes` (a 413 past it), present, parsed and valid by the spec
 * (a 400 naming each bad field). Hands it on as the `body` variable.
 */
export const jsonBody =
  (operationId: OperationId, limitBytes: number): MiddlewareHandler<SandboxEnv> =>
  async (c, next) => {
    const contentType = c.req.header('Content-Type');
    if (contentType && !JSON_TYPES.test(contentType)) {
      throw new ProblemException(400, `The body must be JSON; got Content-Type ${contentType}.`);
    }
    let read: BodyRead;
    try {
      read = await readBodyWithin(c.req.raw, limitBytes);
    } catch (error) {
      // The client went away mid-body: no one reads this answer, and the sandbox did not fail.
      throw new ProblemException(
        400,
        `The request body could not be read: ${(error as Error).message}.`,
      );
    }
    if (!read.ok) {
      // The rest of the body is never read: closing beats draining it to keep the connection.
      throw new ProblemException(
        413,
        `The request body is larger than the sandbox's limit of ${limitBytes} bytes ` +
          `(bodyLimitBytes)${read.declared ? ', by its Content-Length' : ''}.`,
        { headers: { Connection: 'close' } },
      );
    }
    if (read.text.trim() === '') {
      throw new ProblemException(400, 'A JSON request body is required.', {
        fields: [{ pointer: '', message: 'the body is empty' }],
      });
    }
    let body: unknown;
    try {
      body = JSON.parse(read.text);
    } catch (error) {
      throw new ProblemException(400, 'The request body is not valid JSON.', {
        fields: [{ pointer: '', message: (error as Error).message }],
      });
    }
    const checked = await checkRequestBody(operationId, body);
    if (!checked.ok) {
      throw new ProblemException(400, bodyMismatch(checked.fields, checked.total), {
        fields: checked.fields,
        totalFields: checked.total,
      });
    }
    c.set('body', checked.value);
    await next();
  };
