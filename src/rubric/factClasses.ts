import type { Comparison } from './conditions';
import {
  FACT_DOMAINS,
  type FactPath,
  type FactRange,
  isWhole,
  rangeInterval,
  type RangedFact,
} from './facts';
import { contains, type Interval, intersect, isEmpty } from './intervals';

/**
 * Every rule compares a fact with a constant, so the rules tell apart only a few classes of
 * each fact's values: which side of each threshold a number is on, which enum value, which set
 * members. A fact not known exactly is known as a set of classes (a bit mask): all of them when
 * nothing is known, fewer once a range or a branch of a conditional answer narrows it.
 */
export class FactClasses {
  /** the mask of every class */
  readonly all: number;

  private constructor(
    readonly fact: FactPath,
    /** one value per class (booleans, enums), the members of a set, or the intervals of a number */
    private readonly kind: 'listed' | 'subsets' | 'numbers',
    private readonly values: readonly unknown[],
    private readonly intervals: readonly Interval[],
    readonly count: number,
  ) {
    if (count > MAX_CLASSES) {
      throw new Error(
        `the rules tell apart ${count} classes of "${fact}": at most ${MAX_CLASSES} fit`,
      );
    }
    this.all = (1 << count) - 1;
  }

  /** Booleans, enums: one class per value. */
  static listed(fact: FactPath, values: readonly unknown[]): FactClasses {
    return new FactClasses(fact, 'listed', values, [], values.length);
  }

  /** Sets: one class per subset; class i holds the members whose bits are set in i. */
  static subsets(fact: FactPath, members: readonly string[]): FactClasses {
    return new FactClasses(fact, 'subsets', members, [], 2 ** members.length);
  }

  /** Numbers: one class per interval (see `numberIntervals`). */
  static numbers(fact: FactPath, intervals: readonly Interval[]): FactClasses {
    return new FactClasses(fact, 'numbers', [], intervals, intervals.length);
  }

  /** The class an exact value is in. */
  classOf(value: unknown): number {
    switch (this.kind) {
      case 'listed':
        return this.values.indexOf(value);
      case 'subsets': {
        let bits = 0;
        for (const member of value as unknown[]) bits |= 1 << this.values.indexOf(member);
        return bits;
      }
      case 'numbers':
        for (let i = 0; i < this.intervals.length; i++) {
          if (contains(this.intervals[i]!, value as number)) return i;
        }
        return -1;
    }
  }

  /** A value of the class. */
  sample(index: number): unknown {
    switch (this.kind) {
      case 'listed':
        return this.values[index];
      case 'subsets':
        return this.values.filter((_, bit) => (index & (1 << bit)) !== 0);
      case 'numbers':
        return valueIn(this.intervals[index]!, isWhole(this.fact));
    }
  }

  /** The classes a range leaves (none for a fact that is not a number). */
  rangeMask(range: FactRange): number {
    if (this.kind !== 'numbers') return 0;
    const known = rangeInterval(this.fact as RangedFact, range);
    let mask = 0;
    this.intervals.forEach((interval, i) => {
      if (!isEmpty(intersect(interval, known), isWhole(this.fact))) mask |= 1 << i;
    });
    return mask;
  }

  /** The classes in which a comparison holds: it holds everywhere in a class or nowhere. */
  holds(comparison: Comparison): number {
    let mask = 0;
    for (let i = 0; i < this.count; i++) if (compare(comparison, this.sample(i))) mask |= 1 << i;
    return mask;
  }
}

/** Masks are 32-bit integers: the sign bit and one more are left alone. */
const MAX_CLASSES = 30;

export function compare(comparison: Comparison, value: unknown): boolean {
  switch (comparison.is) {
    case 'eq':
      return value === comparison.value;
    case 'ne':
      return value !== comparison.value;
    case 'gt':
      return (value as number) > comparison.value;
    case 'gte':
      return (value as number) >= comparison.value;
    case 'lt':
      return (value as number) < comparison.value;
    case 'lte':
      return (value as number) <= comparison.value;
    case 'nonEmpty':
      return (value as unknown[]).length > 0;
    case 'includes':
      return (value as unknown[]).includes(comparison.value);
  }
}

/** The classes of one fact, from the comparisons the rules make of it. */
export function factClasses(fact: FactPath, comparisons: readonly Comparison[]): FactClasses {
  const domain = FACT_DOMAINS[fact];
  switch (domain.kind) {
    case 'boolean':
      return FactClasses.listed(fact, [false, true]);
    case 'enum':
      return FactClasses.listed(fact, domain.values);
    case 'text':
      // No rule reads text; every account name is the same to the rules.
      return FactClasses.listed(fact, ['']);
    case 'set':
      return FactClasses.subsets(fact, domain.values);
    case 'integer':
    case 'number':
      return FactClasses.numbers(
        fact,
        numberIntervals(
          fact as RangedFact,
          comparisons.flatMap((comparison) =>
            'value' in comparison && typeof comparison.value === 'number' ? [comparison.value] : [],
          ),
        ),
      );
  }
}

/**
 * Numbers: the intervals between the thresholds and the thresholds themselves, within what the
 * fact allows ("a whole number, 1 or more"): a comparison with any threshold is the same
 * everywhere in one class.
 */
function numberIntervals(fact: RangedFact, thresholds: number[]): Interval[] {
  const whole = isWhole(fact);
  const domain = rangeInterval(fact, {});
  const points = [...new Set(thresholds)].sort((a, b) => a - b);
  const candidates: Interval[] = [];
  let lo = -Infinity;
  for (const point of points) {
    candidates.push({ lo, loOpen: true, hi: point, hiOpen: true });
    candidates.push({ lo: point, loOpen: false, hi: point, hiOpen: false });
    lo = point;
  }
  candidates.push({ lo, loOpen: true, hi: Infinity, hiOpen: true });
  return candidates
    .map((candidate) => intersect(candidate, domain))
    .filter((candidate) => !isEmpty(candidate, whole));
}

/** A value in a (non-empty) interval: its lowest whole number, or its middle if it has none. */
function valueIn(interval: Interval, whole: boolean): number {
  const lo = interval.loOpen ? Math.floor(interval.lo) + 1 : Math.ceil(interval.lo);
  const hi = interval.hiOpen ? Math.ceil(interval.hi) - 1 : Math.floor(interval.hi);
  if (lo <= hi) return lo;
  if (whole) throw new Error('unreachable: empty classes are dropped');
  return (interval.lo + interval.hi) / 2;
}
