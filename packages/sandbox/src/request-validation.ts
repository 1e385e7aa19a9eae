import type { OperationId } from '@workflows-api/types';
import { operationValidation, type ValidationIssue } from '@workflows-api/validators';
import { validateBounded } from './bounded-validation.js';
import { type FieldProblem, MAX_LISTED_ERRORS } from './problem.js';
import { schemaAt, schemaNamed } from './schema-at.js';

export type BodyCheck =
  | { ok: true; value: unknown }
  /** `fields`: the first problems, explained; `total`: how many there are in all. */
  | { ok: false; fields: FieldProblem[]; total: number };

/**
 * The one place the sandbox checks a request body against the spec, through
 * the generated validators, so the sandbox accepts exactly what the spec does.
 */
export async function checkRequestBody(
  operationId: OperationId,
  body: unknown,
): Promise<BodyCheck> {
  const root = operationValidation[operationId].request?.validator;
  const schema = root === undefined ? undefined : schemaNamed(root);
  const found = await validateBounded(operationId, body, schema, MAX_LISTED_ERRORS);
  // The validators never change the body: valid, it is the value.
  if (found.total === 0) {
    return { ok: true, value: body };
  }
  // Only the listed problems are explained: the rest are counted, not worked on.
  return {
    ok: false,
    fields: found.listed.map((e) => ({ pointer: e.path, message: explain(e, root) })),
    total: found.total,
  };
}

const MAX_LISTED = 12;

/**
 * An unknown property says which properties its object takes: a field the API
 * dropped (a campaign update's `budget.budgetInAdvertiserCurrency`) then reads
 * "is not allowed: CampaignUpdateWorkflowBudgetInput takes only pacingMode".
 */
function explain(issue: ValidationIssue, root: string | undefined): string {
  if (issue.keyword !== 'additionalProperties' || root === undefined) {
    return issue.message;
  }
  const tokens = issue.path.split('/').slice(1).map(unescapeToken);
  const holder = schemaAt(schemaNamed(root), tokens.slice(0, -1));
  const properties = holder?.properties as Record<string, unknown> | undefined;
  if (!holder || !properties) {
    return issue.message;
  }
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
