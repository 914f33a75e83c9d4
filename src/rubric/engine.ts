import { z } from 'zod';
import {
  type Comparison,
  type Condition,
  ConditionSchema,
  DERIVED_NAMES,
  type DerivedName,
  type FactRef,
  factsRead,
  type Scalar,
} from './conditions';
import { compare } from './factClasses';
import { FACT_DOMAINS, type FactPath, type PartialFacts } from './facts';
import type { Rule, Stage } from './types';

/** Values derived by earlier stages (the tier, technical complexity, the owner, the option). */
export type Derived = Record<DerivedName, Scalar | undefined>;

/** Always the same shape, so that the evaluator reads one kind of object. */
export function noDerivedValues(): Derived {
  return {
    tier: undefined,
    technicalComplexity: undefined,
    owner: undefined,
    supportOption: undefined,
  };
}

/** What a condition is evaluated against. Facts may be partial while a conversation goes on. */
export interface EvaluationContext {
  facts: PartialFacts;
  derived: Derived;
  /** facts the person chose not to give: an optional fact's `ifAbsent` answer then applies */
  declined: ReadonlySet<FactPath>;
  /**
   * what is known of facts without an exact value, as the mask of classes they may be in (see
   * factClasses.ts): from a range given ("over 500"), or a branch of a conditional answer
   */
  narrowed: ReadonlyMap<FactPath, number>;
}

/** What the interpreter needs of the rubric: the classes a comparison holds in, by fact. */
export interface ClassLookup {
  /** the mask of every class of a fact */
  allClasses(fact: FactPath): number;
  /** the classes of its fact in which a comparison holds */
  holdsIn(comparison: Comparison): number;
  /** what the rubric worked out once about a comparison of its rules */
  atomOf(comparison: Comparison): Atom;
}

/**
 * A comparison of the rules as the interpreter reads it, worked out once per rubric: where its
 * value is, and the classes of its fact in which it holds.
 */
export interface Atom {
  /** the derived value it reads, if it reads one */
  derived: DerivedName | undefined;
  /** the fact's key, at the top of the facts or among the partner facts */
  key: string;
  partner: boolean;
  /** the classes in which it holds, and all the classes of its fact */
  holding: number;
  all: number;
}

const DERIVED = new Set<string>(DERIVED_NAMES);
export const isDerived = (ref: FactRef): ref is DerivedName => DERIVED.has(ref);

const RuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9.-]+$/, 'rule ids are lowercase words joined by dots or dashes'),
  source: z.string().min(3),
  says: z.string().min(10, 'every rule says what it decides, in words'),
  when: ConditionSchema,
  then: z.unknown(),
});
const StageSchema = z.strictObject({
  mode: z.enum(['first', 'all']),
  rules: z.array(RuleSchema).min(1),
});

/** Checks a stage's rule data once, when a rubric is built: shape, and facts that exist. */
export function validateStage(name: string, stage: Stage<unknown>): void {
  const parsed = StageSchema.safeParse(stage);
  if (!parsed.success) {
    throw new Error(`rule data for stage "${name}" is invalid: ${z.prettifyError(parsed.error)}`);
  }
  for (const rule of stage.rules) {
    for (const ref of factsRead(rule.when)) {
      if (!isDerived(ref) && !(ref in FACT_DOMAINS)) {
        throw new Error(`rule ${rule.id} in stage "${name}" reads an unknown fact "${ref}"`);
      }
    }
  }
}

/**
 * The one evaluator of the condition language: three-valued (Kleene), so that it answers
 * `undefined` when the answer depends on a fact not known yet. The comparisons that left it
 * undecided are appended to `open`, when given.
 */
export function truth(
  condition: Condition,
  context: EvaluationContext,
  classes: ClassLookup,
  open?: Comparison[],
): boolean | undefined {
  if ('fact' in condition) return comparisonTruth(condition, context, classes, open);
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition;
    const parts = isAll ? condition.all : condition.any;
    const pending: Comparison[] | undefined = open ? [] : undefined;
    let undecided = false;
    for (const part of parts) {
      const value = truth(part, context, classes, pending);
      if (value === !isAll) return value; // a false in `all`, a true in `any` settles it
      if (value === undefined) undecided = true;
    }
    if (undecided) {
      if (open && pending) open.push(...pending);
      return undefined;
    }
    return isAll;
  }
  if ('not' in condition) {
    const value = truth(condition.not, context, classes, open);
    return value === undefined ? undefined : !value;
  }
  return true;
}

function comparisonTruth(
  condition: Comparison,
  context: EvaluationContext,
  classes: ClassLookup,
  open: Comparison[] | undefined,
): boolean | undefined {
  const atom = classes.atomOf(condition);
  if (atom.derived !== undefined) {
    const value = context.derived[atom.derived];
    if (value !== undefined) return compare(condition, value);
    open?.push(condition);
    return undefined;
  }
  const facts = context.facts as Record<string, unknown>;
  const value = atom.partner
    ? (facts.partner as Record<string, unknown> | undefined)?.[atom.key]
    : facts[atom.key];
  if (value !== undefined) return compare(condition, value);
  const fact = condition.fact as FactPath;
  let possible = context.narrowed.size === 0 ? undefined : context.narrowed.get(fact);
  if (possible === undefined) {
    // A fact the person chose not to give: a rule that says what absence means is answered.
    if ('ifAbsent' in condition && condition.ifAbsent !== undefined && context.declined.has(fact)) {
      return condition.ifAbsent;
    }
    possible = atom.all;
  }
  const holding = possible & atom.holding;
  if (holding === possible) return true;
  if (holding === 0) return false;
  open?.push(condition);
  return undefined;
}

/** A `first` stage's answer so far: the rule that surely matches, or where it stays open. */
export type FirstMatch<Outcome> =
  | { rule: Rule<Outcome> }
  | {
      rule: undefined;
      /** the undecided comparisons of the first rule that may match */
      first: Comparison[];
      /** the undecided comparisons of every rule that may still be reached */
      reached: Comparison[];
    };

export function firstMatch<Outcome>(
  name: string,
  stage: Stage<Outcome>,
  context: EvaluationContext,
  classes: ClassLookup,
): FirstMatch<Outcome> {
  let first: Comparison[] | undefined;
  const reached: Comparison[] = [];
  for (const rule of stage.rules) {
    const open: Comparison[] = [];
    const value = truth(rule.when, context, classes, open);
    if (value === true) {
      if (!first) return { rule };
      break;
    }
    if (value === undefined) {
      first ??= open;
      reached.push(...open);
    }
  }
  if (!first) throw new Error(`no ${name} rule matched these facts: the ${name} table has a gap`);
  return { rule: undefined, first, reached };
}

/** The rule of a `first` stage that surely matches, if the facts already decide it. */
export function decidedRule<Outcome>(
  stage: Stage<Outcome>,
  context: EvaluationContext,
  classes: ClassLookup,
): Rule<Outcome> | undefined {
  for (const rule of stage.rules) {
    const value = truth(rule.when, context, classes);
    if (value === true) return rule;
    if (value === undefined) return undefined;
  }
  return undefined;
}

/** The rules of an `all` stage that surely match, and the comparisons that left others open. */
export function allMatches<Outcome>(
  stage: Stage<Outcome>,
  context: EvaluationContext,
  classes: ClassLookup,
): { rules: Rule<Outcome>[]; open: Comparison[] } {
  const rules: Rule<Outcome>[] = [];
  const open: Comparison[] = [];
  for (const rule of stage.rules) {
    if (truth(rule.when, context, classes, open) === true) rules.push(rule);
  }
  return { rules, open };
}
