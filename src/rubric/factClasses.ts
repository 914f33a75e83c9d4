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
export interface FactClasses {
  readonly fact: FactPath;
  /** the mask of every class */
  readonly all: number;
  /** the class an exact value is in */
  classOf(value: unknown): number;
  /** the classes a range leaves */
  rangeMask(range: FactRange): number;
  /** the classes in which a comparison holds */
  holds(comparison: Comparison): number;
  /** a value of the class, nearest to `near` where the fact is a number */
  sample(index: number, near?: number): unknown;
  /** for number facts: the values of the class */
  interval(index: number): Interval | undefined;
}

/** Bits of a mask are JavaScript's 32-bit integers; one bit is left for the sign. */
const MAX_CLASSES = 31;

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
      return listed(fact, [false, true]);
    case 'enum':
      return listed(fact, domain.values);
    case 'text':
      // No rule reads text; every account name is the same to the rules.
      return listed(fact, ['']);
    case 'set':
      return subsets(fact, domain.values);
    case 'integer':
    case 'number':
      return numbers(
        fact as RangedFact,
        comparisons.flatMap((comparison) =>
          'value' in comparison && typeof comparison.value === 'number' ? [comparison.value] : [],
        ),
      );
  }
}

function checked<T extends FactClasses>(classes: T, count: number): T {
  if (count > MAX_CLASSES) {
    throw new Error(
      `the rules tell apart ${count} classes of "${classes.fact}": at most ${MAX_CLASSES} fit`,
    );
  }
  return classes;
}

function holdsBy(count: number, sample: (index: number) => unknown) {
  return (comparison: Comparison): number => {
    let mask = 0;
    for (let i = 0; i < count; i++) if (compare(comparison, sample(i))) mask |= 1 << i;
    return mask;
  };
}

/** Booleans, enums: one class per value. */
function listed(fact: FactPath, values: readonly unknown[]): FactClasses {
  const sample = (index: number) => values[index];
  return checked(
    {
      fact,
      all: (1 << values.length) - 1,
      classOf: (value) => values.indexOf(value),
      rangeMask: () => 0,
      holds: holdsBy(values.length, sample),
      sample,
      interval: () => undefined,
    },
    values.length,
  );
}

/** Sets: one class per subset; class i holds the members whose bits are set in i. */
function subsets(fact: FactPath, members: readonly string[]): FactClasses {
  const count = 2 ** members.length;
  const sample = (index: number) => members.filter((_, bit) => (index & (1 << bit)) !== 0);
  return checked(
    {
      fact,
      all: count === 32 ? -1 : (1 << count) - 1,
      classOf: (value) => {
        let bits = 0;
        for (const member of value as string[]) bits |= 1 << members.indexOf(member);
        return bits;
      },
      rangeMask: () => 0,
      holds: holdsBy(count, sample),
      sample,
      interval: () => undefined,
    },
    count,
  );
}

/**
 * Numbers: the intervals between the thresholds and the thresholds themselves, within what the
 * fact allows ("a whole number, 1 or more"): a comparison with any threshold is the same
 * everywhere in one class.
 */
function numbers(fact: RangedFact, thresholds: number[]): FactClasses {
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
  const intervals = candidates
    .map((candidate) => intersect(candidate, domain))
    .filter((candidate) => !isEmpty(candidate, whole));
  const sample = (index: number, near?: number) => nearestIn(intervals[index]!, whole, near);
  const holds = holdsBy(intervals.length, (index) => sample(index));
  return checked(
    {
      fact,
      all: (1 << intervals.length) - 1,
      classOf: (value) => {
        for (let i = 0; i < intervals.length; i++) {
          if (contains(intervals[i]!, value as number)) return i;
        }
        return -1;
      },
      rangeMask: (range) => {
        const known = rangeInterval(fact, range);
        let mask = 0;
        intervals.forEach((interval, i) => {
          if (!isEmpty(intersect(interval, known), whole)) mask |= 1 << i;
        });
        return mask;
      },
      holds,
      sample,
      interval: (index) => intervals[index],
    },
    intervals.length,
  );
}

/** A value in the interval, whole for whole-number facts and, where it can be, whole anyway. */
function nearestIn(interval: Interval, whole: boolean, near = interval.lo): number {
  const lo = interval.loOpen ? Math.floor(interval.lo) + 1 : Math.ceil(interval.lo);
  const hi = interval.hiOpen ? Math.ceil(interval.hi) - 1 : Math.floor(interval.hi);
  if (lo <= hi) {
    const target = Number.isFinite(near) ? Math.round(near) : lo;
    return Math.min(hi, Math.max(lo, Number.isFinite(target) ? target : 0));
  }
  if (whole) throw new Error('unreachable: empty classes are dropped');
  // No whole number inside, e.g. (50000, 50000.5): its middle.
  return (interval.lo + interval.hi) / 2;
}
