import { recommend } from '../../src/rubric';
import { simpleFacts } from '../support/facts';

describe('what-if: the smallest change to each fact that changes the owner', () => {
  it('14 SKUs on one subscription and region: 9 SKUs or fewer → CSAM', () => {
    const result = recommend(simpleFacts({ vmSkus: 14, processCoordination: true }));
    expect(result.owner).toBe('CSA');
    expect(result.whatIf).toEqual(
      expect.arrayContaining([
        { fact: 'vmSkus', change: '9 VM SKUs or fewer', value: 9, owner: 'CSAM' },
      ]),
    );
  });

  it('thresholds are crossed at their exact boundary', () => {
    const spend = recommend(simpleFacts({ monthlySpendUsd: 80_000 })).whatIf.find(
      (w) => w.fact === 'monthlySpendUsd',
    );
    expect(spend).toEqual({
      fact: 'monthlySpendUsd',
      change: '$50,000 a month or less',
      value: 50_000,
      owner: 'self-serve',
    });
    const vcpus = recommend(simpleFacts({ quotaGroupVcpus: 100 })).whatIf.find(
      (w) => w.fact === 'quotaGroupVcpus',
    );
    expect(vcpus).toEqual({
      fact: 'quotaGroupVcpus',
      change: '501 vCPUs in the largest quota group or more',
      value: 501,
      owner: 'CSA',
    });
  });

  it('lowering to the minimum says "only"', () => {
    const entry = recommend(simpleFacts({ subscriptions: 3 })).whatIf.find(
      (w) => w.fact === 'subscriptions',
    );
    expect(entry).toMatchObject({ change: 'only 1 subscription', value: 1 });
  });

  it('booleans, stage and design reviews are phrased for people', () => {
    const result = recommend(simpleFacts());
    expect(result.owner).toBe('self-serve');
    const byFact = Object.fromEntries(result.whatIf.map((entry) => [entry.fact, entry]));
    expect(byFact.supportContract).toMatchObject({
      change: 'without a support contract',
      owner: 'SE',
    });
    expect(byFact.salesStage).toMatchObject({ change: 'pre-sales', owner: 'SE' });
    expect(byFact.gpuOrRestricted).toMatchObject({
      change: 'GPU or restricted SKUs',
      owner: 'CSA',
    });
    expect(byFact.processCoordination).toMatchObject({
      change: 'process coordination needed',
      owner: 'CSAM',
    });
    expect(byFact.designReview).toMatchObject({
      change: 'a forecast validation design review',
      owner: 'CSA',
    });
  });

  it('leaves out facts that cannot change the owner', () => {
    // Without a contract the SE owns it whatever the sizing is.
    const facts = recommend(simpleFacts({ supportContract: false })).whatIf.map(
      (entry) => entry.fact,
    );
    expect(facts).toEqual(['supportContract']);
  });
});
