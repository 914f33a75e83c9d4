import { z } from 'zod';
import {
  DESIGN_REVIEW_TRIGGERS,
  type FactPath,
  FactPathSchema,
  Facts,
  FactTestSchema,
  OWNERS,
  PERSONAS,
  ruleSays,
  SUPPORT_OPTIONS,
  tierMeaningFor,
  TIERS,
  whatIfChangeOf,
} from '../rubric';

const Link = z.object({ title: z.string(), url: z.string() });
const Owner = z.enum(OWNERS);
const Tier = z.enum(TIERS);
const QualifyingFact = Facts.keyof().exclude(['partner']);
const WhatIfValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.enum(DESIGN_REVIEW_TRIGGERS)),
  z.undefined(),
]);

/** Rubric 1.0.0 kept rules without their words: the words of the rule with that id now. */
const FiredRule = z
  .object({ id: z.string(), source: z.string(), says: z.string().optional() })
  .transform(({ id, source, says }) => ({ id, source, says: says ?? ruleSays(id) ?? id }));

/**
 * A what-if entry. Rubric 1.0.0 kept its change as words and always named an owner: the change
 * is the side of the threshold the value is on (a what-if value sits at the threshold).
 */
const WhatIfEntry = z.union([
  z.object({
    fact: QualifyingFact,
    change: FactTestSchema,
    value: WhatIfValue,
    owner: Owner.nullable(),
    needs: z.array(FactPathSchema),
  }),
  z
    .object({ fact: QualifyingFact, change: z.string(), value: WhatIfValue, owner: Owner })
    .transform(({ fact, value, owner }) => ({
      fact,
      change: whatIfChangeOf(fact, value),
      value,
      owner,
      needs: [] as FactPath[],
    })),
]);

const SupportOption = z.object({
  option: z.enum(SUPPORT_OPTIONS),
  rationale: z.string(),
  caveats: z.array(z.string()),
  links: z.array(Link),
});

const PersonaRole = z.object({
  persona: z.enum(PERSONAS),
  role: z.string(),
  leads: z.boolean(),
});

const CapacityRecommendation = z
  .object({
    rubricVersion: z.string().min(1),
    /** absent in rubric 1.0.0, which always named an owner */
    scope: z.enum(['capacity', 'both']).optional(),
    owner: Owner,
    action: z.string(),
    tier: Tier,
    tierRoles: z.object({ owner: z.string(), csaInvolvement: z.string() }),
    personaRoles: z.array(PersonaRole).optional(),
    tierMeaning: z.object({ owner: Owner, meaning: z.string() }).optional(),
    technicalComplexity: z.boolean(),
    lifecycle: z.string(),
    afterSale: z.object({ owner: Owner }).nullable(),
    blockers: z.array(z.object({ id: z.string(), text: z.string() })),
    rules: z.array(FiredRule),
    whatIf: z.array(WhatIfEntry),
    roles: z.array(z.object({ role: z.enum(PERSONAS), does: z.string(), doesNot: z.string() })),
    supportOption: SupportOption.nullable(),
    resources: z.array(Link),
    engagements: z.array(z.string()),
  })
  .transform((stored) => {
    const upgraded = stored.personaRoles && stored.tierMeaning ? undefined : tierMeaningFor(stored);
    return {
      ...stored,
      scope: stored.scope ?? (stored.supportOption ? ('both' as const) : ('capacity' as const)),
      personaRoles: stored.personaRoles ?? upgraded!.personaRoles,
      tierMeaning: stored.tierMeaning ?? upgraded!.tierMeaning,
    };
  });

const PartnerRecommendation = z.object({
  rubricVersion: z.string().min(1),
  scope: z.literal('partner'),
  owner: z.null(),
  supportOption: SupportOption,
  rules: z.array(FiredRule),
});

/**
 * A recommendation as a handoff record keeps it: exactly what `recommend` returned when the
 * handoff was proposed, so the card still shows that decision after the rubric changes.
 * Records kept by rubric 1.0.0 (before partner-only requests, rules in words and the tier for
 * each owner) are read too. Its type must stay assignable to `Recommendation`: the cards take
 * one, and tsc checks it there.
 */
export const StoredRecommendation = z.union([PartnerRecommendation, CapacityRecommendation]);
export type StoredRecommendation = z.infer<typeof StoredRecommendation>;
