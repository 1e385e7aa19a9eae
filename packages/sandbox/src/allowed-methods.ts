import { ProblemException } from './problem.js';

/** A method served on a path template such as `/campaign/{id}/version`. */
export interface MethodOnPath {
  method: string;
  path: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A template's `{name}` matches one path segment, as the router's `:name` does. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{[^}]+\}/).map(escapeRegExp);
  return new RegExp(`^${parts.join('[^/]+')}$`);
}

/**
 * Answers which methods the routes define for a concrete path, or undefined
 * when no route has that path: the `Allow` header of a 405, which tells an
 * unknown method on a known path apart from a path that does not exist.
 */
export function allowedMethodsOf(
  routes: Iterable<MethodOnPath>,
): (path: string) => readonly string[] | undefined {
  const byTemplate = new Map<string, { pattern: RegExp; methods: string[] }>();
  for (const { method, path } of routes) {
    const entry = byTemplate.get(path) ?? { pattern: templatePattern(path), methods: [] };
    if (!entry.methods.includes(method)) {
      entry.methods.push(method);
    }
    byTemplate.set(path, entry);
  }
  const entries = [...byTemplate.values()];
  return (path) => {
    const methods = new Set<string>();
    for (const entry of entries) {
      if (entry.pattern.test(path)) {
        for (const m of entry.methods) {
          methods.add(m);
        }
      }
    }
    return methods.size > 0 ? [...methods] : undefined;
  };
}

/** A 405 lists, in `Allow`, the methods defined for the path (RFC 9110 §15.5.6). */
export function methodNotAllowed(
  method: string,
  path: string,
  allowed: readonly string[],
): ProblemException {
  const allow = allowed.join(', ');
  return new ProblemException(405, `${method} is not allowed on ${path}; it takes ${allow}.`, {
    headers: { Allow: allow },
  });
}
