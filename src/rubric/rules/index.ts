import type { RuleBook } from '../types';
import { BLOCKER_STAGE } from './blockers';
import { COMPLEXITY_STAGE } from './complexity';
import { ENGAGEMENT_STAGE } from './engagements';
import { OWNER_STAGE } from './owner';
import { CAVEAT_STAGE, SUPPORT_OPTION_STAGE } from './partner';
import { RESOURCE_STAGE } from './resources';
import { ROLE_BOUNDARIES } from './roles';
import { TIER_MEANING_STAGE } from './tierMeaning';
import { TIER_STAGE } from './tiers';

/** The rubric as shipped: every table of SPEC.md, as data. */
export const RULE_BOOK: RuleBook = {
  tier: TIER_STAGE,
  complexity: COMPLEXITY_STAGE,
  owner: OWNER_STAGE,
  tierMeaning: TIER_MEANING_STAGE,
  blockers: BLOCKER_STAGE,
  supportOption: SUPPORT_OPTION_STAGE,
  caveats: CAVEAT_STAGE,
  resources: RESOURCE_STAGE,
  engagements: ENGAGEMENT_STAGE,
  roles: ROLE_BOUNDARIES,
};
