import fc from 'fast-check';
import {
  DESIGN_REVIEW_TRIGGERS,
  type Facts,
  MATURITY_LEVELS,
  PARTNER_NEEDS,
  PARTNER_PLANS,
  type PartnerFacts,
  PHASES,
  REQUESTERS,
  SALES_STAGES,
} from '../../src/rubric';

/** A single-subscription, single-region, small, supported post-sales customer: tier simple. */
export function simpleFacts(overrides: Partial<Facts> = {}): Facts {
  return {
    salesStage: 'postsales',
    supportContract: true,
    subscriptions: 1,
    regions: 1,
    vmSkus: 3,
    quotaGroupVcpus: 100,
    monthlySpendUsd: 5_000,
    gpuOrRestricted: false,
    processCoordination: false,
    designReview: [],
    ...overrides,
  };
}

export function partnerFacts(overrides: Partial<PartnerFacts> = {}): PartnerFacts {
  return {
    plan: 'none',
    partnerCenterAccess: true,
    need: 'architecture',
    customerOpportunity: false,
    customerOnEA: false,
    requester: 'partner',
    ...overrides,
  };
}

const partnerArbitrary: fc.Arbitrary<PartnerFacts> = fc.record(
  {
    plan: fc.constantFrom(...PARTNER_PLANS),
    partnerCenterAccess: fc.boolean(),
    need: fc.constantFrom(...PARTNER_NEEDS),
    customerOpportunity: fc.boolean(),
    expectedHours: fc.integer({ min: 0, max: 200 }),
    customerOnEA: fc.boolean(),
    requester: fc.constantFrom(...REQUESTERS),
  },
  {
    requiredKeys: [
      'plan',
      'partnerCenterAccess',
      'need',
      'customerOpportunity',
      'customerOnEA',
      'requester',
    ],
  },
);

/** Any valid facts, with values clustered around the rubric's thresholds. */
export const factsArbitrary: fc.Arbitrary<Facts> = fc.record(
  {
    account: fc.string({ maxLength: 100 }),
    salesStage: fc.constantFrom(...SALES_STAGES),
    supportContract: fc.boolean(),
    subscriptions: fc.integer({ min: 1, max: 5 }),
    regions: fc.integer({ min: 1, max: 5 }),
    vmSkus: fc.integer({ min: 0, max: 15 }),
    quotaGroupVcpus: fc.oneof(
      fc.integer({ min: 0, max: 1_000 }),
      fc.integer({ min: 495, max: 505 }),
    ),
    monthlySpendUsd: fc.oneof(
      fc.integer({ min: 0, max: 100_000 }),
      fc.double({ min: 49_999, max: 50_001, noNaN: true }),
    ),
    gpuOrRestricted: fc.boolean(),
    processCoordination: fc.boolean(),
    designReview: fc.subarray([...DESIGN_REVIEW_TRIGGERS]),
    phase: fc.constantFrom(...PHASES),
    maturity: fc.constantFrom(...MATURITY_LEVELS),
    partner: partnerArbitrary,
  },
  {
    requiredKeys: [
      'salesStage',
      'supportContract',
      'subscriptions',
      'regions',
      'vmSkus',
      'quotaGroupVcpus',
      'monthlySpendUsd',
      'gpuOrRestricted',
      'processCoordination',
      'designReview',
    ],
  },
);
