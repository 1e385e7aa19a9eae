import type { MiddlewareHandler } from 'hono';
import { ProblemException } from '../problem.js';

/** A missing or blank token is a 401; so is one not in `tokens`, when given. */
export const requireToken =
  (header: string, tokens: ReadonlySet<string> | undefined): MiddlewareHandler =>
  async (c, next) => {
    const token = c.req.header(header);
    if (!token || token.trim() === '') {
      throw new ProblemException(401, `Send the API token in the ${header} header.`);
    }
    if (tokens && !tokens.has(token)) {
      throw new ProblemException(401, `The ${header} token was not accepted.`);
    }
    await next();
  };
