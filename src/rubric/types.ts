import type { Condition } from './conditions';

export const OWNERS = ['SE', 'CSAM', 'CSA', 'self-serve'] as const;
export type Owner = (typeof OWNERS)[number];
/** The people an owner can be (every owner but self-serve). */
export const PERSONAS = ['SE', 'CSAM', 'CSA'] as const satisfies readonly Owner[];
export type Persona = (typeof PERSONAS)[number];
/**
 * What a request asks about: who owns the customer's capacity conversation, which partner
 * support option fits, or both.
 */
export const SCOPES = ['capacity', 'partner', 'both'] as const;
export type Scope = (typeof SCOPES)[number];
export const TIERS = ['simple', 'broad', 'large', 'restricted'] as const;
export type Tier = (typeof TIERS)[number];
export const SUPPORT_OPTIONS = [
  'ASfP',
  'PSfP',
  'TPD',
  'Architecture Desk',
  'Partner Center support',
  'Cloud Enablement Desk',
  'MSRC',
  'refused',
] as const;
export type SupportOption = (typeof SUPPORT_OPTIONS)[number];

export interface Link {
  title: string;
  url: string;
}

/**
 * A rule: when its condition holds, its outcome applies. `source` names the seed and heading;
 * `says` is the rule in words, as "Why this answer" shows it.
 */
export interface Rule<Outcome> {
  id: string;
  source: string;
  says: string;
  when: Condition;
  then: Outcome;
}

/** `first`: the first rule that matches decides; `all`: every rule that matches contributes. */
export interface Stage<Outcome> {
  mode: 'first' | 'all';
  rules: Rule<Outcome>[];
}

export interface TierOutcome {
  tier: Tier;
  /** the rubric table's "Owner" column */
  ownerText: string;
  /** the rubric table's "CSA Involvement" column */
  csaInvolvement: string;
  /** the same two columns by persona: who leads, and what the other persona named does */
  personaRoles: PersonaRole[];
}

/** What one persona does at a tier: `{ persona: 'CSAM', role: 'tracks milestones' }`. */
export interface PersonaRole {
  persona: Persona;
  role: string;
  /** the persona the tier row names first (the "Owner" column) */
  leads: boolean;
}

/** What the tier means for the owner it goes with (SPEC.md "Rubric"; the seed 000 tables). */
export interface TierMeaningOutcome {
  meaning: string;
}

export interface ComplexityOutcome {
  technicalComplexity: boolean;
}

export interface OwnerOutcome {
  owner: Owner;
  /** the engagement lifecycle matrix cell */
  lifecycle: string;
  /** what the owner does next */
  action: string;
  /** facts to assume when asking who owns it after the sale (pre-sales with a contract) */
  afterSaleWith?: { salesStage: 'postsales' };
}

export interface BlockerOutcome {
  id: string;
  /** may name `{tier}`, `{tierOwner}` and `{csaInvolvement}`: filled from the tier that fired */
  text: string;
}

export interface SupportOptionOutcome {
  option: SupportOption;
  rationale: string;
  links: Link[];
}

export interface CaveatOutcome {
  caveat: string;
}

export interface ResourcesOutcome {
  resources: Link[];
}

export interface EngagementsOutcome {
  engagements: string[];
}

export interface RoleBoundary {
  role: 'CSAM' | 'SE' | 'CSA';
  does: string;
  doesNot: string;
  source: string;
}

/** The whole rubric as data: one engine evaluates every stage. */
export interface RuleBook {
  tier: Stage<TierOutcome>;
  complexity: Stage<ComplexityOutcome>;
  owner: Stage<OwnerOutcome>;
  tierMeaning: Stage<TierMeaningOutcome>;
  blockers: Stage<BlockerOutcome>;
  supportOption: Stage<SupportOptionOutcome>;
  caveats: Stage<CaveatOutcome>;
  resources: Stage<ResourcesOutcome>;
  engagements: Stage<EngagementsOutcome>;
  roles: RoleBoundary[];
}
