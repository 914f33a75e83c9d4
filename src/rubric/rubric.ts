import { thresholds } from './conditions';
import { compileClassifier } from './decisionClass';
import { CompiledStage, type EvaluationContext, noDerivedValues } from './engine';
import type { PartialFacts } from './facts';
import { RULE_BOOK } from './rules';
import type {
  BlockerOutcome,
  CaveatOutcome,
  ComplexityOutcome,
  EngagementsOutcome,
  Owner,
  OwnerOutcome,
  ResourcesOutcome,
  RoleBoundary,
  Rule,
  RuleBook,
  Stage,
  SupportOptionOutcome,
  TierOutcome,
} from './types';

/** The rule book compiled once; every decision evaluates these stages in order. */
export class CompiledRubric {
  readonly tier: CompiledStage<TierOutcome>;
  readonly complexity: CompiledStage<ComplexityOutcome>;
  readonly owner: CompiledStage<OwnerOutcome>;
  readonly blockers: CompiledStage<BlockerOutcome>;
  readonly supportOption: CompiledStage<SupportOptionOutcome>;
  readonly caveats: CompiledStage<CaveatOutcome>;
  readonly resources: CompiledStage<ResourcesOutcome>;
  readonly engagements: CompiledStage<EngagementsOutcome>;
  /** the role boundaries as every recommendation shows them: built once, shared, frozen */
  readonly roles: readonly Readonly<Pick<RoleBoundary, 'role' | 'does' | 'doesNot'>>[];

  /** numbers the combination of fact classes a decision depends on (see decisionClass.ts) */
  readonly classify: ((facts: PartialFacts) => number) | undefined;

  constructor(
    readonly book: RuleBook,
    options: { rememberDecisions?: boolean } = {},
  ) {
    this.tier = new CompiledStage('tier', book.tier);
    this.complexity = new CompiledStage('complexity', book.complexity);
    this.owner = new CompiledStage('owner', book.owner);
    this.blockers = new CompiledStage('blockers', book.blockers);
    this.supportOption = new CompiledStage('supportOption', book.supportOption);
    this.caveats = new CompiledStage('caveats', book.caveats);
    this.resources = new CompiledStage('resources', book.resources);
    this.engagements = new CompiledStage('engagements', book.engagements);
    this.roles = Object.freeze(
      book.roles.map(({ role, does, doesNot }) => Object.freeze({ role, does, doesNot })),
    );
    const stages: Stage<unknown>[] = Object.values(book).filter((value) => 'rules' in value);
    const conditions = stages.flatMap((stage) => stage.rules.map((rule) => rule.when));
    // The what-if picks the nearer of two thresholds on one fact by the exact number: then a
    // decision is no longer a function of the classes alone.
    const whatIfStages = [book.tier, book.complexity, book.owner];
    const limits = whatIfStages.flatMap((stage) =>
      stage.rules.flatMap((rule) => thresholds(rule.when)),
    );
    const oneLimitPerFact = limits.every(
      (limit) =>
        limits.filter((other) => other.fact === limit.fact && other.value !== limit.value)
          .length === 0,
    );
    const remember = options.rememberDecisions ?? true;
    this.classify = remember && oneLimitPerFact ? compileClassifier(conditions) : undefined;
  }

  /** Tier, complexity and owner: the part of a decision the what-if explores. */
  decideOwner(facts: PartialFacts): OwnerDecision {
    const derived = noDerivedValues();
    const context: EvaluationContext = { facts, derived };
    const tier = decided(this.tier.first(context), 'tier');
    derived.tier = tier.then.tier;
    const complexity = decided(this.complexity.first(context), 'complexity');
    derived.technicalComplexity = complexity.then.technicalComplexity;
    const owner = decided(this.owner.first(context), 'owner');
    return { context, tier, complexity, owner };
  }

  /**
   * Only the owner, for the what-if's many trial decisions: one reused context, nothing kept.
   * Safe to reuse because a decision never awaits.
   */
  ownerOf(facts: PartialFacts): Owner {
    const context = this.scratch;
    context.facts = facts;
    context.derived.tier = decided(this.tier.first(context), 'tier').then.tier;
    context.derived.technicalComplexity = decided(
      this.complexity.first(context),
      'complexity',
    ).then.technicalComplexity;
    return decided(this.owner.first(context), 'owner').then.owner;
  }

  private readonly scratch: EvaluationContext = { facts: {}, derived: noDerivedValues() };

  /**
   * Decisions already made, by class of facts: bounded, and cleared whole when full (the classes
   * seen in practice are few). What is stored is deeply frozen, so sharing it is safe.
   */
  remember<Decision extends object>(facts: PartialFacts, decide: () => Decision): Decision {
    if (!this.classify) return decide();
    const key = this.classify(facts);
    let decision = this.remembered.get(key) as Decision | undefined;
    if (!decision) {
      decision = deepFreeze(decide());
      if (this.remembered.size >= REMEMBERED_DECISIONS) this.remembered.clear();
      this.remembered.set(key, decision);
    }
    return decision;
  }

  private readonly remembered = new Map<number, object>();
}

const REMEMBERED_DECISIONS = 10_000;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export interface OwnerDecision {
  context: EvaluationContext;
  tier: Rule<TierOutcome>;
  complexity: Rule<ComplexityOutcome>;
  owner: Rule<OwnerOutcome>;
}

/** A `first` stage whose table ends without a match means the rule data has a gap. */
export function decided<Outcome>(rule: Rule<Outcome> | undefined, stage: string): Rule<Outcome> {
  if (!rule) throw new Error(`no ${stage} rule matched these facts: the ${stage} table has a gap`);
  return rule;
}

export const RUBRIC = new CompiledRubric(RULE_BOOK);
