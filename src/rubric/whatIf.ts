import { factsRead, thresholds } from './conditions';
import {
  FACT_DOMAINS,
  type Facts,
  type PartialFacts,
  QUESTION_ORDER,
  type QualifyingFactName,
  withFixedShape,
} from './facts';
import type { CompiledRubric, OwnerDecision } from './rubric';
import type { Owner, Stage } from './types';
import { describeChange } from './words';

/** The smallest change to one fact that would change the owner. */
export interface WhatIf {
  fact: QualifyingFactName;
  /** the change in words: "9 VM SKUs or fewer" */
  change: string;
  /** the fact's value after the change */
  value: Facts[QualifyingFactName];
  owner: Owner;
}

type Limit = { is: string; value: number };

/** How one fact can move the owner: the values worth trying, nearest first. */
interface FactPlan {
  fact: QualifyingFactName;
  candidates: (current: unknown) => unknown[];
}

// Plans depend only on the rule book, so they are worked out once per rubric.
const plansByRubric = new WeakMap<CompiledRubric, FactPlan[]>();

/** For each fact, the smallest change that changes the owner (facts that can't are left out). */
export function whatIf(
  facts: PartialFacts,
  decision: OwnerDecision,
  rubric: CompiledRubric,
): WhatIf[] {
  const owner = decision.owner.then.owner;
  const entries: WhatIf[] = [];
  // One copy, changed one fact at a time and put back: trial decisions allocate nothing.
  const trial = withFixedShape(facts) as Record<string, unknown>;
  for (const plan of plansFor(rubric)) {
    const current = facts[plan.fact];
    if (current === undefined) continue; // a fact never given has no nearest change
    for (const value of plan.candidates(current)) {
      trial[plan.fact] = value;
      const next = rubric.ownerOf(trial as PartialFacts);
      trial[plan.fact] = current;
      if (next !== owner) {
        entries.push({
          fact: plan.fact,
          change: describeChange(plan.fact, current, value),
          value: value as Facts[QualifyingFactName],
          owner: next,
        });
        break;
      }
    }
  }
  return entries;
}

function plansFor(rubric: CompiledRubric): FactPlan[] {
  let plans = plansByRubric.get(rubric);
  if (!plans) {
    const stages: Stage<unknown>[] = [rubric.book.tier, rubric.book.complexity, rubric.book.owner];
    const conditions = stages.flatMap((stage) => stage.rules.map((rule) => rule.when));
    const read = new Set<string>(conditions.flatMap(factsRead));
    const limits = conditions.flatMap(thresholds);
    plans = QUESTION_ORDER.filter((fact): fact is QualifyingFactName => read.has(fact)).map(
      (fact) =>
        planFor(
          fact,
          limits.filter((limit) => limit.fact === fact),
        ),
    );
    plansByRubric.set(rubric, plans);
  }
  return plans;
}

function planFor(fact: QualifyingFactName, limits: Limit[]): FactPlan {
  const domain = FACT_DOMAINS[fact];
  switch (domain.kind) {
    case 'boolean':
      return {
        fact,
        candidates: (current) => [!current],
      };
    case 'enum':
      return {
        fact,
        candidates: (current) => domain.values.filter((value) => value !== current),
      };
    case 'set':
      return {
        fact,
        candidates: (current) => {
          const chosen = current as string[];
          const additions = domain.values
            .filter((value) => !chosen.includes(value))
            .map((value) => [...chosen, value]);
          return chosen.length > 0 ? [[], ...additions] : additions;
        },
      };
    case 'integer':
    case 'number':
      return {
        fact,
        candidates: (current) => {
          const value = current as number;
          const crossings: number[] = [];
          for (const limit of limits) {
            const candidate = crossing(limit, value);
            if (candidate >= domain.min && candidate !== value && !crossings.includes(candidate)) {
              crossings.push(candidate);
            }
          }
          return crossings.sort((a, b) => Math.abs(a - value) - Math.abs(b - value));
        },
      };
    case 'text':
      return { fact, candidates: () => [] };
  }
}

/** The nearest whole value on the other side of a threshold from `value`. */
function crossing(limit: Limit, value: number): number {
  const c = limit.value;
  switch (limit.is) {
    case 'gt':
      return value > c ? c : Math.floor(c) + 1;
    case 'gte':
      return value >= c ? Math.ceil(c) - 1 : c;
    case 'lt':
      return value < c ? c : Math.ceil(c) - 1;
    default:
      return value <= c ? Math.floor(c) + 1 : c;
  }
}
