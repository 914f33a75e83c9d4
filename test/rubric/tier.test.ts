import { type Facts, recommend } from '../../src/rubric';
import { simpleFacts } from '../support/facts';

describe('complexity tier (SPEC.md "Rubric", seed 000 objective complexity rubric)', () => {
  it.each([
    ['single subscription, region, few SKUs', {}, 'simple', 'tier.simple'],
    ['9 SKUs', { vmSkus: 9 }, 'simple', 'tier.simple'],
    ['exactly 10 SKUs resolves upward', { vmSkus: 10 }, 'broad', 'tier.broad'],
    ['11 SKUs', { vmSkus: 11 }, 'broad', 'tier.broad'],
    ['two subscriptions', { subscriptions: 2 }, 'broad', 'tier.broad'],
    ['two regions', { regions: 2 }, 'broad', 'tier.broad'],
    ['exactly 500 vCPU is not large', { quotaGroupVcpus: 500 }, 'simple', 'tier.simple'],
    ['501 vCPU', { quotaGroupVcpus: 501 }, 'large', 'tier.large'],
    ['exactly $50,000 is not large', { monthlySpendUsd: 50_000 }, 'simple', 'tier.simple'],
    ['$50,000.01', { monthlySpendUsd: 50_000.01 }, 'large', 'tier.large'],
    [
      '$60K with many SKUs: highest wins',
      { monthlySpendUsd: 60_000, vmSkus: 14 },
      'large',
      'tier.large',
    ],
    ['GPU', { gpuOrRestricted: true }, 'restricted', 'tier.restricted'],
    [
      'GPU beats large',
      { gpuOrRestricted: true, quotaGroupVcpus: 900, monthlySpendUsd: 90_000 },
      'restricted',
      'tier.restricted',
    ],
  ] as const)('%s → %s', (_name, overrides, tier, ruleId) => {
    const result = recommend(simpleFacts(overrides));
    expect(result.tier).toBe(tier);
    expect(result.rules.map((rule) => rule.id)).toContain(ruleId);
  });

  it.each([
    ['simple', {}, 'CSAM coordinates', 'Consult available'],
    ['broad', { regions: 3 }, 'CSA leads design', 'CSAM coordinates execution'],
    ['large', { quotaGroupVcpus: 800 }, 'CSA required', 'CSAM tracks milestones'],
    ['restricted', { gpuOrRestricted: true }, 'CSA required', 'SE provides initial education'],
  ] as const)(
    'the %s row carries its owner and CSA-involvement text',
    (_tier, overrides, owner, csa) => {
      expect(recommend(simpleFacts(overrides)).tierRoles).toEqual({ owner, csaInvolvement: csa });
    },
  );

  it.each<[string, Partial<Facts>, boolean]>([
    ['simple tier, no design review', {}, false],
    ['simple tier with a forecast review', { designReview: ['forecast'] }, true],
    ['simple tier with a quota strategy review', { designReview: ['quotaStrategy'] }, true],
    ['broad tier', { vmSkus: 10 }, true],
    ['restricted tier', { gpuOrRestricted: true }, true],
  ])('technical complexity: %s → %s', (_name, overrides, expected) => {
    expect(recommend(simpleFacts(overrides)).technicalComplexity).toBe(expected);
  });
});
