import { type Comparison, type FactTest, factTest } from './conditions';
import {
  decidedRule,
  type EvaluationContext,
  firstMatch,
  isDerived,
  noDerivedValues,
  truth,
} from './engine';
import { type FactPath, type PartialFacts, QUESTION_ORDER, RANGED_FACTS } from './facts';
import { inScope } from './scope';
import type { Rubric } from './rubric';
import type {
  ComplexityOutcome,
  Owner,
  OwnerOutcome,
  Rule,
  Scope,
  Stage,
  SupportOptionOutcome,
  TierMeaningOutcome,
  TierOutcome,
} from './types';

/** The rules a decision chose in each `first` stage (those still open are absent). */
export interface Chosen {
  tier?: Rule<TierOutcome>;
  complexity?: Rule<ComplexityOutcome>;
  owner?: Rule<OwnerOutcome>;
  /** pre-sales with a contract: who owns it after the sale */
  afterSale?: Rule<OwnerOutcome>;
  tierMeaning?: Rule<TierMeaningOutcome>;
  supportOption?: Rule<SupportOptionOutcome>;
}

/** One case of a walk: the tests it assumed of facts not known, and what the rules chose. */
export interface Case {
  /** every test assumed on the way, in the order the rules read them */
  when: FactTest[];
  /** the same, as the comparisons split on and the side taken */
  assumed: Assumption[];
  context: EvaluationContext;
  chosen: Chosen;
  /** comparisons of facts not known and not to be assumed: what the questions still need */
  toAsk: Comparison[];
  /** every `first` stage in scope chose a rule */
  settled: boolean;
}

export interface Assumption {
  comparison: Comparison;
  holds: boolean;
}

export interface WalkOptions {
  scope: Scope;
  declined: ReadonlySet<FactPath>;
  /**
   * facts not known that the walk may assume either way: it splits into one case per side of
   * each comparison the rules make of them, so that the cases cover every completion
   */
  assumable: (fact: FactPath) => boolean;
  /** stop once the owner is chosen (the what-if's trial decisions) */
  ownerOnly?: boolean;
  /**
   * what is known of the facts without an exact value, as class masks; by default what their
   * ranges say. Read during the walk only: the caller may change it afterwards.
   */
  narrowed?: ReadonlyMap<FactPath, number>;
}

interface State {
  context: EvaluationContext;
  /** the context of the after-sale decision, made once the owner says there is one */
  afterSale?: EvaluationContext;
  narrowed: ReadonlyMap<FactPath, number>;
  when: FactTest[];
  assumed: Assumption[];
  chosen: Chosen;
  toAsk: Comparison[];
  settled: boolean;
}

/** A step reads its stage and records what it chose, or asks to split on one comparison. */
type Step = (state: State, rubric: Rubric, options: WalkOptions) => Comparison | undefined;

/**
 * Every case the rules can be in, given the facts: one case when the facts decide, more when a
 * `first` stage reads a fact that may be assumed either way. `all` stages never split: a rule
 * there applies in a case only when it surely does.
 */
export function walk(rubric: Rubric, facts: PartialFacts, options: WalkOptions): Case[] {
  const narrowed = options.narrowed ?? narrowedBy(rubric, facts);
  const state: State = {
    context: { facts, derived: noDerivedValues(), declined: options.declined, narrowed },
    narrowed,
    when: [],
    assumed: [],
    chosen: {},
    toAsk: [],
    settled: true,
  };
  const steps = options.ownerOnly ? OWNER_STEPS : STEPS_BY_SCOPE[options.scope];
  const cases: Case[] = [];
  run(state, 0, steps, rubric, options, cases);
  return cases;
}

const NOTHING_NARROWED: ReadonlyMap<FactPath, number> = new Map();

/** The classes known of facts given only as a range. */
export function narrowedBy(rubric: Rubric, facts: PartialFacts): ReadonlyMap<FactPath, number> {
  const ranges = facts.ranges;
  if (ranges === undefined) return NOTHING_NARROWED;
  const narrowed = new Map<FactPath, number>();
  for (const fact of RANGED_FACTS) {
    const range = ranges[fact];
    if (range !== undefined) narrowed.set(fact, rubric.classes.get(fact)!.rangeMask(range));
  }
  return narrowed;
}

function run(
  state: State,
  from: number,
  steps: readonly Step[],
  rubric: Rubric,
  options: WalkOptions,
  cases: Case[],
): void {
  for (let i = from; i < steps.length; i++) {
    const split = steps[i]!(state, rubric, options);
    if (split === undefined) continue;
    // The step recorded nothing: each side starts again from it, with the comparison assumed.
    const fact = split.fact as FactPath;
    const classes = rubric.classes.get(fact)!;
    const possible = state.narrowed.get(fact) ?? classes.all;
    const holding = rubric.holdsIn(split);
    for (const holds of [true, false]) {
      const mask = possible & (holds ? holding : ~holding);
      run(assuming(state, fact, mask, split, holds), i, steps, rubric, options, cases);
    }
    return;
  }
  cases.push({
    when: state.when,
    assumed: state.assumed,
    context: state.context,
    chosen: state.chosen,
    toAsk: state.toAsk,
    settled: state.settled,
  });
}

function assuming(
  state: State,
  fact: FactPath,
  mask: number,
  comparison: Comparison,
  holds: boolean,
): State {
  const narrowed = new Map(state.narrowed).set(fact, mask);
  const withNarrowed = (context: EvaluationContext): EvaluationContext => ({
    ...context,
    derived: { ...context.derived },
    narrowed,
  });
  return {
    context: withNarrowed(state.context),
    ...(state.afterSale ? { afterSale: withNarrowed(state.afterSale) } : {}),
    narrowed,
    when: [...state.when, factTest(comparison, holds)],
    assumed: [...state.assumed, { comparison, holds }],
    chosen: { ...state.chosen },
    toAsk: [...state.toAsk],
    settled: state.settled,
  };
}

/**
 * A `first` stage as a step: its rule, or a comparison to split on (the first one of the first
 * open rule that may be assumed), or, when it waits for facts still to be asked, those facts.
 */
function firstStep<Outcome>(
  name: keyof Chosen,
  stage: (rubric: Rubric) => Stage<Outcome>,
  record: (state: State, rule: Rule<Outcome>) => void,
  contextOf: (state: State) => EvaluationContext | undefined = (state) => state.context,
): Step {
  return (state, rubric, options) => {
    const context = contextOf(state);
    if (!context) return undefined;
    const match = firstMatch(name, stage(rubric), context, rubric);
    if (match.rule) {
      record(state, match.rule);
      return undefined;
    }
    const split = match.first.find(
      (comparison) => !isDerived(comparison.fact) && options.assumable(comparison.fact as FactPath),
    );
    if (split) return split;
    state.settled = false;
    state.toAsk.push(...askable(match.reached, options));
    return undefined;
  };
}

/**
 * An `all` stage as a step: it only notes the facts still to be asked that it reads, once the
 * decisions before it are made (a caveat of an option not chosen yet asks nothing), and only for
 * rules whose derived values are known.
 */
function allStep<Outcome>(stage: (rubric: Rubric) => Stage<Outcome>): Step {
  return (state, rubric, options) => {
    if (!state.settled) return undefined;
    for (const rule of stage(rubric).rules) {
      const open: Comparison[] = [];
      if (truth(rule.when, state.context, rubric, open) !== undefined) continue;
      if (open.some((comparison) => isDerived(comparison.fact))) continue;
      state.toAsk.push(...askable(open, options));
    }
    return undefined;
  };
}

function askable(open: Comparison[], options: WalkOptions): Comparison[] {
  return open.filter(
    (comparison) => !isDerived(comparison.fact) && !options.assumable(comparison.fact as FactPath),
  );
}

const tierStep = firstStep(
  'tier',
  (rubric) => rubric.book.tier,
  (state, rule) => {
    state.chosen.tier = rule;
    state.context.derived.tier = rule.then.tier;
  },
);
const complexityStep = firstStep(
  'complexity',
  (rubric) => rubric.book.complexity,
  (state, rule) => {
    state.chosen.complexity = rule;
    state.context.derived.technicalComplexity = rule.then.technicalComplexity;
  },
);
const ownerStep = firstStep(
  'owner',
  (rubric) => rubric.book.owner,
  (state, rule) => {
    state.chosen.owner = rule;
    state.context.derived.owner = rule.then.owner;
    const after = rule.then.afterSaleWith;
    if (after) {
      state.afterSale = {
        ...state.context,
        facts: { ...state.context.facts, ...after },
        derived: noDerivedValues(),
      };
    }
  },
);

/** After the sale, the owner is decided again from the same facts with the stage changed. */
const afterSaleSteps: Step[] = [
  firstStep(
    'tier',
    (rubric) => rubric.book.tier,
    (state, rule) => (state.afterSale!.derived.tier = rule.then.tier),
    (state) => state.afterSale,
  ),
  firstStep(
    'complexity',
    (rubric) => rubric.book.complexity,
    (state, rule) => (state.afterSale!.derived.technicalComplexity = rule.then.technicalComplexity),
    (state) => state.afterSale,
  ),
  firstStep(
    'owner',
    (rubric) => rubric.book.owner,
    (state, rule) => {
      state.chosen.afterSale = rule;
    },
    (state) => state.afterSale,
  ),
];

/** What the tier means is read with the owner after the sale, where there is one. */
const tierMeaningStep = firstStep(
  'tierMeaning',
  (rubric) => rubric.book.tierMeaning,
  (state, rule) => {
    state.chosen.tierMeaning = rule;
  },
  (state) => {
    const afterOwner = state.chosen.afterSale?.then.owner;
    if (afterOwner === undefined) return state.context;
    return { ...state.context, derived: { ...state.context.derived, owner: afterOwner } };
  },
);

const supportOptionStep = firstStep(
  'supportOption',
  (rubric) => rubric.book.supportOption,
  (state, rule) => {
    state.chosen.supportOption = rule;
    state.context.derived.supportOption = rule.then.option;
  },
);

const OWNER_STEPS: readonly Step[] = [tierStep, complexityStep, ownerStep];
const CAPACITY_STEPS: readonly Step[] = [
  ...OWNER_STEPS,
  ...afterSaleSteps,
  tierMeaningStep,
  allStep((rubric) => rubric.book.blockers),
];
const PARTNER_STEPS: readonly Step[] = [
  supportOptionStep,
  allStep((rubric) => rubric.book.caveats),
];
const STEPS_BY_SCOPE: Record<Scope, readonly Step[]> = {
  capacity: CAPACITY_STEPS,
  partner: PARTNER_STEPS,
  both: [...CAPACITY_STEPS, ...PARTNER_STEPS],
};

/** The facts the cases still read that are neither known nor to be assumed, in question order. */
export function neededIn(cases: readonly Case[], scope: Scope): FactPath[] {
  const needed = new Set<string>();
  for (const c of cases) for (const comparison of c.toAsk) needed.add(comparison.fact);
  return QUESTION_ORDER.filter((fact) => needed.has(fact) && inScope(fact, scope));
}

/**
 * The owner when the facts decide it without assuming anything, else undefined: the what-if's
 * trial decisions take this short way whenever they can. It writes the context's derived values.
 */
export function ownerIfDecided(rubric: Rubric, context: EvaluationContext): Owner | undefined {
  const { tier, complexity, owner } = rubric.book;
  const tierRule = decidedRule(tier, context, rubric);
  if (!tierRule) return undefined;
  context.derived.tier = tierRule.then.tier;
  const complexityRule = decidedRule(complexity, context, rubric);
  if (!complexityRule) return undefined;
  context.derived.technicalComplexity = complexityRule.then.technicalComplexity;
  return decidedRule(owner, context, rubric)?.then.owner;
}
