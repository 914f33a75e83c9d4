import fc from 'fast-check';
import {
  type CapacityRecommendation,
  decide,
  type Decision,
  type FactPath,
  type Facts,
  factsStillNeeded,
  FACT_PATHS,
  OWNERS,
  type PartialFacts,
  readFact,
  recommend,
  Rubric,
  RULE_BOOK,
  TIERS,
} from '../../src/rubric';
import { compare } from '../../src/rubric/factClasses';
import { completionOf, factsArbitrary, knowingArbitrary, partialOf } from '../support/facts';

const rank = (tier: string) => TIERS.indexOf(tier as (typeof TIERS)[number]);
const RUNS = { numRuns: 2_000 };
const afresh = new Rubric(RULE_BOOK, { rememberDecisions: false });

/** Partial facts as a conversation may hold them, with the complete facts they came from. */
const partialArbitrary = fc
  .tuple(factsArbitrary, knowingArbitrary, factsArbitrary)
  .map(([truth, knowing, other]) => ({ truth, partial: partialOf(truth, knowing), other }));

/** Whether a case's tests all hold of complete facts. */
const holdsOf = (facts: Facts) => (test: { fact: FactPath; is: string; value?: unknown }) => {
  const value = readFact(facts, test.fact);
  switch (test.is) {
    case 'excludes':
      return !(value as unknown[]).includes(test.value);
    case 'empty':
      return (value as unknown[]).length === 0;
    default:
      return compare(test as never, value);
  }
};

describe('rubric properties', () => {
  it('valid facts always give a decision', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const result = recommend(facts);
        expect(OWNERS).toContain(result.owner);
        expect(TIERS).toContain(result.tier);
        expect(result.lifecycle.length).toBeGreaterThan(0);
        expect(result.tierMeaning.meaning.length).toBeGreaterThan(0);
        expect(result.rules.length).toBeGreaterThanOrEqual(4);
        expect(result.scope).toBe(facts.partner === undefined ? 'capacity' : 'both');
        expect(result.supportOption === null).toBe(facts.partner === undefined);
      }),
      RUNS,
    );
  });

  const raises: [string, (facts: Facts, by: number) => Facts][] = [
    ['subscriptions', (f, by) => ({ ...f, subscriptions: f.subscriptions + by })],
    ['regions', (f, by) => ({ ...f, regions: f.regions + by })],
    ['vmSkus', (f, by) => ({ ...f, vmSkus: f.vmSkus + by })],
    ['quotaGroupVcpus', (f, by) => ({ ...f, quotaGroupVcpus: f.quotaGroupVcpus + by })],
    ['monthlySpendUsd', (f, by) => ({ ...f, monthlySpendUsd: f.monthlySpendUsd + by })],
    ['gpuOrRestricted', (f) => ({ ...f, gpuOrRestricted: true })],
  ];

  it.each(raises)('raising %s never lowers the tier', (_fact, raise) => {
    fc.assert(
      fc.property(factsArbitrary, fc.integer({ min: 1, max: 1_000 }), (facts, by) => {
        expect(rank(recommend(raise(facts, by)).tier)).toBeGreaterThanOrEqual(
          rank(recommend(facts).tier),
        );
      }),
      RUNS,
    );
  });

  it('every what-if entry, applied, really changes the owner to the one it names', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const result = recommend(facts);
        for (const entry of result.whatIf) {
          // Complete facts decide every change.
          expect(entry.owner).not.toBeNull();
          const changed = recommend({ ...facts, [entry.fact]: entry.value });
          expect(changed.owner).not.toBe(result.owner);
          expect(changed.owner).toBe(entry.owner);
        }
      }),
      RUNS,
    );
  });

  it('for partial facts, every owner a what-if names is the owner for every completion', () => {
    let named = 0;
    let open = 0;
    fc.assert(
      fc.property(
        partialArbitrary,
        factsArbitrary,
        fc.integer({ min: 0, max: 60 }),
        ({ truth, partial }, other, hours) => {
          // Every fact not given is unknown: the rules decide in cases, each with its what-if.
          const unknown = FACT_PATHS.filter(
            (fact) =>
              readFact(partial, fact) === undefined &&
              partial.ranges?.[fact as never] === undefined,
          );
          const decision = decide(partial, { unknown, declined: [] });
          if (decision.kind === 'needsFacts') return;
          const completion = completionOf(partial, truth, other);
          if (completion.partner) completion.partner.expectedHours ??= hours;
          const cases =
            decision.kind === 'recommendation'
              ? [{ when: [], recommendation: decision.recommendation }]
              : decision.answer.cases;
          for (const c of cases) {
            if (c.recommendation.owner === null || !c.when.every(holdsOf(completion))) continue;
            for (const entry of (c.recommendation as CapacityRecommendation).whatIf) {
              if (entry.owner === null) {
                open += 1;
                expect(entry.needs.length).toBeGreaterThan(0);
                continue;
              }
              named += 1;
              const changed = recommend({ ...completion, [entry.fact]: entry.value });
              expect(changed.owner).toBe(entry.owner);
            }
          }
        },
      ),
      { numRuns: 1_000 },
    );
    // Both kinds of entry were met: the property is not vacuous.
    expect(named).toBeGreaterThan(50);
    expect(open).toBeGreaterThan(0);
  });

  it('the questions, answered from the truth, lead to the decision the truth gives', () => {
    fc.assert(
      fc.property(partialArbitrary, ({ truth, partial }) => {
        let facts = partial;
        const options = { scope: truth.partner ? ('both' as const) : ('capacity' as const) };
        // What the truth leaves out was not given: an absent expected hours is a short one.
        const declined = FACT_PATHS.filter((fact) => readFact(truth, fact) === undefined);
        for (let asked = 0; asked <= FACT_PATHS.length; asked++) {
          const needed = factsStillNeeded(facts, { ...options, declined });
          if (needed.length === 0) break;
          facts = withTruth(facts, truth, needed[0]!);
        }
        const decided = recommend(facts, options) as CapacityRecommendation;
        const expected = recommend(truth);
        expect(decided.owner).toBe(expected.owner);
        expect(decided.afterSale).toEqual(expected.afterSale);
        expect(decided.tier).toBe(expected.tier);
        expect(decided.supportOption?.option).toBe(expected.supportOption?.option);
      }),
      { numRuns: 1_000 },
    );
  });

  it('unknown facts: the cases cover every completion, and each decides as the completion does', () => {
    fc.assert(
      fc.property(
        partialArbitrary,
        fc.subarray([...FACT_PATHS]),
        factsArbitrary,
        fc.integer({ min: 0, max: 60 }),
        ({ truth, partial }, unknown, other, hours) => {
          const options = { unknown, declined: FACT_PATHS };
          const decision = decide(partial, options);
          if (decision.kind === 'needsFacts') return;
          // A completion of the facts not known: the unknown ones and any not needed. A fact
          // not given whose absence means something (no hours: a short engagement) stays absent.
          const completion = completionOf(partial, truth, other);
          if (
            completion.partner &&
            partial.partner?.expectedHours === undefined &&
            partial.ranges?.['partner.expectedHours'] === undefined &&
            !unknown.includes('partner.expectedHours')
          ) {
            delete completion.partner.expectedHours;
          }
          // An unknown number has some value: only a fact not given may be absent.
          if (completion.partner && unknown.includes('partner.expectedHours')) {
            completion.partner.expectedHours ??= hours;
          }
          const expected = recommend(completion, { scope: decisionScope(decision) });
          const matching =
            decision.kind === 'recommendation'
              ? [decision.recommendation]
              : decision.answer.cases
                  .filter((c) => c.when.every(holdsOf(completion)))
                  .map((c) => c.recommendation);
          expect(matching).toHaveLength(1);
          expect(matching[0]!.owner).toBe(expected.owner);
          expect(matching[0]!.supportOption?.option).toBe(expected.supportOption?.option);
          if (decision.kind === 'conditional') {
            const settling = new Set(decision.answer.settledBy);
            for (const c of decision.answer.cases)
              for (const test of c.when) expect(settling.has(test.fact)).toBe(true);
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('remembered decisions equal decisions made afresh: complete and partial facts', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        expect(recommend(facts)).toEqual(recommend(facts, { rubric: afresh }));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(partialArbitrary, fc.boolean(), ({ partial }, partner) => {
        const fresh = decide(partial, { rubric: afresh, partner });
        expect(decide(partial, { partner })).toEqual(fresh);
      }),
      RUNS,
    );
  });

  it('a recommendation is frozen: one caller cannot change another caller’s answer', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const result = recommend(facts);
        expect(Object.isFrozen(result)).toBe(true);
        expect(Object.isFrozen(result.rules)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

function decisionScope(decision: Decision) {
  const scope =
    decision.kind === 'recommendation'
      ? decision.recommendation.scope
      : decision.kind === 'conditional'
        ? decision.answer.scope
        : 'capacity';
  return scope;
}

/** The facts with one more fact answered from the truth (a range answered is replaced). */
function withTruth(facts: PartialFacts, truth: Facts, fact: FactPath): PartialFacts {
  const value = readFact(truth, fact);
  const { [fact as never]: _range, ...ranges } = facts.ranges ?? {};
  const next: PartialFacts = { ...facts, ranges };
  if (Object.keys(ranges).length === 0) delete next.ranges;
  if (fact.startsWith('partner.')) {
    return { ...next, partner: { ...next.partner, [fact.slice('partner.'.length)]: value } };
  }
  return { ...next, [fact]: value };
}
