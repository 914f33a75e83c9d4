import type { FactPath, PartialFacts } from './facts';
import { RUBRIC, type Rubric } from './rubric';
import { resolveScope, type ScopeOptions } from './scope';
import { neededIn, walk } from './walk';

export interface NeededOptions extends ScopeOptions {
  /** facts the person chose not to give (an absent expectedHours then means a short engagement) */
  declined?: Iterable<FactPath>;
  /**
   * facts the person said they don't know, even as a side of the threshold: never asked again;
   * the questions go on with what the rules read in every case those facts leave open
   */
  unknown?: Iterable<FactPath>;
}

/**
 * The facts still needed to decide, in the order to ask them: no more than the rules read on
 * the way to an answer (a GPU customer is never asked about vCPUs; nobody is asked partner
 * questions unless they asked about partner support; a partner's own request is asked nothing
 * about the customer's capacity). A number known as a side of a threshold the rules read is
 * not needed again.
 */
export function factsStillNeeded(
  facts: PartialFacts,
  options: NeededOptions = {},
  rubric: Rubric = RUBRIC,
): FactPath[] {
  const scope = resolveScope(facts, options);
  const unknown = new Set(options.unknown ?? []);
  const declined = new Set(options.declined ?? []);
  for (const fact of unknown) declined.delete(fact);
  const cases = walk(rubric, facts, { scope, declined, assumable: (fact) => unknown.has(fact) });
  return neededIn(cases, scope);
}
