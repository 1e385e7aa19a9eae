import type { Plan } from '../campaigns.js';
import { badRequest } from '../problem.js';

/** What a create or update answers: the plan done, or only previewed (`validateInputOnly`). */
export function carryOut<T>(plan: Plan<T>, validateOnly: boolean | null | undefined): T {
  if (plan.problems.length > 0) {
    throw badRequest(
      'The request names things that do not exist or do not fit together.',
      plan.problems,
    );
  }
  return validateOnly ? plan.preview() : plan.commit();
}
