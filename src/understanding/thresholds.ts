import { FACT_DOMAINS, RULE_BOOK } from '../rubric';
import { type Comparison, type FactBound, isQuantityFact, type QuantityFact } from './replyTypes';

/** Which side of the rules' thresholds what is known of a number puts it. */

/** The other side of a threshold: not over 500 is 500 or less. */
export function otherSide<Bound extends Comparison>(bound: Bound): Bound {
  const flipped = { gt: 'lte', gte: 'lt', lt: 'gte', lte: 'gt' } as const;
  return { ...bound, is: flipped[bound.is] };
}

/** Whether a number is on the side a comparison names. */
export function holds(comparison: Comparison, value: number): boolean {
  switch (comparison.is) {
    case 'gt':
      return value > comparison.value;
    case 'gte':
      return value >= comparison.value;
    case 'lt':
      return value < comparison.value;
    case 'lte':
      return value <= comparison.value;
  }
}

let rubricThresholds: FactBound[] | undefined;

/** Every comparison of a number fact with a number in the rule book: vCPUs > 500, SKUs ≥ 10, … */
export function thresholdsOfTheRules(): readonly FactBound[] {
  rubricThresholds ??= dedupe(
    Object.values(RULE_BOOK).flatMap((stage: unknown) =>
      rulesOf(stage).flatMap((rule) => comparisonsIn(rule)),
    ),
  );
  return rubricThresholds;
}

/**
 * The thresholds whose side the known comparisons settle, each as the side it is on: "a couple"
 * (at least 2) against subscriptions > 1 gives subscriptions > 1; "under 400" against vCPUs > 500
 * gives vCPUs ≤ 500. Whole-number facts are compared as whole numbers.
 */
export function settledSides(
  fact: QuantityFact,
  known: readonly Comparison[],
  thresholds: readonly FactBound[],
): FactBound[] {
  const whole = FACT_DOMAINS[fact].kind === 'integer';
  const domain = FACT_DOMAINS[fact];
  let low = 'min' in domain ? domain.min : 0;
  let lowOpen = false;
  let high = Infinity;
  let highOpen = false;
  for (const { is, value } of known) {
    if (is === 'gt' || is === 'gte') {
      const open = is === 'gt';
      if (value > low || (value === low && open)) [low, lowOpen] = [value, open];
    } else {
      const open = is === 'lt';
      if (value < high || (value === high && open)) [high, highOpen] = [value, open];
    }
  }
  if (whole) {
    low = lowOpen ? Math.floor(low) + 1 : Math.ceil(low);
    high = highOpen ? Math.ceil(high) - 1 : Math.floor(high);
    lowOpen = false;
    highOpen = false;
  }
  if (low > high || (low === high && (lowOpen || highOpen))) return [];
  const everyValue = (comparison: Comparison) => {
    switch (comparison.is) {
      case 'gt':
        return low > comparison.value || (low === comparison.value && lowOpen);
      case 'gte':
        return low >= comparison.value;
      case 'lt':
        return high < comparison.value || (high === comparison.value && highOpen);
      case 'lte':
        return high <= comparison.value;
    }
  };
  const sides: FactBound[] = [];
  for (const threshold of thresholds) {
    if (threshold.fact !== fact) continue;
    if (everyValue(threshold)) sides.push(threshold);
    else if (everyValue(otherSide(threshold))) sides.push(otherSide(threshold));
  }
  return dedupe(sides);
}

function rulesOf(stage: unknown): unknown[] {
  if (typeof stage !== 'object' || stage === null || !('rules' in stage)) return [];
  return Array.isArray(stage.rules) ? (stage.rules as unknown[]) : [];
}

/** The comparisons in a rule's condition, walked as data (all, any, not, comparisons). */
function comparisonsIn(node: unknown): FactBound[] {
  if (typeof node !== 'object' || node === null) return [];
  if ('when' in node) return comparisonsIn(node.when);
  if ('all' in node && Array.isArray(node.all)) return node.all.flatMap(comparisonsIn);
  if ('any' in node && Array.isArray(node.any)) return node.any.flatMap(comparisonsIn);
  if ('not' in node) return comparisonsIn(node.not);
  if ('fact' in node && 'is' in node && 'value' in node) {
    const { fact, is, value } = node;
    if (
      typeof fact === 'string' &&
      isQuantityFact(fact) &&
      (is === 'gt' || is === 'gte' || is === 'lt' || is === 'lte') &&
      typeof value === 'number'
    ) {
      return [{ fact, is, value }];
    }
  }
  return [];
}

function dedupe(bounds: FactBound[]): FactBound[] {
  const seen = new Map(bounds.map((bound) => [`${bound.fact} ${bound.is} ${bound.value}`, bound]));
  return [...seen.values()];
}
