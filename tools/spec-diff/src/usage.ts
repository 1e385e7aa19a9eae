import { HTTP_METHODS } from '@workflows-api/codegen/model';
import { type Dirs, intersect, isEmpty, REQUEST, RESPONSE, union } from './classify.js';
import { componentOf } from './context.js';
import { isObject, type JsonObject, refPointer, valueAt } from './json.js';

/** The HTTP methods a path item may hold, as codegen's walk of the spec knows them. */
export const METHODS: readonly string[] = HTTP_METHODS;

/** Keywords whose values are data, never schemas or references. */
const DATA_KEYWORDS = new Set(['example', 'examples', 'enum', 'const', 'default']);

/**
 * For every component reached from an operation, whether it travels in
 * requests, responses or both: the same schema change is classified by the
 * side it travels on. `readOnly`/`writeOnly` properties narrow the side.
 */
export function componentUsage(doc: JsonObject): Map<string, Dirs> {
  const usage = new Map<string, Dirs>();

  const visit = (node: unknown, dirs: Dirs): void => {
    if (Array.isArray(node)) {
      for (const item of node) {
        visit(item, dirs);
      }
      return;
    }
    if (!isObject(node)) {
      return;
    }
    if (typeof node.$ref === 'string') {
      const ref = node.$ref;
      const component = componentOf(ref);
      if (component) {
        const before = usage.get(component);
        const after = before ? union(before, dirs) : dirs;
        if (before && before.request === after.request && before.response === after.response) {
          return;
        }
        usage.set(component, after);
      }
      if (ref.startsWith('#')) {
        visit(valueAt(doc, refPointer(ref)), dirs);
      }
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (DATA_KEYWORDS.has(key)) {
        continue;
      }
      if (key === 'properties' && isObject(value)) {
        for (const property of Object.values(value)) {
          // A read-only property of a request does not travel at all: nothing to mark.
          const sides = travels(property, dirs);
          if (!isEmpty(sides)) {
            visit(property, sides);
          }
        }
      } else {
        visit(value, dirs);
      }
    }
  };

  const visitOperation = (op: unknown, inverted: boolean): void => {
    if (!isObject(op)) {
      return;
    }
    const requestSide = inverted ? RESPONSE : REQUEST;
    const responseSide = inverted ? REQUEST : RESPONSE;
    visit(op.parameters, requestSide);
    visit(op.requestBody, requestSide);
    visit(op.responses, responseSide);
    // A callback is a request the API makes: the consumer reads its body and writes its response.
    if (isObject(op.callbacks)) {
      for (const callback of Object.values(op.callbacks)) {
        if (!isObject(callback)) {
          continue;
        }
        if (typeof callback.$ref === 'string') {
          markRef(callback.$ref, requestSide);
          const target = valueAt(doc, refPointer(callback.$ref));
          if (isObject(target)) {
            for (const item of Object.values(target)) {
              visitPathItem(item, !inverted);
            }
          }
        } else {
          for (const item of Object.values(callback)) {
            visitPathItem(item, !inverted);
          }
        }
      }
    }
  };

  const markRef = (ref: string, dirs: Dirs) => {
    const component = componentOf(ref);
    if (component) {
      usage.set(component, union(usage.get(component) ?? dirs, dirs));
    }
  };

  const visitPathItem = (item: unknown, inverted: boolean): void => {
    if (!isObject(item)) {
      return;
    }
    if (typeof item.$ref === 'string') {
      markRef(item.$ref, inverted ? RESPONSE : REQUEST);
      const target = valueAt(doc, refPointer(item.$ref));
      if (target !== item) {
        visitPathItem(target, inverted);
      }
      return;
    }
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) {
        continue;
      }
      // Path-level parameters belong to each operation of the path.
      visit(item.parameters, inverted ? RESPONSE : REQUEST);
      visitOperation(op, inverted);
    }
  };

  if (isObject(doc.paths)) {
    for (const item of Object.values(doc.paths)) {
      visitPathItem(item, false);
    }
  }
  if (isObject(doc.webhooks)) {
    for (const item of Object.values(doc.webhooks)) {
      visitPathItem(item, true);
    }
  }
  return usage;
}

/** The sides a property travels on: `readOnly` ones only in responses, `writeOnly` only in requests. */
function travels(property: unknown, dirs: Dirs): Dirs {
  if (!isObject(property)) {
    return dirs;
  }
  if (property.readOnly === true) {
    return intersect(dirs, RESPONSE);
  }
  if (property.writeOnly === true) {
    return intersect(dirs, REQUEST);
  }
  return dirs;
}

/**
 * Like `travels`, for classifying: a read-only property inside a request-only
 * schema reaches nobody, but generated types still carry it, so its changes
 * are classified with the outer sides rather than dropped.
 */
export function propertyDirs(property: unknown, dirs: Dirs): Dirs {
  const sides = travels(property, dirs);
  return isEmpty(sides) ? dirs : sides;
}
