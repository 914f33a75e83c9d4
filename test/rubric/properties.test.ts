import fc from 'fast-check';
import { CompiledRubric, type Facts, OWNERS, recommend, RULE_BOOK, TIERS } from '../../src/rubric';
import { factsArbitrary } from '../support/facts';

const rank = (tier: string) => TIERS.indexOf(tier as (typeof TIERS)[number]);
const RUNS = { numRuns: 2_000 };

describe('rubric properties', () => {
  it('valid facts always give a decision', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const result = recommend(facts);
        expect(OWNERS).toContain(result.owner);
        expect(TIERS).toContain(result.tier);
        expect(result.lifecycle.length).toBeGreaterThan(0);
        expect(result.rules.length).toBeGreaterThanOrEqual(3);
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
          const changed = recommend({ ...facts, [entry.fact]: entry.value });
          expect(changed.owner).not.toBe(result.owner);
          expect(changed.owner).toBe(entry.owner);
        }
      }),
      RUNS,
    );
  });

  it('remembered decisions equal decisions computed afresh', () => {
    const fresh = new CompiledRubric(RULE_BOOK, { rememberDecisions: false });
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        expect(recommend(facts)).toEqual(recommend(facts, fresh));
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
