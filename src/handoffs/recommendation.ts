import { z } from 'zod';
import { DESIGN_REVIEW_TRIGGERS, Facts, OWNERS, SUPPORT_OPTIONS, TIERS } from '../rubric';

const Link = z.object({ title: z.string(), url: z.string() });
const Owner = z.enum(OWNERS);

/**
 * A recommendation as a handoff record keeps it: exactly what `recommend` returned when the
 * handoff was proposed, so the card still shows that decision after the rubric changes. Its
 * type must stay assignable to `Recommendation`: the cards take one, and tsc checks it there.
 */
export const StoredRecommendation = z.object({
  rubricVersion: z.string().min(1),
  owner: Owner,
  action: z.string(),
  tier: z.enum(TIERS),
  tierRoles: z.object({ owner: z.string(), csaInvolvement: z.string() }),
  technicalComplexity: z.boolean(),
  lifecycle: z.string(),
  afterSale: z.object({ owner: Owner }).nullable(),
  blockers: z.array(z.object({ id: z.string(), text: z.string() })),
  rules: z.array(z.object({ id: z.string(), source: z.string() })),
  whatIf: z.array(
    z.object({
      fact: Facts.keyof().exclude(['partner']),
      change: z.string(),
      value: z.union([
        z.string(),
        z.number(),
        z.boolean(),
        z.array(z.enum(DESIGN_REVIEW_TRIGGERS)),
        z.undefined(),
      ]),
      owner: Owner,
    }),
  ),
  roles: z.array(
    z.object({ role: z.enum(['CSAM', 'SE', 'CSA']), does: z.string(), doesNot: z.string() }),
  ),
  supportOption: z
    .object({
      option: z.enum(SUPPORT_OPTIONS),
      rationale: z.string(),
      caveats: z.array(z.string()),
      links: z.array(Link),
    })
    .nullable(),
  resources: z.array(Link),
  engagements: z.array(z.string()),
});
export type StoredRecommendation = z.infer<typeof StoredRecommendation>;
