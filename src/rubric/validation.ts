import type { z } from 'zod';
import { type FactPath, Facts, isRangedFact, PartialFacts, type RangedFact } from './facts';

/** Why a range was refused. */
export const RANGE_PROBLEMS = [
  'noBound',
  'twoLowerBounds',
  'twoUpperBounds',
  'empty',
  'unknownBound',
  'notANumber',
  'notAnObject',
] as const;
export type RangeProblem = (typeof RANGE_PROBLEMS)[number];

/**
 * One thing wrong with the facts given, as data: a code and its parameters. The words people
 * read are rendered from it in one place (`src/words/facts.ts`). `fact` is where it was found,
 * so that a form can mark that input.
 */
export type FactProblem =
  /** a fact the rules need was not given */
  | { code: 'missing'; fact: FactPath }
  /** a fact's value is not one it allows; `received` is the value as sent */
  | { code: 'invalid'; fact: FactPath; received: unknown }
  /** a list fact names one member twice */
  | { code: 'duplicate'; fact: FactPath; received: unknown }
  /** a name that is not a fact: at the top, among the partner facts, or among the ranges */
  | { code: 'unknownFact'; fact: string; name: string; within: 'facts' | 'partner' | 'ranges' }
  /** the facts (or the partner facts, or the ranges) are not a JSON object */
  | { code: 'notAnObject'; fact: '(facts)' | 'partner' | 'ranges'; received: unknown }
  /** a range that can't be read */
  | { code: 'badRange'; fact: RangedFact; reason: RangeProblem; received: unknown }
  /** an exact value outside the range also given for it */
  | { code: 'outsideRange'; fact: RangedFact; received: unknown; range: unknown }
  /** a form's "a partner is asking" switch is neither on nor off */
  | { code: 'badSwitch'; fact: 'partner'; received: unknown }
  /** a form submit that is not an object of inputs */
  | { code: 'notAForm'; fact: '(form)'; received: unknown };

export type FactProblemCode = FactProblem['code'];

export type ParseResult<T> = { ok: true; facts: T } | { ok: false; problems: FactProblem[] };

/** Complete facts: everything the rubric needs to decide. */
export function parseFacts(input: unknown): ParseResult<Facts> {
  return toResult(Facts.safeParse(input), input);
}

/** Facts gathered so far; what is given must still be valid. */
export function parsePartialFacts(input: unknown): ParseResult<PartialFacts> {
  return toResult(PartialFacts.safeParse(input), input);
}

/** A fact the rules need that was not given. */
export function missingFact(fact: FactPath): FactProblem {
  return { code: 'missing', fact };
}

function toResult<T>(result: z.ZodSafeParseResult<T>, input: unknown): ParseResult<T> {
  if (result.success) return { ok: true, facts: result.data };
  const problems = result.error.issues.flatMap((issue) => problemsOf(issue, input));
  return { ok: false, problems: dedupe(problems) };
}

function problemsOf(issue: z.core.$ZodIssue, input: unknown): FactProblem[] {
  const path = issue.path.map(String);
  if (path[0] === 'ranges') return rangeProblems(issue, path.slice(1), input);
  if (issue.code === 'unrecognized_keys') {
    const within = path[0] === 'partner' ? 'partner' : 'facts';
    return issue.keys.map((name) => ({
      code: 'unknownFact' as const,
      fact: within === 'partner' ? `partner.${name}` : name,
      name,
      within,
    }));
  }
  if (path.length === 0) return [{ code: 'notAnObject', fact: '(facts)', received: input }];
  if (path.length === 1 && path[0] === 'partner') {
    return [{ code: 'notAnObject', fact: 'partner', received: readPath(input, path) }];
  }
  // Set members ("designReview.1") are reported against the set itself.
  const fact = (path[0] === 'partner' ? `partner.${path[1]}` : path[0]) as FactPath;
  const received = readPath(
    input,
    fact.startsWith('partner.') ? path.slice(0, 2) : path.slice(0, 1),
  );
  if (received === undefined) return [missingFact(fact)];
  if (issue.code === 'custom' && reasonOf(issue) === 'duplicate') {
    return [{ code: 'duplicate', fact, received }];
  }
  return [{ code: 'invalid', fact, received }];
}

function rangeProblems(issue: z.core.$ZodIssue, path: string[], input: unknown): FactProblem[] {
  const ranges = readPath(input, ['ranges']);
  if (path.length === 0) {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((name) => ({
        code: 'unknownFact' as const,
        fact: `ranges.${name}`,
        name,
        within: 'ranges' as const,
      }));
    }
    return [{ code: 'notAnObject', fact: 'ranges', received: ranges }];
  }
  const fact = path[0]!;
  if (!isRangedFact(fact)) return [];
  const received = readPath(ranges, [fact]);
  const reason = reasonOf(issue);
  if (reason === 'outsideRange') {
    const exact = readPath(input, fact.startsWith('partner.') ? fact.split('.') : [fact]);
    return [{ code: 'outsideRange', fact, received: exact, range: received }];
  }
  const problem: RangeProblem =
    reason && (RANGE_PROBLEMS as readonly string[]).includes(reason)
      ? (reason as RangeProblem)
      : issue.code === 'unrecognized_keys'
        ? 'unknownBound'
        : path.length > 1
          ? 'notANumber'
          : 'notAnObject';
  return [{ code: 'badRange', fact, reason: problem, received }];
}

const reasonOf = (issue: z.core.$ZodIssue): string | undefined =>
  issue.code === 'custom' ? (issue.params as { reason?: string } | undefined)?.reason : undefined;

function readPath(input: unknown, path: string[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function dedupe(problems: FactProblem[]): FactProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.code} ${problem.fact}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
