import { mergeCases } from './cases';
import { type Comparison, type FactTest, factTest } from './conditions';
import { type EvaluationContext, noDerivedValues } from './engine';
import {
  FACT_DOMAINS,
  type FactPath,
  type Facts,
  type PartialFacts,
  QUESTION_ORDER,
  type QualifyingFactName,
  type RangedFact,
  rangeInterval,
  readFact,
} from './facts';
import { comparisonInterval, intersect, nearest } from './intervals';
import { comparisonsIn, type Rubric } from './rubric';
import type { Owner } from './types';
import { type Case, ownerIfDecided, walk, type WalkOptions } from './walk';

/**
 * The smallest change to one fact that would change the owner. It names the new owner only
 * when the facts known decide it whatever the facts not known turn out to be; otherwise it
 * names the facts it would need.
 */
export interface WhatIf {
  fact: QualifyingFactName;
  /** the change, as a test the fact would then pass: `{ fact: 'vmSkus', is: 'lt', value: 10 }` */
  change: FactTest;
  /** the nearest value after the change */
  value: Facts[QualifyingFactName];
  /** the owner after the change; null when it depends on facts not known */
  owner: Owner | null;
  /** when `owner` is null: the facts not known that would decide it, in question order */
  needs: FactPath[];
}

/** A number's move to the other side of one threshold the owner's rules compare it with. */
interface Side {
  /** the classes of the fact on that side */
  mask: number;
  test: FactTest;
  /** the value on that side nearest to the threshold */
  value: number;
}

/** What the owner depends on: the facts, in question order, and how each number can move. */
interface OwnerReads {
  facts: QualifyingFactName[];
  sides: Map<FactPath, Side[]>;
}

// Worked out once per rubric: it depends on the rule data only.
const ownerReadsByRubric = new WeakMap<Rubric, OwnerReads>();

/**
 * For each fact known, the nearest change that may change the owner. Facts never given have
 * no nearest change; facts known only as a range change from their side of it.
 */
export function whatIf(
  facts: PartialFacts,
  decision: EvaluationContext,
  owner: Owner,
  rubric: Rubric,
): WhatIf[] {
  const reads = ownerReads(rubric);
  // One copy of the facts and of what is known of them, changed one fact at a time and put back.
  const trial: Record<string, unknown> = { ...facts };
  const narrowed = new Map(decision.narrowed);
  const trialFacts = trial as PartialFacts;
  const options: WalkOptions = {
    scope: 'capacity',
    declined: decision.declined,
    narrowed,
    ownerOnly: true,
    assumable: (path) => readFact(trialFacts, path) === undefined,
  };
  const scratch: EvaluationContext = {
    facts: trialFacts,
    derived: noDerivedValues(),
    declined: decision.declined,
    narrowed,
  };
  const entries: WhatIf[] = [];
  for (const fact of reads.facts) {
    const current = trial[fact];
    const knownClasses = narrowed.get(fact);
    for (const change of changesOf(fact, facts, narrowed, reads, rubric)) {
      trial[fact] = change.value;
      if (change.mask !== undefined) narrowed.set(fact, change.mask);
      const quick = ownerIfDecided(rubric, scratch);
      const cases = quick === undefined ? walk(rubric, trialFacts, options) : [];
      trial[fact] = current;
      if (knownClasses === undefined) narrowed.delete(fact);
      else narrowed.set(fact, knownClasses);
      const next = quick ?? onlyOwner(cases);
      if (next === owner) continue;
      entries.push({
        fact,
        change: change.test,
        value: change.shown as Facts[QualifyingFactName],
        owner: next ?? null,
        needs: next === undefined ? factsDeciding(cases) : [],
      });
      break;
    }
  }
  return entries;
}

/** The owner every case agrees on, if they all agree. */
function onlyOwner(cases: readonly Case[]): Owner | undefined {
  const first = cases[0]!.chosen.owner!.then.owner;
  return cases.every((c) => c.chosen.owner!.then.owner === first) ? first : undefined;
}

/** The facts the cases still split on once the splits that change no owner are undone. */
function factsDeciding(cases: readonly Case[]): FactPath[] {
  const merged = mergeCases(
    cases.map((c) => ({ assumed: c.assumed, key: c.chosen.owner!.then.owner, value: c })),
  );
  const split = new Set<string>(
    merged.flatMap((c) => c.assumed.map((assumption) => assumption.comparison.fact)),
  );
  return QUESTION_ORDER.filter((fact) => split.has(fact));
}

interface Change {
  test: FactTest;
  /** the value to try: undefined for a number, which is tried as the classes of its side */
  value: unknown;
  /** the value the entry shows */
  shown: unknown;
  mask?: number;
}

/** The changes worth trying for one fact, nearest first. */
function changesOf(
  fact: QualifyingFactName,
  facts: PartialFacts,
  narrowed: ReadonlyMap<FactPath, number>,
  reads: OwnerReads,
  rubric: Rubric,
): Change[] {
  const current = readFact(facts, fact);
  const domain = FACT_DOMAINS[fact];
  const exactly = (value: unknown, test: FactTest): Change => ({ test, value, shown: value });
  switch (domain.kind) {
    case 'boolean':
      return current === undefined ? [] : [exactly(!current, { fact, is: 'eq', value: !current })];
    case 'enum':
      return current === undefined
        ? []
        : domain.values
            .filter((value) => value !== current)
            .map((value) => exactly(value, { fact, is: 'eq', value }));
    case 'set': {
      if (current === undefined) return [];
      const chosen = current as string[];
      const additions = domain.values
        .filter((value) => !chosen.includes(value))
        .map((value) => exactly([...chosen, value], { fact, is: 'includes', value }));
      return chosen.length > 0 ? [exactly([], { fact, is: 'empty' }), ...additions] : additions;
    }
    case 'integer':
    case 'number': {
      const classes = rubric.classes.get(fact)!;
      const known =
        typeof current === 'number'
          ? 1 << classes.classOf(current)
          : facts.ranges?.[fact as RangedFact] && narrowed.get(fact);
      if (!known) return [];
      const reference =
        typeof current === 'number'
          ? current
          : (classes.sample(31 - Math.clz32(known & -known)) as number);
      // Every value on the other side of a threshold is tried at once (as the classes it
      // covers), so that "9 VM SKUs or fewer" holds for all of them, not only for 9.
      return (reads.sides.get(fact) ?? [])
        .filter((side) => (side.mask & known) === 0)
        .sort((a, b) => Math.abs(a.value - reference) - Math.abs(b.value - reference))
        .map((side) => ({ test: side.test, value: undefined, shown: side.value, mask: side.mask }));
    }
    case 'text':
      return [];
  }
}

function ownerReads(rubric: Rubric): OwnerReads {
  let reads = ownerReadsByRubric.get(rubric);
  if (!reads) {
    const { tier, complexity, owner } = rubric.book;
    const comparisons = new Map<FactPath, Comparison[]>();
    for (const stage of [tier, complexity, owner]) {
      for (const rule of stage.rules) {
        for (const comparison of comparisonsIn(rule.when)) {
          const fact = comparison.fact as FactPath;
          comparisons.set(fact, [...(comparisons.get(fact) ?? []), comparison]);
        }
      }
    }
    const facts = QUESTION_ORDER.filter(
      (fact): fact is QualifyingFactName => comparisons.has(fact) && !fact.startsWith('partner.'),
    );
    const sides = new Map<FactPath, Side[]>();
    for (const fact of facts) {
      const kind = FACT_DOMAINS[fact].kind;
      if (kind !== 'integer' && kind !== 'number') continue;
      sides.set(fact, sidesOf(fact as RangedFact, comparisons.get(fact)!, rubric));
    }
    reads = { facts, sides };
    ownerReadsByRubric.set(rubric, reads);
  }
  return reads;
}

/** Both sides of every threshold comparison, each once. */
function sidesOf(fact: RangedFact, comparisons: Comparison[], rubric: Rubric): Side[] {
  const all = rubric.allClasses(fact);
  const sides: Side[] = [];
  for (const comparison of comparisons) {
    if (
      comparison.is !== 'gt' &&
      comparison.is !== 'gte' &&
      comparison.is !== 'lt' &&
      comparison.is !== 'lte'
    ) {
      continue;
    }
    const holding = rubric.holdsIn(comparison);
    for (const holds of [true, false]) {
      const mask = all & (holds ? holding : ~holding);
      if (mask === 0 || sides.some((side) => side.mask === mask)) continue;
      const test = factTest(comparison, holds) as {
        fact: FactPath;
        is: 'gt' | 'gte' | 'lt' | 'lte';
        value: number;
      };
      const interval = intersect(comparisonInterval(test.is, test.value), rangeInterval(fact, {}));
      sides.push({ mask, test, value: nearest(interval, test.value) });
    }
  }
  return sides;
}
