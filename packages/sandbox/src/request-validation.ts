import type { OperationId } from '@workflows-api/types';
import {
  type JsonSchema,
  operationSchemas,
  operationValidation,
  schemas,
  type ValidationIssue,
  validateRequest,
} from '@workflows-api/validators';
import { type FieldProblem, MAX_LISTED_ERRORS } from './problem.js';

export type BodyCheck =
  | { ok: true; value: unknown }
  /** `fields`: the first problems, explained; `total`: how many there are in all. */
  | { ok: false; fields: FieldProblem[]; total: number };

/**
 * The one place the sandbox checks a request body against the spec, through
 * the generated validators, so the sandbox accepts exactly what the spec does.
 */
export function checkRequestBody(operationId: OperationId, body: unknown): BodyCheck {
  const result = validateRequest(operationId, body);
  if (result.valid) return { ok: true, value: result.value };
  const root = operationValidation[operationId].request?.validator;
  // Only the listed problems are explained: the rest are counted, not worked on.
  return {
    ok: false,
    fields: result.errors
      .slice(0, MAX_LISTED_ERRORS)
      .map((e) => ({ pointer: e.path, message: explain(e, root) })),
    total: result.errors.length,
  };
}

const MAX_LISTED = 12;

/**
 * An unknown property says which properties its object takes: a field the API
 * dropped (a campaign update's `budget.budgetInAdvertiserCurrency`) then reads
 * "is not allowed: CampaignUpdateWorkflowBudgetInput takes only pacingMode".
 */
function explain(issue: ValidationIssue, root: string | undefined): string {
  if (issue.keyword !== 'additionalProperties' || root === undefined) return issue.message;
  const tokens = issue.path.split('/').slice(1).map(unescapeToken);
  const holder = schemaAt(schemaNamed(root), tokens.slice(0, -1));
  const properties = holder?.properties as Record<string, unknown> | undefined;
  if (!holder || !properties) return issue.message;
  const names = Object.keys(properties);
  const listed =
    names.length > MAX_LISTED
      ? `${names.slice(0, MAX_LISTED).join(', ')} and ${names.length - MAX_LISTED} more`
      : names.join(', ');
  const owner = typeof holder.$id === 'string' ? `${holder.$id} ` : 'this object ';
  return names.length === 0
    ? `is not allowed: ${owner}takes no properties`
    : `is not allowed: ${owner}takes only ${listed}`;
}

const unescapeToken = (t: string) => t.replace(/~1/g, '/').replace(/~0/g, '~');

const schemaNamed = (name: string): JsonSchema | undefined =>
  Object.hasOwn(schemas, name)
    ? schemas[name as keyof typeof schemas]
    : Object.hasOwn(operationSchemas, name)
      ? operationSchemas[name]
      : undefined;

/** Follows `$ref`s (names of component schemas); the count bounds a cycle of bare refs. */
function deref(schema: JsonSchema | undefined): JsonSchema | undefined {
  let current = schema;
  for (let hops = 0; hops < 16 && typeof current?.$ref === 'string'; hops++) {
    current = schemaNamed(current.$ref);
  }
  return current;
}

/** The schema of the value at `tokens` (a body pointer's segments), through properties and items. */
function schemaAt(root: JsonSchema | undefined, tokens: readonly string[]): JsonSchema | undefined {
  let schema = deref(root);
  for (const token of tokens) {
    if (!schema) return undefined;
    const properties = schema.properties as Record<string, JsonSchema> | undefined;
    const next =
      properties && Object.hasOwn(properties, token)
        ? properties[token]
        : /^\d+$/.test(token)
          ? (schema.items as JsonSchema | undefined)
          : undefined;
    schema = deref(next);
  }
  return schema;
}
