/**
 * Sets of numbers between two ends, each end open or closed: what is known of a number fact
 * that was given only as a side of a threshold ("over 500"), and the classes of numbers the
 * rules tell apart.
 */
export interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

/** A range as the facts hold it: each key a bound, as the rules' comparisons name them. */
export interface Bounds {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

const ALL_NUMBERS: Interval = { lo: -Infinity, loOpen: true, hi: Infinity, hiOpen: true };

export function boundsInterval(bounds: Bounds): Interval {
  let interval = ALL_NUMBERS;
  if (bounds.gt !== undefined) interval = intersect(interval, above(bounds.gt, true));
  if (bounds.gte !== undefined) interval = intersect(interval, above(bounds.gte, false));
  if (bounds.lt !== undefined) interval = intersect(interval, below(bounds.lt, true));
  if (bounds.lte !== undefined) interval = intersect(interval, below(bounds.lte, false));
  return interval;
}

/** The values of a comparison with a constant that hold, as an interval (`eq`: one point). */
export function comparisonInterval(
  is: 'gt' | 'gte' | 'lt' | 'lte' | 'eq',
  value: number,
): Interval {
  switch (is) {
    case 'gt':
      return above(value, true);
    case 'gte':
      return above(value, false);
    case 'lt':
      return below(value, true);
    case 'lte':
      return below(value, false);
    case 'eq':
      return { lo: value, loOpen: false, hi: value, hiOpen: false };
  }
}

const above = (lo: number, open: boolean): Interval => ({
  lo,
  loOpen: open,
  hi: Infinity,
  hiOpen: true,
});
const below = (hi: number, open: boolean): Interval => ({
  lo: -Infinity,
  loOpen: true,
  hi,
  hiOpen: open,
});

export function intersect(a: Interval, b: Interval): Interval {
  const lo = a.lo > b.lo ? a : a.lo < b.lo ? b : { lo: a.lo, loOpen: a.loOpen || b.loOpen };
  const hi = a.hi < b.hi ? a : a.hi > b.hi ? b : { hi: a.hi, hiOpen: a.hiOpen || b.hiOpen };
  return { lo: lo.lo, loOpen: lo.loOpen, hi: hi.hi, hiOpen: hi.hiOpen };
}

/** Whole-number facts hold only whole numbers: the interval's ends moved to the nearest inside. */
export function wholeNumbers(interval: Interval): Interval {
  const lo = Number.isFinite(interval.lo)
    ? interval.loOpen
      ? Math.floor(interval.lo) + 1
      : Math.ceil(interval.lo)
    : interval.lo;
  const hi = Number.isFinite(interval.hi)
    ? interval.hiOpen
      ? Math.ceil(interval.hi) - 1
      : Math.floor(interval.hi)
    : interval.hi;
  return {
    lo,
    loOpen: !Number.isFinite(lo),
    hi,
    hiOpen: !Number.isFinite(hi),
  };
}

/** Whether no number (no whole number, for `whole`) lies in the interval. */
export function isEmpty(interval: Interval, whole: boolean): boolean {
  const i = whole ? wholeNumbers(interval) : interval;
  if (i.lo > i.hi) return true;
  return i.lo === i.hi && (i.loOpen || i.hiOpen);
}

export function contains(interval: Interval, value: number): boolean {
  const aboveLo = interval.loOpen ? value > interval.lo : value >= interval.lo;
  const belowHi = interval.hiOpen ? value < interval.hi : value <= interval.hi;
  return aboveLo && belowHi;
}

/** The single value an interval allows, if it allows exactly one. */
export function onlyValue(interval: Interval, whole: boolean): number | undefined {
  const i = whole ? wholeNumbers(interval) : interval;
  return i.lo === i.hi && !i.loOpen && !i.hiOpen ? i.lo : undefined;
}

/**
 * The value in a (non-empty) interval nearest to `target`, whole wherever the interval holds a
 * whole number, so that a what-if proposes "9 VM SKUs", not "9.99".
 */
export function nearest(interval: Interval, target: number): number {
  const whole = wholeNumbers(interval);
  if (!isEmpty(whole, false)) return Math.min(whole.hi, Math.max(whole.lo, Math.round(target)));
  // No whole number inside, e.g. (1.2, 1.7): the target if it is inside, else the middle.
  return contains(interval, target) ? target : (interval.lo + interval.hi) / 2;
}
