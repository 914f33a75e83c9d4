import { type FactTest } from './conditions';
import { allMatches } from './engine';
import { type Decided, mergeCases } from './cases';
import { FACT_PATHS, type FactPath, type Facts, type PartialFacts, QUESTION_ORDER } from './facts';
import { DecisionMemo } from './memo';
import { RUBRIC, type RoleView, type Rubric } from './rubric';
import { resolveScope, type ScopeOptions } from './scope';
import type {
  Link,
  Owner,
  PersonaRole,
  Rule,
  Scope,
  SupportOption,
  Tier,
  TierOutcome,
} from './types';
import { type Case, narrowedBy, neededIn, walk } from './walk';
import { whatIf, type WhatIf } from './whatIf';

export const RUBRIC_VERSION = '1.1.0';

/** A rule that fired, as "Why this answer" lists it: its id, seed source and words. */
export interface FiredRule {
  id: string;
  source: string;
  says: string;
}

export interface SupportOptionAdvice {
  option: SupportOption;
  rationale: string;
  caveats: string[];
  links: Link[];
}

/** Who owns the customer's capacity conversation, with the partner option when one was asked. */
export interface CapacityRecommendation {
  rubricVersion: string;
  scope: 'capacity' | 'both';
  owner: Owner;
  /** what the owner does next */
  action: string;
  tier: Tier;
  /** the tier row's owner and CSA-involvement columns */
  tierRoles: { owner: string; csaInvolvement: string };
  /** the same columns by persona (who leads, what the other persona named does) */
  personaRoles: readonly PersonaRole[];
  /** what the tier means for the owner: for the owner after the sale, where there is one */
  tierMeaning: { owner: Owner; meaning: string };
  technicalComplexity: boolean;
  lifecycle: string;
  afterSale: { owner: Owner } | null;
  blockers: { id: string; text: string }[];
  rules: FiredRule[];
  whatIf: readonly WhatIf[];
  roles: readonly RoleView[];
  supportOption: SupportOptionAdvice | null;
  resources: readonly Link[];
  engagements: readonly string[];
}

/** A partner's request alone: the support option, and no owner of a capacity conversation. */
export interface PartnerRecommendation {
  rubricVersion: string;
  scope: 'partner';
  owner: null;
  supportOption: SupportOptionAdvice;
  rules: FiredRule[];
}

export type Recommendation = CapacityRecommendation | PartnerRecommendation;

/** Whether a recommendation names an owner (a partner's request alone names none). */
export const hasOwner = (r: Recommendation): r is CapacityRecommendation => r.scope !== 'partner';

/**
 * The rules cannot decide because of facts the person does not know: what they decide in each
 * case those facts leave open, and which facts would settle it.
 */
export interface ConditionalAnswer {
  rubricVersion: string;
  scope: Scope;
  /** every case, in the order the rules read the facts; together they cover every possibility */
  cases: AnswerCase[];
  /** the unknown facts whose answers would settle it, in the order the questions ask them */
  settledBy: FactPath[];
}

export interface AnswerCase {
  /** all of these hold in this case */
  when: FactTest[];
  recommendation: Recommendation;
}

/** What the rules make of the facts so far. */
export type Decision =
  | { kind: 'recommendation'; recommendation: Recommendation }
  | { kind: 'conditional'; answer: ConditionalAnswer }
  | { kind: 'needsFacts'; needed: FactPath[] };

export interface RecommendOptions extends ScopeOptions {
  /**
   * facts the person chose not to give, so an optional fact's meaning when absent applies
   * (no expected hours: a short engagement); by default every fact not given
   */
  declined?: Iterable<FactPath>;
  rubric?: Rubric;
}

export interface DecideOptions extends RecommendOptions {
  /** facts the person does not know: never asked again; the answer is conditional on them */
  unknown?: Iterable<FactPath>;
}

/** Facts were given, but not enough of them to decide. */
export class UndecidedError extends Error {
  constructor(readonly needed: FactPath[]) {
    super(`more facts are needed to decide: ${needed.join(', ')}`);
    this.name = 'UndecidedError';
  }
}

/**
 * The recommendation for validated facts (see `parseFacts`). Facts the rules never reach on the
 * way to an answer may be absent (a GPU customer's vCPUs); if a fact that matters is absent,
 * it throws `UndecidedError` naming the facts still needed.
 */
export function recommend(
  facts: Facts,
  options?: RecommendOptions & { scope?: 'capacity' | 'both' },
): CapacityRecommendation;
export function recommend(facts: PartialFacts, options?: RecommendOptions): Recommendation;
export function recommend(facts: PartialFacts, options: RecommendOptions = {}): Recommendation {
  const decision = remembered(facts, options);
  if (decision.kind === 'needsFacts') throw new UndecidedError(decision.needed);
  // Without unknown facts there is nothing to be conditional on.
  if (decision.kind === 'conditional') throw new Error('unreachable: no fact was unknown');
  return decision.recommendation;
}

/**
 * What the rules make of the facts: a recommendation; or, when facts the person does not know
 * leave it open, the conditional answer; or the facts still needed.
 */
export function decide(facts: PartialFacts, options: DecideOptions = {}): Decision {
  return remembered(facts, options);
}

// One memo per rubric, for the decisions asked with the defaults (see memo.ts).
const memos = new WeakMap<Rubric, DecisionMemo<Decision>>();

function remembered(facts: PartialFacts, options: DecideOptions): Decision {
  const rubric = options.rubric ?? RUBRIC;
  if (!rubric.remembers) return decideNow(facts, options);
  let memo = memos.get(rubric);
  if (!memo) memos.set(rubric, (memo = new DecisionMemo(rubric.factsRead())));
  return memo.decide(facts, options, () => decideNow(facts, options));
}

function decideNow(facts: PartialFacts, options: DecideOptions): Decision {
  const rubric = options.rubric ?? RUBRIC;
  const scope = resolveScope(facts, options);
  const unknown = new Set(options.unknown ?? []);
  const declined = declinedSet(options.declined, unknown);
  const cases = walk(rubric, facts, {
    scope,
    declined,
    assumable: (fact) => unknown.has(fact),
  });
  const needed = neededIn(cases, scope);
  if (needed.length > 0) return { kind: 'needsFacts', needed };

  const merged = mergeCases(cases.map(decidedCase));
  const answers = merged.map((decided) => {
    const context = { ...decided.value.context, narrowed: narrowedFor(rubric, facts, decided) };
    return {
      when: decided.value.when.slice(0, decided.assumed.length),
      recommendation: build(facts, { ...decided.value, context }, scope, rubric),
    };
  });
  if (answers.length === 1)
    return { kind: 'recommendation', recommendation: answers[0]!.recommendation };
  const settledBy = new Set(answers.flatMap((answer) => answer.when.map((test) => test.fact)));
  return {
    kind: 'conditional',
    answer: {
      rubricVersion: RUBRIC_VERSION,
      scope,
      cases: answers,
      settledBy: QUESTION_ORDER.filter((fact) => settledBy.has(fact)),
    },
  };
}

// What was not given was not given: the usual case, one set shared by every decision.
const EVERY_FACT: ReadonlySet<FactPath> = new Set(FACT_PATHS);

/** The facts taken as not given, but for those the person does not know. */
function declinedSet(
  declined: Iterable<FactPath> | undefined,
  unknown: ReadonlySet<FactPath>,
): ReadonlySet<FactPath> {
  if (declined === undefined && unknown.size === 0) return EVERY_FACT;
  const set = new Set(declined ?? FACT_PATHS);
  for (const fact of unknown) set.delete(fact);
  return set;
}

/** Cases that chose the same rules in every `first` stage decide the same. */
function decidedCase(c: Case): Decided<Case> {
  const { tier, complexity, owner, afterSale, tierMeaning, supportOption } = c.chosen;
  const key = [tier, complexity, owner, afterSale, tierMeaning, supportOption]
    .map((rule) => rule?.id ?? '')
    .join('|');
  return { assumed: c.assumed, key, value: c };
}

/** A merged case knows only what its remaining assumptions say. */
function narrowedFor(rubric: Rubric, facts: PartialFacts, decided: Decided<Case>) {
  if (decided.assumed.length === decided.value.assumed.length)
    return decided.value.context.narrowed;
  const narrowed = new Map(narrowedBy(rubric, facts));
  for (const { comparison, holds } of decided.assumed) {
    const fact = comparison.fact as FactPath;
    const possible = narrowed.get(fact) ?? rubric.allClasses(fact);
    const holding = rubric.holdsIn(comparison);
    narrowed.set(fact, possible & (holds ? holding : ~holding));
  }
  return narrowed;
}

/** A settled case as a recommendation. */
function build(facts: PartialFacts, c: Case, scope: Scope, rubric: Rubric): Recommendation {
  const { context, chosen } = c;
  const fired: Rule<unknown>[] = [];
  let supportOption: SupportOptionAdvice | null = null;
  const partnerRules: Rule<unknown>[] = [];
  if (scope !== 'capacity') {
    const optionRule = chosen.supportOption!;
    const caveats = allMatches(rubric.book.caveats, context, rubric).rules;
    partnerRules.push(optionRule, ...caveats);
    supportOption = {
      option: optionRule.then.option,
      rationale: optionRule.then.rationale,
      caveats: caveats.map((rule) => rule.then.caveat),
      links: optionRule.then.links,
    };
  }
  if (scope === 'partner') {
    return {
      rubricVersion: RUBRIC_VERSION,
      scope,
      owner: null,
      supportOption: supportOption!,
      rules: partnerRules.map(firedRule),
    };
  }

  const tier = chosen.tier!;
  const owner = chosen.owner!;
  const tierMeaning = chosen.tierMeaning!;
  fired.push(tier, chosen.complexity!, owner);
  if (chosen.afterSale) fired.push(chosen.afterSale);
  fired.push(tierMeaning);
  const blockers = allMatches(rubric.book.blockers, context, rubric).rules;
  fired.push(...blockers, ...partnerRules);
  const resources = allMatches(rubric.book.resources, context, rubric).rules;
  const engagements = allMatches(rubric.book.engagements, context, rubric).rules;
  fired.push(...resources, ...engagements);

  return {
    rubricVersion: RUBRIC_VERSION,
    scope,
    owner: owner.then.owner,
    action: owner.then.action,
    tier: tier.then.tier,
    tierRoles: { owner: tier.then.ownerText, csaInvolvement: tier.then.csaInvolvement },
    personaRoles: tier.then.personaRoles,
    tierMeaning: {
      owner: chosen.afterSale?.then.owner ?? owner.then.owner,
      meaning: tierMeaning.then.meaning,
    },
    technicalComplexity: chosen.complexity!.then.technicalComplexity,
    lifecycle: owner.then.lifecycle,
    afterSale: chosen.afterSale ? { owner: chosen.afterSale.then.owner } : null,
    blockers: blockers.map((rule) => ({
      id: rule.then.id,
      text: fillTier(rule.then.text, tier.then),
    })),
    rules: fired.map(firedRule),
    whatIf: whatIf(facts, context, owner.then.owner, rubric),
    roles: rubric.roles,
    supportOption,
    resources: unique(resources.flatMap((rule) => rule.then.resources)),
    engagements: unique(engagements.flatMap((rule) => rule.then.engagements)),
  };
}

const firedRule = (rule: Rule<unknown>): FiredRule => ({
  id: rule.id,
  source: rule.source,
  says: rule.says,
});

const unique = <T>(items: T[]): T[] => [...new Set(items)];

function fillTier(text: string, tier: TierOutcome): string {
  return text
    .replace('{tier}', tier.tier)
    .replace('{tierOwner}', tier.ownerText)
    .replace('{csaInvolvement}', tier.csaInvolvement);
}
