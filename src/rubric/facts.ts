import { z } from 'zod';
import { boundsInterval, contains, intersect, type Interval, isEmpty } from './intervals';

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
    params: { reason: 'duplicate' },
  }),
  phase: z.enum(PHASES).optional(),
  maturity: z.enum(MATURITY_LEVELS).optional(),
  partner: PartnerFacts.optional(),
});
export type Facts = z.infer<typeof Facts>;

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
export const FactPathSchema = z.enum(FACT_PATHS as [FactPath, ...FactPath[]]);

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
  const partnerKey = PARTNER_KEYS.get(path);
  if (partnerKey !== undefined) return facts.partner?.[partnerKey];
  return facts[path as QualifyingFactName];
}

// Decisions read facts by path often: the partner key of each path is looked up, not sliced.
const PARTNER_KEYS = new Map<string, PartnerFactName>(
  FACT_PATHS.filter((path) => path.startsWith('partner.')).map((path) => [
    path,
    path.slice('partner.'.length) as PartnerFactName,
  ]),
);

/** Number facts: the ones a person may know only as a side of a threshold ("over 500"). */
export const RANGED_FACTS = [
  'subscriptions',
  'regions',
  'vmSkus',
  'quotaGroupVcpus',
  'monthlySpendUsd',
  'partner.expectedHours',
] as const satisfies readonly FactPath[];
export type RangedFact = (typeof RANGED_FACTS)[number];

export const isRangedFact = (fact: string): fact is RangedFact =>
  (RANGED_FACTS as readonly string[]).includes(fact);

const bound = z.number();
/**
 * What is known of a number fact without its exact value: `{ "gt": 500 }` is "over 500",
 * `{ "lte": 500 }` "500 or fewer". At most one lower and one upper bound.
 */
export const FactRange = z
  .strictObject({
    gt: bound.optional(),
    gte: bound.optional(),
    lt: bound.optional(),
    lte: bound.optional(),
  })
  .superRefine((range, ctx) => {
    const reason =
      Object.keys(range).length === 0
        ? 'noBound'
        : range.gt !== undefined && range.gte !== undefined
          ? 'twoLowerBounds'
          : range.lt !== undefined && range.lte !== undefined
            ? 'twoUpperBounds'
            : undefined;
    if (reason) ctx.addIssue({ code: 'custom', message: reason, params: { reason } });
  });
export type FactRange = z.infer<typeof FactRange>;

/** The ranges known, by fact: `{ "quotaGroupVcpus": { "gt": 500 } }`. */
export const FactRanges = z
  .strictObject({
    subscriptions: FactRange.optional(),
    regions: FactRange.optional(),
    vmSkus: FactRange.optional(),
    quotaGroupVcpus: FactRange.optional(),
    monthlySpendUsd: FactRange.optional(),
    'partner.expectedHours': FactRange.optional(),
  })
  .superRefine((ranges, ctx) => {
    for (const fact of RANGED_FACTS) {
      const range = ranges[fact];
      if (range !== undefined && isEmpty(rangeInterval(fact, range), isWhole(fact))) {
        const reason = 'empty';
        ctx.addIssue({ code: 'custom', message: reason, params: { reason }, path: [fact] });
      }
    }
  });
export type FactRanges = z.infer<typeof FactRanges>;

/** A range as the interval of values it leaves, within what the fact allows. */
export function rangeInterval(fact: RangedFact, range: FactRange): Interval {
  const domain = FACT_DOMAINS[fact] as { min: number };
  return intersect(boundsInterval(range), {
    lo: domain.min,
    loOpen: false,
    hi: Infinity,
    hiOpen: true,
  });
}

export const isWhole = (fact: FactPath): boolean => FACT_DOMAINS[fact].kind === 'integer';

/**
 * Facts gathered so far in a conversation that is still going; partner facts may be partial
 * too, and number facts may be known only as a range. A fact given both exactly and as a range
 * must be inside its range; the exact value is the one the rules read.
 */
export const PartialFacts = Facts.partial()
  .extend({ partner: PartnerFacts.partial().optional(), ranges: FactRanges.optional() })
  .superRefine((facts, ctx) => {
    for (const fact of RANGED_FACTS) {
      const range = facts.ranges?.[fact];
      const value = readFact(facts, fact);
      if (range === undefined || typeof value !== 'number') continue;
      if (!contains(rangeInterval(fact, range), value)) {
        const reason = 'outsideRange';
        ctx.addIssue({
          code: 'custom',
          message: reason,
          params: { reason },
          path: ['ranges', fact],
        });
      }
    }
  });
export type PartialFacts = z.infer<typeof PartialFacts>;
