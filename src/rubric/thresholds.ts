import type { Comparison } from './conditions';
import {
  type FactPath,
  type FactRange,
  isRangedFact,
  isWhole,
  type PartialFacts,
  type RangedFact,
  rangeInterval,
  readFact,
} from './facts';
import { boundsInterval, contains, intersect, isEmpty, onlyValue } from './intervals';
import type { NeededOptions } from './needed';
import { RUBRIC, type Rubric } from './rubric';
import { resolveScope } from './scope';
import { walk } from './walk';

/**
 * A yes/no question for a number a person doesn't know exactly: "is it over 500?" (`gt`) or
 * "is it 10 or more?" (`gte`). Yes puts the fact on that side of the threshold, no on the other.
 */
export interface ThresholdQuestion {
  fact: RangedFact;
  is: 'gt' | 'gte';
  value: number;
}

/**
 * The threshold the rules read next for a number fact, given the facts so far: the comparison
 * that decides the most on the way to an answer (the tier's 500 vCPUs, the consultation's 25
 * hours). When the decision no longer reads the fact, the first threshold any rule compares it
 * with that is not already answered. `undefined` when no rule reads a threshold of that fact.
 */
export function thresholdQuestion(
  fact: FactPath,
  facts: PartialFacts,
  options: NeededOptions = {},
  rubric: Rubric = RUBRIC,
): ThresholdQuestion | undefined {
  if (!isRangedFact(fact)) return undefined;
  const unknown = new Set(options.unknown ?? []);
  const declined = new Set(options.declined ?? []);
  const cases = walk(rubric, facts, {
    scope: resolveScope(facts, options),
    declined,
    assumable: (path) => unknown.has(path) && path !== fact,
  });
  const read = cases.flatMap((c) => c.toAsk).filter((comparison) => comparison.fact === fact);
  const candidates = [...read, ...(rubric.comparisons.get(fact) ?? [])];
  const known = facts.ranges?.[fact];
  for (const comparison of candidates) {
    const question = asQuestion(fact, comparison);
    if (question && !(known && decides(fact, known, question))) return question;
  }
  return undefined;
}

function asQuestion(fact: RangedFact, comparison: Comparison): ThresholdQuestion | undefined {
  switch (comparison.is) {
    case 'gt':
    case 'lte':
      return { fact, is: 'gt', value: comparison.value };
    case 'gte':
    case 'lt':
      return { fact, is: 'gte', value: comparison.value };
    default:
      return undefined;
  }
}

/** The range an answer gives: yes is the question's side, no the other. */
export function answerRange(question: ThresholdQuestion, answer: boolean): FactRange {
  if (answer) return { [question.is]: question.value };
  return question.is === 'gt' ? { lte: question.value } : { lt: question.value };
}

function decides(fact: RangedFact, range: FactRange, question: ThresholdQuestion): boolean {
  const known = rangeInterval(fact, range);
  const whole = isWhole(fact);
  const yes = boundsInterval(answerRange(question, true));
  const no = boundsInterval(answerRange(question, false));
  return isEmpty(intersect(known, yes), whole) || isEmpty(intersect(known, no), whole);
}

/**
 * The facts with a yes or no to a threshold question recorded: the fact is then known as a
 * range (`ranges`), narrowed by what was known of it. The latest answer wins: an exact value or
 * an earlier range it contradicts is dropped. A range that leaves one value (no to "more than
 * 1 subscription?") records that value.
 */
export function recordThresholdAnswer(
  facts: PartialFacts,
  question: ThresholdQuestion,
  answer: boolean,
): PartialFacts {
  const { fact } = question;
  const whole = isWhole(fact);
  const answered = answerRange(question, answer);
  const exact = readFact(facts, fact);
  if (typeof exact === 'number' && contains(rangeInterval(fact, answered), exact)) return facts;

  const earlier = facts.ranges?.[fact];
  const combined = earlier ? combine(earlier, answered) : answered;
  const range = isEmpty(rangeInterval(fact, combined), whole) ? answered : combined;
  const only = onlyValue(rangeInterval(fact, range), whole);
  const { [fact]: _replaced, ...otherRanges } = facts.ranges ?? {};
  const withoutValue = withValue(facts, fact, only);
  const ranges = only === undefined ? { ...otherRanges, [fact]: range } : otherRanges;
  const { ranges: _old, ...rest } = withoutValue;
  return Object.keys(ranges).length > 0 ? { ...rest, ranges } : rest;
}

/** Both ranges at once: the tighter of each kind of bound. */
function combine(a: FactRange, b: FactRange): FactRange {
  const lower = tighter(a, b, 'lower');
  const upper = tighter(a, b, 'upper');
  return { ...lower, ...upper };
}

function tighter(a: FactRange, b: FactRange, end: 'lower' | 'upper'): FactRange {
  const [strict, loose] = end === 'lower' ? (['gt', 'gte'] as const) : (['lt', 'lte'] as const);
  const candidates = [a, b].flatMap((range): FactRange[] => [
    ...(range[strict] !== undefined ? [{ [strict]: range[strict] }] : []),
    ...(range[loose] !== undefined ? [{ [loose]: range[loose] }] : []),
  ]);
  if (candidates.length === 0) return {};
  const interval = (range: FactRange) => boundsInterval(range);
  return candidates.reduce((best, candidate) => {
    const x = interval(candidate);
    const y = interval(best);
    const narrower =
      end === 'lower'
        ? x.lo > y.lo || (x.lo === y.lo && x.loOpen && !y.loOpen)
        : x.hi < y.hi || (x.hi === y.hi && x.hiOpen && !y.hiOpen);
    return narrower ? candidate : best;
  });
}

/** The facts with one fact set to a value, or removed when the value is undefined. */
function withValue(facts: PartialFacts, fact: RangedFact, value: number | undefined): PartialFacts {
  if (fact === 'partner.expectedHours') {
    const { expectedHours: _old, ...partner } = facts.partner ?? {};
    const next = value === undefined ? partner : { ...partner, expectedHours: value };
    return facts.partner === undefined && value === undefined ? facts : { ...facts, partner: next };
  }
  const { [fact]: _old, ...rest } = facts;
  return value === undefined ? rest : { ...rest, [fact]: value };
}
