import {
  type FactPath,
  type PartialFacts,
  recommend,
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

/** Later facts win; partner facts merge field by field. */
export function mergeFacts(earlier: PartialFacts | undefined, later: PartialFacts): PartialFacts {
  if (!earlier) return later;
  const partner =
    earlier.partner || later.partner ? { ...earlier.partner, ...later.partner } : undefined;
  return { ...earlier, ...later, ...(partner ? { partner } : {}) };
}
