import {
  type FactPath,
  type PartialFacts,
  readFact,
  recommend,
  type Scope,
  scopeOf,
  type Recommendation,
  UndecidedError,
} from '../rubric';

/** A recommendation when the facts suffice, else the facts still needed. */
export type Advice =
  | { decided: true; facts: PartialFacts; recommendation: Recommendation }
  | { decided: false; facts: PartialFacts; needed: FactPath[] };

/** A recommendation with the facts it was decided on. */
export interface Decided {
  facts: PartialFacts;
  recommendation: Recommendation;
}

/**
 * What was said is all there is (a one-liner, a form): absent facts count as not given, so an
 * absent expectedHours means a short engagement. `partner` asks for the partner facts too.
 */
export function advise(given: PartialFacts, options: { partner?: boolean } = {}): Advice {
  const facts = options.partner && !given.partner ? { ...given, partner: {} } : given;
  try {
    return { decided: true, facts, recommendation: recommend(facts) };
  } catch (error) {
    if (error instanceof UndecidedError) return { decided: false, facts, needed: error.needed };
    throw error;
  }
}

/**
 * Later facts win; partner facts and ranges merge fact by fact, and a value given now replaces
 * what was known of that fact only as a range.
 */
export function mergeFacts(earlier: PartialFacts | undefined, later: PartialFacts): PartialFacts {
  if (!earlier) return later;
  const partner =
    earlier.partner || later.partner ? { ...earlier.partner, ...later.partner } : undefined;
  const merged: PartialFacts = { ...earlier, ...later, ...(partner ? { partner } : {}) };
  const ranges = Object.fromEntries(
    Object.entries({ ...earlier.ranges, ...later.ranges }).filter(
      ([fact]) => readFact(merged, fact as FactPath) === undefined,
    ),
  );
  const { ranges: _replaced, ...rest } = merged;
  return Object.keys(ranges).length > 0 ? { ...rest, ranges } : rest;
}

/**
 * What a message asks about. A partner's support when it says so (the "partner" command, a
 * partner's words or facts), with the customer's capacity too when it also gives capacity facts
 * or asks for an assessment; the customer's capacity otherwise.
 */
export function scopeSaid(
  said: { facts: PartialFacts; partnerAsked: boolean },
  command?: 'assess' | 'partner',
): Scope {
  const partner = command === 'partner' || said.partnerAsked;
  if (!partner) return 'capacity';
  if (command === 'assess') return 'both';
  return scopeOf({ ...said.facts, partner: said.facts.partner ?? {} });
}
