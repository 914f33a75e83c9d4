import type { FactRef } from './conditions';
import { type CompiledStage, type EvaluationContext, noDerivedValues } from './engine';
import { type FactPath, type PartialFacts, QUESTION_ORDER } from './facts';
import { type CompiledRubric, RUBRIC } from './rubric';

export interface NeededOptions {
  /** ask the partner questions too: only when someone asked about partner support */
  partner?: boolean;
  /** facts the person chose not to give (an absent expectedHours then means a short engagement) */
  declined?: Iterable<FactPath>;
}

/**
 * The facts still needed to decide, in the order to ask them: no more than the rules read on
 * the way to an answer (a GPU customer is never asked about vCPUs; nobody is asked partner
 * questions unless they asked about partner support).
 */
export function factsStillNeeded(
  facts: PartialFacts,
  options: NeededOptions = {},
  rubric: CompiledRubric = RUBRIC,
): FactPath[] {
  const context: EvaluationContext = {
    facts,
    derived: noDerivedValues(),
    declined: new Set(options.declined ?? []),
  };
  const needed = new Set<FactRef>();
  const settle = <Outcome>(stage: CompiledStage<Outcome>, on = context): Outcome | undefined => {
    const { settled, unknown } = stage.settle(on);
    unknown.forEach((ref) => needed.add(ref));
    return settled ? stage.first(on)?.then : undefined;
  };

  const tier = settle(rubric.tier);
  if (tier) context.derived.tier = tier.tier;
  const complexity = settle(rubric.complexity);
  if (complexity) context.derived.technicalComplexity = complexity.technicalComplexity;
  const owner = settle(rubric.owner);
  if (owner?.afterSaleWith) {
    settle(rubric.owner, { ...context, facts: { ...facts, ...owner.afterSaleWith } });
  }
  settle(rubric.blockers);

  if (options.partner || facts.partner) {
    const option = settle(rubric.supportOption);
    if (option) {
      context.derived.supportOption = option.option;
      settle(rubric.caveats);
    }
  }
  // Derived values (the tier, ...) are unknown only through facts already collected above.
  return QUESTION_ORDER.filter((fact) => needed.has(fact));
}
