import type { Comparison, Condition } from './conditions';
import { type Atom, type ClassLookup, isDerived, validateStage } from './engine';
import { type FactClasses, factClasses } from './factClasses';
import { FACT_PATHS, type FactPath } from './facts';
import { RULE_BOOK } from './rules';
import type { RoleBoundary, RuleBook, Stage } from './types';

/** The stages of a rule book, by name, in the order a decision evaluates them. */
export const STAGE_NAMES = [
  'tier',
  'complexity',
  'owner',
  'tierMeaning',
  'blockers',
  'supportOption',
  'caveats',
  'resources',
  'engagements',
] as const satisfies readonly (keyof RuleBook)[];

/** A role boundary as every recommendation shows it. */
export type RoleView = Readonly<Pick<RoleBoundary, 'role' | 'does' | 'doesNot'>>;

/**
 * A rule book checked once, with what the evaluator needs at hand: the classes of each fact's
 * values the rules tell apart, and in which classes each comparison holds.
 */
export class Rubric implements ClassLookup {
  /** the role boundaries as every recommendation shows them: built once, shared, frozen */
  readonly roles: readonly RoleView[];
  /** the classes of every fact (see factClasses.ts) */
  readonly classes: ReadonlyMap<FactPath, FactClasses>;
  /** every comparison the rules make of each fact, in stage and rule order */
  readonly comparisons: ReadonlyMap<FactPath, readonly Comparison[]>;
  private readonly holding = new Map<Comparison, number>();
  private readonly atoms = new Map<Comparison, Atom>();

  /**
   * whether decisions may be remembered by the classes of their facts (see memo.ts): only when
   * asked, and when the what-if's nearest change never depends on more than a fact's class
   */
  readonly remembers: boolean;

  constructor(
    readonly book: RuleBook,
    options: { rememberDecisions?: boolean } = {},
  ) {
    for (const name of STAGE_NAMES) validateStage(name, book[name] as Stage<unknown>);
    this.roles = Object.freeze(
      book.roles.map(({ role, does, doesNot }) => Object.freeze({ role, does, doesNot })),
    );
    const byFact = new Map<FactPath, Comparison[]>(FACT_PATHS.map((fact) => [fact, []]));
    for (const name of STAGE_NAMES) {
      for (const rule of (book[name] as Stage<unknown>).rules) {
        for (const comparison of comparisonsIn(rule.when)) {
          if (!isDerived(comparison.fact))
            byFact.get(comparison.fact as FactPath)!.push(comparison);
        }
      }
    }
    this.comparisons = byFact;
    const classes = new Map<FactPath, FactClasses>();
    for (const [fact, comparisons] of byFact) {
      const factClass = factClasses(fact, comparisons);
      classes.set(fact, factClass);
      for (const comparison of comparisons) {
        this.holding.set(comparison, factClass.holds(comparison));
      }
    }
    this.classes = classes;
    // With two thresholds on one number, which is nearer depends on the exact number.
    const ownerStages = [book.tier, book.complexity, book.owner];
    const thresholds = new Map<string, Set<unknown>>();
    for (const stage of ownerStages) {
      for (const rule of stage.rules) {
        for (const comparison of comparisonsIn(rule.when)) {
          if (!('value' in comparison) || typeof comparison.value !== 'number') continue;
          const values = thresholds.get(comparison.fact) ?? new Set();
          thresholds.set(comparison.fact, values.add(comparison.value));
        }
      }
    }
    const oneThresholdEach = [...thresholds.values()].every((values) => values.size === 1);
    this.remembers = (options.rememberDecisions ?? true) && oneThresholdEach;
  }

  /** The classes of the facts the rules read (text is never read). */
  factsRead(): FactClasses[] {
    return [...this.comparisons]
      .filter(([, comparisons]) => comparisons.length > 0)
      .map(([fact]) => this.classes.get(fact)!);
  }

  allClasses(fact: FactPath): number {
    return this.classes.get(fact)!.all;
  }

  atomOf(comparison: Comparison): Atom {
    let atom = this.atoms.get(comparison);
    if (!atom) {
      const ref = comparison.fact;
      const derived = isDerived(ref) ? ref : undefined;
      const partner = ref.startsWith('partner.');
      atom = {
        derived,
        key: partner ? ref.slice('partner.'.length) : ref,
        partner,
        holding: derived ? 0 : this.holdsIn(comparison),
        all: derived ? 0 : this.allClasses(ref as FactPath),
      };
      this.atoms.set(comparison, atom);
    }
    return atom;
  }

  holdsIn(comparison: Comparison): number {
    let mask = this.holding.get(comparison);
    if (mask === undefined) {
      mask = this.classes.get(comparison.fact as FactPath)!.holds(comparison);
      this.holding.set(comparison, mask);
    }
    return mask;
  }
}

/** Every comparison in a condition, in the order the evaluator reads them. */
export function comparisonsIn(condition: Condition): Comparison[] {
  if ('fact' in condition) return [condition];
  if ('all' in condition) return condition.all.flatMap(comparisonsIn);
  if ('any' in condition) return condition.any.flatMap(comparisonsIn);
  if ('not' in condition) return comparisonsIn(condition.not);
  return [];
}

export const RUBRIC = new Rubric(RULE_BOOK);
