import {
  DESIGN_REVIEW_TRIGGERS,
  type Facts,
  MATURITY_LEVELS,
  PARTNER_NEEDS,
  PARTNER_PLANS,
  PHASES,
  REQUESTERS,
  SALES_STAGES,
} from '../src/rubric';

/** A small deterministic generator (mulberry32), so every run decides the same facts. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleFacts(count: number, seed = 42): Facts[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const int = (max: number) => Math.floor(next() * max);
  return Array.from({ length: count }, (): Facts => ({
    salesStage: pick(SALES_STAGES),
    supportContract: next() < 0.6,
    subscriptions: 1 + int(4),
    regions: 1 + int(3),
    vmSkus: int(20),
    quotaGroupVcpus: int(1000),
    monthlySpendUsd: int(100_000),
    gpuOrRestricted: next() < 0.2,
    processCoordination: next() < 0.5,
    designReview: DESIGN_REVIEW_TRIGGERS.filter(() => next() < 0.2),
    phase: pick(PHASES),
    maturity: pick(MATURITY_LEVELS),
    ...(next() < 0.3
      ? {
          partner: {
            plan: pick(PARTNER_PLANS),
            partnerCenterAccess: next() < 0.5,
            need: pick(PARTNER_NEEDS),
            customerOpportunity: next() < 0.5,
            expectedHours: int(60),
            customerOnEA: next() < 0.5,
            requester: pick(REQUESTERS),
          },
        }
      : {}),
  }));
}
