import fc from 'fast-check';
import {
  answerRange,
  DESIGN_REVIEW_TRIGGERS,
  FACT_PATHS,
  type FactPath,
  type FactRange,
  type Facts,
  isRangedFact,
  type PartialFacts,
  type RangedFact,
  rangeInterval,
  readFact,
  thresholdQuestion,
  MATURITY_LEVELS,
  PARTNER_NEEDS,
  PARTNER_PLANS,
  type PartnerFacts,
  PHASES,
  REQUESTERS,
  SALES_STAGES,
} from '../../src/rubric';
import { contains } from '../../src/rubric/intervals';

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

/** What a conversation may know of one fact: its value, only a side of a threshold, or nothing. */
export type Knowing = 'exact' | 'range' | 'absent';

/** What is known of each fact, at random. */
export const knowingArbitrary: fc.Arbitrary<Partial<Record<FactPath, Knowing>>> = fc.record(
  Object.fromEntries(
    FACT_PATHS.map((fact) => [
      fact,
      isRangedFact(fact)
        ? fc.constantFrom<Knowing>('exact', 'range', 'absent')
        : fc.constantFrom<Knowing>('exact', 'absent'),
    ]),
  ) as Record<FactPath, fc.Arbitrary<Knowing>>,
);

/**
 * The facts a conversation knows of `facts`: each fact exactly, as the side of the threshold the
 * rules read (answered truly), or not at all. Partner facts stay partner facts: a request that
 * had none has none.
 */
export function partialOf(facts: Facts, knowing: Partial<Record<FactPath, Knowing>>): PartialFacts {
  const partial: Record<string, unknown> = {};
  const partner: Record<string, unknown> = {};
  const ranges: Record<string, FactRange> = {};
  for (const fact of FACT_PATHS) {
    const value = readFact(facts, fact);
    if (value === undefined) continue;
    const how = knowing[fact] ?? 'exact';
    if (how === 'absent') continue;
    if (how === 'range' && isRangedFact(fact)) {
      const question = thresholdQuestion(fact, {});
      if (question) {
        const holds =
          question.is === 'gt'
            ? (value as number) > question.value
            : (value as number) >= question.value;
        ranges[fact] = answerRange(question, holds);
        continue;
      }
    }
    if (fact.startsWith('partner.')) partner[fact.slice('partner.'.length)] = value;
    else partial[fact] = value;
  }
  if (facts.partner) partial.partner = partner;
  if (Object.keys(ranges).length > 0) partial.ranges = ranges;
  return partial as PartialFacts;
}

/**
 * One completion of partial facts: what they know, and for the rest the values of `other`, or
 * of `truth` where `other`'s value lies outside what is known (a range). A request with no
 * partner facts stays one.
 */
export function completionOf(partial: PartialFacts, truth: Facts, other: Facts): Facts {
  const completed: Record<string, unknown> = {};
  const partner: Record<string, unknown> = {};
  for (const fact of FACT_PATHS) {
    let value = readFact(partial, fact);
    if (value === undefined) {
      const candidate = readFact(other, fact) ?? readFact(truth, fact);
      const range = isRangedFact(fact) ? partial.ranges?.[fact] : undefined;
      value =
        range && !contains(rangeInterval(fact as RangedFact, range), candidate as number)
          ? readFact(truth, fact)
          : candidate;
    }
    if (value === undefined) continue;
    if (fact.startsWith('partner.')) partner[fact.slice('partner.'.length)] = value;
    else completed[fact] = value;
  }
  if (partial.partner) completed.partner = partner;
  return completed as Facts;
}
