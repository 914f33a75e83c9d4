import { hasOwner, type PartialFacts, recommend, type WhatIf } from '../../src/rubric';
import { describeChange } from '../../src/words/facts';
import { whatIfLine } from '../../src/words/rubric';
import { simpleFacts } from '../support/facts';

/** Each what-if entry with its change in words, as the card and the CLI show it. */
const entries = (facts: PartialFacts) => {
  const recommendation = recommend(facts);
  if (!hasOwner(recommendation)) throw new Error('expected an owner');
  return recommendation.whatIf.map((entry) => ({ ...entry, words: describeChange(entry.change) }));
};
const entryFor = (facts: PartialFacts, fact: WhatIf['fact']) =>
  entries(facts).find((entry) => entry.fact === fact);

describe('what-if: the smallest change to each fact that changes the owner', () => {
  it('14 SKUs on one subscription and region: 9 SKUs or fewer → CSAM', () => {
    const facts = simpleFacts({ vmSkus: 14, processCoordination: true });
    expect(recommend(facts).owner).toBe('CSA');
    expect(entryFor(facts, 'vmSkus')).toEqual({
      fact: 'vmSkus',
      change: { fact: 'vmSkus', is: 'lt', value: 10 },
      value: 9,
      owner: 'CSAM',
      needs: [],
      words: '9 VM SKUs or fewer',
    });
  });

  it('thresholds are crossed at their exact boundary', () => {
    expect(entryFor(simpleFacts({ monthlySpendUsd: 80_000 }), 'monthlySpendUsd')).toMatchObject({
      change: { fact: 'monthlySpendUsd', is: 'lte', value: 50_000 },
      value: 50_000,
      owner: 'self-serve',
      words: '$50,000 a month or less',
    });
    expect(entryFor(simpleFacts({ quotaGroupVcpus: 100 }), 'quotaGroupVcpus')).toMatchObject({
      change: { fact: 'quotaGroupVcpus', is: 'gt', value: 500 },
      value: 501,
      owner: 'CSA',
      words: '501 vCPUs in the largest quota group or more',
    });
    expect(entryFor(simpleFacts({ monthlySpendUsd: 100 }), 'monthlySpendUsd')).toMatchObject({
      value: 50_001,
      words: 'over $50,000 a month',
    });
  });

  it('lowering to the minimum says "only"', () => {
    expect(entryFor(simpleFacts({ subscriptions: 3 }), 'subscriptions')).toMatchObject({
      value: 1,
      words: 'only 1 subscription',
    });
  });

  it('booleans, stage and design reviews are phrased for people', () => {
    const facts = simpleFacts();
    expect(recommend(facts).owner).toBe('self-serve');
    const byFact = Object.fromEntries(entries(facts).map((entry) => [entry.fact, entry]));
    expect(byFact.supportContract).toMatchObject({
      words: 'without a support contract',
      owner: 'SE',
    });
    expect(byFact.salesStage).toMatchObject({ words: 'pre-sales', owner: 'SE' });
    expect(byFact.gpuOrRestricted).toMatchObject({ words: 'GPU or restricted SKUs', owner: 'CSA' });
    expect(byFact.processCoordination).toMatchObject({
      words: 'process coordination needed',
      owner: 'CSAM',
    });
    expect(byFact.designReview).toMatchObject({
      words: 'a forecast validation design review',
      value: ['forecast'],
      owner: 'CSA',
    });
  });

  it('leaves out facts that cannot change the owner', () => {
    // Without a contract the SE owns it whatever the sizing is.
    expect(entries(simpleFacts({ supportContract: false })).map((entry) => entry.fact)).toEqual([
      'supportContract',
    ]);
  });
});

describe('what-if with facts not known: an owner only where the facts known decide it', () => {
  // The facts of the issue: stage, contract, GPU and vCPUs, nothing else.
  const few: PartialFacts = {
    salesStage: 'postsales',
    supportContract: true,
    gpuOrRestricted: true,
    quotaGroupVcpus: 100,
  };

  it('GPU off leaves the owner to facts never given: it names them, not an owner', () => {
    expect(recommend(few).owner).toBe('CSA');
    expect(entryFor(few, 'gpuOrRestricted')).toEqual({
      fact: 'gpuOrRestricted',
      change: { fact: 'gpuOrRestricted', is: 'eq', value: false },
      value: false,
      owner: null,
      needs: [
        'monthlySpendUsd',
        'subscriptions',
        'regions',
        'vmSkus',
        'designReview',
        'processCoordination',
      ],
      words: 'no GPU or restricted SKUs',
    });
  });

  it('a change the known facts decide still names its owner', () => {
    expect(entryFor(few, 'supportContract')).toMatchObject({ owner: 'SE', needs: [] });
    expect(entryFor(few, 'salesStage')).toMatchObject({ owner: 'SE', needs: [] });
  });

  it('"with a support contract" names no owner while coordination was never asked', () => {
    const facts: PartialFacts = {
      salesStage: 'postsales',
      supportContract: false,
      gpuOrRestricted: false,
      quotaGroupVcpus: 100,
      monthlySpendUsd: 100,
      subscriptions: 1,
      regions: 1,
      vmSkus: 3,
      designReview: [],
    };
    expect(recommend(facts).owner).toBe('SE');
    const entry = entryFor(facts, 'supportContract')!;
    expect(entry).toMatchObject({ owner: null, needs: ['processCoordination'] });
    expect(whatIfLine(entry)).toBe(
      'with a support contract → depends on whether the customer needs the capacity process coordinated',
    );
  });

  it('a number known only as a range changes from its side of the threshold', () => {
    const facts = simpleFacts({ processCoordination: true });
    const { quotaGroupVcpus: _exact, ...rest } = facts;
    const ranged: PartialFacts = { ...rest, ranges: { quotaGroupVcpus: { lte: 500 } } };
    expect(recommend(ranged).owner).toBe('CSAM');
    expect(entryFor(ranged, 'quotaGroupVcpus')).toMatchObject({
      change: { fact: 'quotaGroupVcpus', is: 'gt', value: 500 },
      value: 501,
      owner: 'CSA',
    });
  });
});
