import { z } from 'zod';

/** Facts a conversation qualifies, exactly as SPEC.md names them ("Qualifying facts"). */
export const SALES_STAGES = ['presales', 'postsales'] as const;
export const DESIGN_REVIEW_TRIGGERS = ['forecast', 'architecture', 'quotaStrategy'] as const;
export const PHASES = ['forecast', 'access-quota', 'reserve', 'govern-ship'] as const;
export const MATURITY_LEVELS = ['affine', 'option', 'solution', 'in-use'] as const;
export const PARTNER_PLANS = ['asfp', 'psfp', 'none'] as const;
export const PARTNER_NEEDS = [
  'break-fix',
  'presales-consultation',
  'architecture',
  'go-to-market',
  'security-vulnerability',
] as const;
export const REQUESTERS = ['partner', 'end-customer'] as const;

export const ACCOUNT_MAX_LENGTH = 100;

const count = (min: number) => z.number().int().min(min);

export const PartnerFacts = z.strictObject({
  plan: z.enum(PARTNER_PLANS),
  partnerCenterAccess: z.boolean(),
  need: z.enum(PARTNER_NEEDS),
  customerOpportunity: z.boolean(),
  /** absent means a short engagement (25 hours or less): SPEC.md "Qualifying facts" */
  expectedHours: z.number().min(0).max(10_000).optional(),
  customerOnEA: z.boolean(),
  requester: z.enum(REQUESTERS),
});
export type PartnerFacts = z.infer<typeof PartnerFacts>;

export const Facts = z.strictObject({
  account: z.string().trim().max(ACCOUNT_MAX_LENGTH).optional(),
  salesStage: z.enum(SALES_STAGES),
  supportContract: z.boolean(),
  subscriptions: count(1),
  regions: count(1),
  vmSkus: count(0),
  quotaGroupVcpus: count(0),
  monthlySpendUsd: z.number().min(0).max(1e12),
  gpuOrRestricted: z.boolean(),
  processCoordination: z.boolean(),
  designReview: z.array(z.enum(DESIGN_REVIEW_TRIGGERS)).refine(noDuplicates, {
    message: 'each design review trigger may appear only once',
  }),
  phase: z.enum(PHASES).optional(),
  maturity: z.enum(MATURITY_LEVELS).optional(),
  partner: PartnerFacts.optional(),
});
export type Facts = z.infer<typeof Facts>;

/** Facts gathered so far in a conversation that is still going; partner facts may be partial too. */
export const PartialFacts = Facts.partial().extend({ partner: PartnerFacts.partial().optional() });
export type PartialFacts = z.infer<typeof PartialFacts>;

export type QualifyingFactName = Exclude<keyof Facts, 'partner'>;
export type PartnerFactName = keyof PartnerFacts;
/** A fact's path as rules name it: `vmSkus`, or `partner.need` for a partner fact. */
export type FactPath = QualifyingFactName | `partner.${PartnerFactName}`;

function noDuplicates(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

/** What values each fact takes: drives validation messages, what-if changes and the questions. */
export type FactDomain =
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'set'; values: readonly string[] }
  | { kind: 'integer'; min: number }
  | { kind: 'number'; min: number }
  | { kind: 'text'; maxLength: number };

export const FACT_DOMAINS: Record<FactPath, FactDomain> = {
  account: { kind: 'text', maxLength: ACCOUNT_MAX_LENGTH },
  salesStage: { kind: 'enum', values: SALES_STAGES },
  supportContract: { kind: 'boolean' },
  subscriptions: { kind: 'integer', min: 1 },
  regions: { kind: 'integer', min: 1 },
  vmSkus: { kind: 'integer', min: 0 },
  quotaGroupVcpus: { kind: 'integer', min: 0 },
  monthlySpendUsd: { kind: 'number', min: 0 },
  gpuOrRestricted: { kind: 'boolean' },
  processCoordination: { kind: 'boolean' },
  designReview: { kind: 'set', values: DESIGN_REVIEW_TRIGGERS },
  phase: { kind: 'enum', values: PHASES },
  maturity: { kind: 'enum', values: MATURITY_LEVELS },
  'partner.plan': { kind: 'enum', values: PARTNER_PLANS },
  'partner.partnerCenterAccess': { kind: 'boolean' },
  'partner.need': { kind: 'enum', values: PARTNER_NEEDS },
  'partner.customerOpportunity': { kind: 'boolean' },
  'partner.expectedHours': { kind: 'number', min: 0 },
  'partner.customerOnEA': { kind: 'boolean' },
  'partner.requester': { kind: 'enum', values: REQUESTERS },
};

/** Every fact's path, top-level and partner. */
export const FACT_PATHS = Object.keys(FACT_DOMAINS) as FactPath[];

/** The order questions are asked in: the facts that decide the most come first. */
export const QUESTION_ORDER: readonly FactPath[] = [
  'supportContract',
  'salesStage',
  'gpuOrRestricted',
  'quotaGroupVcpus',
  'monthlySpendUsd',
  'subscriptions',
  'regions',
  'vmSkus',
  'designReview',
  'processCoordination',
  'partner.requester',
  'partner.need',
  'partner.plan',
  'partner.customerOpportunity',
  'partner.expectedHours',
  'partner.partnerCenterAccess',
  'partner.customerOnEA',
];

/** Facts that never decide anything but enrich the answer (resources, engagements, the card). */
export const OPTIONAL_FACTS: readonly FactPath[] = ['account', 'phase', 'maturity'];

/** Reads a fact by its path from facts that may be partial. */
export function readFact(facts: PartialFacts, path: FactPath): unknown {
  if (path.startsWith('partner.')) {
    return facts.partner?.[path.slice('partner.'.length) as PartnerFactName];
  }
  return facts[path as QualifyingFactName];
}

/**
 * The same facts as an object of one fixed shape (every key present, absent ones `undefined`).
 * The compiled rules then always see one hidden class, which keeps a decision in nanoseconds.
 */
export function withFixedShape(facts: PartialFacts): PartialFacts {
  const partner = facts.partner;
  return {
    account: facts.account,
    salesStage: facts.salesStage,
    supportContract: facts.supportContract,
    subscriptions: facts.subscriptions,
    regions: facts.regions,
    vmSkus: facts.vmSkus,
    quotaGroupVcpus: facts.quotaGroupVcpus,
    monthlySpendUsd: facts.monthlySpendUsd,
    gpuOrRestricted: facts.gpuOrRestricted,
    processCoordination: facts.processCoordination,
    designReview: facts.designReview,
    phase: facts.phase,
    maturity: facts.maturity,
    partner:
      partner === undefined
        ? undefined
        : {
            plan: partner.plan,
            partnerCenterAccess: partner.partnerCenterAccess,
            need: partner.need,
            customerOpportunity: partner.customerOpportunity,
            expectedHours: partner.expectedHours,
            customerOnEA: partner.customerOnEA,
            requester: partner.requester,
          },
  };
}
