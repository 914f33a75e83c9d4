import {
  type FactPath,
  FACT_PATHS,
  type PartialFacts,
  QUESTION_ORDER,
  PartnerFacts,
  withFixedShape,
} from './facts';
import { compilePresenceCheck } from './engine';
import { factsStillNeeded } from './needed';
import { type CompiledRubric, decided, RUBRIC } from './rubric';
import type { Link, Owner, RoleBoundary, Rule, SupportOption, Tier, TierOutcome } from './types';
import { whatIf, type WhatIf } from './whatIf';

export const RUBRIC_VERSION = '1.0.0';

export interface Recommendation {
  rubricVersion: string;
  owner: Owner;
  /** what the owner does next */
  action: string;
  tier: Tier;
  /** the tier row's owner and CSA-involvement columns */
  tierRoles: { owner: string; csaInvolvement: string };
  technicalComplexity: boolean;
  lifecycle: string;
  afterSale: { owner: Owner } | null;
  blockers: { id: string; text: string }[];
  rules: { id: string; source: string }[];
  whatIf: readonly WhatIf[];
  roles: readonly Readonly<Pick<RoleBoundary, 'role' | 'does' | 'doesNot'>>[];
  supportOption: {
    option: SupportOption;
    rationale: string;
    caveats: string[];
    links: Link[];
  } | null;
  resources: readonly Link[];
  engagements: readonly string[];
}

/** Facts were given, but not enough of them to decide. */
export class UndecidedError extends Error {
  constructor(readonly needed: FactPath[]) {
    super(`more facts are needed to decide: ${needed.join(', ')}`);
    this.name = 'UndecidedError';
  }
}

// An absent fact is one not given: wherever a rule says what absence means, that applies.
// Partner facts that the schema lets be absent (expectedHours) carry their own meaning when absent.
const REQUIRED_PARTNER_FACTS = QUESTION_ORDER.filter(
  (path) =>
    path.startsWith('partner.') &&
    !PartnerFacts.shape[path.slice('partner.'.length) as keyof PartnerFacts].safeParse(undefined)
      .success,
);
/** Every fact the rules may ask for is present: the common case, checked without the 3-valued walk. */
const hasEveryFact = compilePresenceCheck([
  ...QUESTION_ORDER.filter((path) => !path.startsWith('partner.')),
  ...REQUIRED_PARTNER_FACTS,
]);

/**
 * The recommendation for validated facts (see `parseFacts`). Facts the rules never reach on the
 * way to an answer may be absent (a GPU customer's vCPUs); if a fact that matters is absent,
 * it throws `UndecidedError` naming the facts still needed.
 */
export function recommend(given: PartialFacts, rubric: CompiledRubric = RUBRIC): Recommendation {
  const facts = withFixedShape(given);
  if (!hasEveryFact(facts)) {
    const needed = factsStillNeeded(facts, { declined: FACT_PATHS }, rubric);
    if (needed.length > 0) throw new UndecidedError(needed);
  }
  return rubric.remember(facts, () => decide(facts, rubric));
}

function decide(facts: PartialFacts, rubric: CompiledRubric): Recommendation {
  const decision = rubric.decideOwner(facts);
  const { context, tier, complexity, owner } = decision;
  const fired: Rule<unknown>[] = [tier, complexity, owner];

  let afterSale: Recommendation['afterSale'] = null;
  const assumeAfterSale = owner.then.afterSaleWith;
  if (assumeAfterSale) {
    const later = rubric.decideOwner({ ...facts, ...assumeAfterSale }).owner;
    fired.push(later);
    afterSale = { owner: later.then.owner };
  }

  const blockerRules = rubric.blockers.matching(context);
  fired.push(...blockerRules);

  let supportOption: Recommendation['supportOption'] = null;
  if (facts.partner) {
    const optionRule = decided(rubric.supportOption.first(context), 'support option');
    context.derived.supportOption = optionRule.then.option;
    const caveatRules = rubric.caveats.matching(context);
    fired.push(optionRule, ...caveatRules);
    supportOption = {
      option: optionRule.then.option,
      rationale: optionRule.then.rationale,
      caveats: caveatRules.map((rule) => rule.then.caveat),
      links: optionRule.then.links,
    };
  }

  const resourceRules = rubric.resources.matching(context);
  const engagementRules = rubric.engagements.matching(context);
  fired.push(...resourceRules, ...engagementRules);

  return {
    rubricVersion: RUBRIC_VERSION,
    owner: owner.then.owner,
    action: owner.then.action,
    tier: tier.then.tier,
    tierRoles: { owner: tier.then.ownerText, csaInvolvement: tier.then.csaInvolvement },
    technicalComplexity: complexity.then.technicalComplexity,
    lifecycle: owner.then.lifecycle,
    afterSale,
    blockers: blockerRules.map((rule) => ({
      id: rule.then.id,
      text: fillTier(rule.then.text, tier.then),
    })),
    rules: fired.map((rule) => ({ id: rule.id, source: rule.source })),
    whatIf: whatIf(facts, decision, rubric),
    roles: rubric.roles,
    supportOption,
    resources: rubric.resources.gather(context, (outcome) => outcome.resources),
    engagements: rubric.engagements.gather(context, (outcome) => outcome.engagements),
  };
}

// Blocker texts depend only on the rule's text and the tier: each is filled once.
const filledTexts = new Map<string, Map<Tier, string>>();

function fillTier(text: string, tier: TierOutcome): string {
  let byTier = filledTexts.get(text);
  if (!byTier) filledTexts.set(text, (byTier = new Map()));
  let filled = byTier.get(tier.tier);
  if (filled === undefined) {
    filled = fillPlaceholders(text, tier);
    byTier.set(tier.tier, filled);
  }
  return filled;
}

function fillPlaceholders(text: string, tier: TierOutcome): string {
  return text
    .replace('{tier}', tier.tier)
    .replace('{tierOwner}', tier.ownerText)
    .replace('{csaInvolvement}', tier.csaInvolvement);
}
