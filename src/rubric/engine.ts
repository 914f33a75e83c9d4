import { z } from 'zod';
import {
  type Condition,
  ConditionSchema,
  DERIVED_NAMES,
  factsRead,
  type DerivedName,
  type FactRef,
  type Scalar,
} from './conditions';
import { FACT_DOMAINS, type FactPath, type PartialFacts, readFact } from './facts';
import type { Rule, Stage } from './types';

/** Values derived by earlier stages (the tier, technical complexity, the support option). */
export type Derived = Record<DerivedName, Scalar | undefined>;

/** Always the same shape, so the compiled rules see one hidden class. */
export function noDerivedValues(): Derived {
  return { tier: undefined, technicalComplexity: undefined, supportOption: undefined };
}

/** What a condition is evaluated against. Facts may be partial while a conversation goes on. */
export interface EvaluationContext {
  facts: PartialFacts;
  derived: Derived;
  /** facts the person chose not to give: an optional fact's `ifAbsent` answer then applies */
  declined?: ReadonlySet<FactPath>;
}

const isDerived = (ref: FactRef): ref is DerivedName =>
  (DERIVED_NAMES as readonly string[]).includes(ref);

const RuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9.-]+$/, 'rule ids are lowercase words joined by dots or dashes'),
  source: z.string().min(3),
  when: ConditionSchema,
  then: z.unknown(),
});
// At most 31 rules, so that an `all` stage's matches fit one 32-bit mask.
const StageSchema = z.strictObject({
  mode: z.enum(['first', 'all']),
  rules: z.array(RuleSchema).min(1).max(31),
});

/**
 * A stage compiled once into one function over the facts, so that a decision costs a few
 * comparisons (the what-if makes a dozen trial decisions per recommendation). The data stays the
 * single statement of the rules; the function is only its fast form. It is built from rule data
 * that is validated above (fact names from a fixed list, every value JSON-encoded), never from
 * anything a user typed.
 */
export class CompiledStage<Outcome> {
  private readonly evaluate: (facts: PartialFacts, derived: Derived) => number;
  /** an `all` stage's matches depend only on its mask: one shared, frozen list per mask */
  private readonly matchesByMask = new Map<number, readonly Rule<Outcome>[]>();
  private readonly gatheredByMask = new Map<number, readonly unknown[]>();

  constructor(
    readonly name: string,
    readonly stage: Stage<Outcome>,
  ) {
    const parsed = StageSchema.safeParse(stage);
    if (!parsed.success) {
      throw new Error(`rule data for stage "${name}" is invalid: ${z.prettifyError(parsed.error)}`);
    }
    for (const rule of stage.rules) checkReferences(name, rule);
    const tests = stage.rules.map((rule) => expression(rule.when));
    const body =
      stage.mode === 'first'
        ? `${tests.map((test, i) => `if (${test}) return ${i};`).join('\n')}\nreturn -1;`
        : `let m = 0;\n${tests.map((test, i) => `if (${test}) m |= ${1 << i};`).join('\n')}\nreturn m;`;
    this.evaluate = new Function('f', 'd', `"use strict";\n${body}`) as typeof this.evaluate;
  }

  /** The first rule that matches, for `first` stages. */
  first(context: EvaluationContext): Rule<Outcome> | undefined {
    const index = this.evaluate(context.facts, context.derived);
    return index < 0 ? undefined : this.stage.rules[index];
  }

  /** Every rule that matches, for `all` stages. */
  matching(context: EvaluationContext): readonly Rule<Outcome>[] {
    const mask = this.evaluate(context.facts, context.derived);
    let matched = this.matchesByMask.get(mask);
    if (!matched) {
      matched = Object.freeze(this.stage.rules.filter((_, i) => (mask & (1 << i)) !== 0));
      this.matchesByMask.set(mask, matched);
    }
    return matched;
  }

  /**
   * What every matching rule of an `all` stage contributes, flattened and without repeats.
   * Cached per mask like `matching`: `pick` must be the same for every call on a stage.
   */
  gather<Item>(
    context: EvaluationContext,
    pick: (outcome: Outcome) => readonly Item[],
  ): readonly Item[] {
    const mask = this.evaluate(context.facts, context.derived);
    let items = this.gatheredByMask.get(mask) as readonly Item[] | undefined;
    if (!items) {
      const all = this.matching(context).flatMap((rule) => pick(rule.then));
      items = Object.freeze([...new Set(all)]);
      this.gatheredByMask.set(mask, items);
    }
    return items;
  }

  /**
   * With facts still partial: whether the stage's answer is already settled, and if not, which
   * unknown facts or derived values it still reads (a `first` stage reads no further than its
   * first rule that surely matches).
   */
  settle(context: EvaluationContext): { settled: boolean; unknown: FactRef[] } {
    const unknown: FactRef[] = [];
    for (const rule of this.stage.rules) {
      const value = evaluatePartially(rule.when, context, unknown);
      if (value === true && this.stage.mode === 'first') break;
    }
    return { settled: unknown.length === 0, unknown };
  }
}

function checkReferences(stageName: string, rule: Rule<unknown>): void {
  for (const ref of factsRead(rule.when)) {
    if (!isDerived(ref) && !(ref in FACT_DOMAINS)) {
      throw new Error(`rule ${rule.id} in stage "${stageName}" reads an unknown fact "${ref}"`);
    }
  }
}

/**
 * A check that every one of these facts is present, compiled like the rules. Partner facts only
 * count when partner facts were given at all.
 */
export function compilePresenceCheck(paths: readonly FactPath[]): (facts: PartialFacts) => boolean {
  const present = (path: FactPath) => `${access(path)} !== undefined`;
  const topLevel = paths.filter((path) => !path.startsWith('partner.')).map(present);
  const partner = paths.filter((path) => path.startsWith('partner.')).map(present);
  const partnerCheck = partner.length
    ? `(f.partner === undefined || (${partner.join(' && ')}))`
    : 'true';
  const body = `"use strict";\nreturn ${[...topLevel, partnerCheck].join(' && ')};`;
  return new Function('f', body) as (facts: PartialFacts) => boolean;
}

/** A fact's place in a compiled function's arguments: `f` the facts, `d` the derived values. */
export function access(ref: FactRef): string {
  if (isDerived(ref)) return `d[${JSON.stringify(ref)}]`;
  if (ref.startsWith('partner.')) {
    const key = JSON.stringify(ref.slice('partner.'.length));
    return `(f.partner === undefined ? undefined : f.partner[${key}])`;
  }
  return `f[${JSON.stringify(ref)}]`;
}

export const OPERATORS = { eq: '===', ne: '!==', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

function expression(condition: Condition): string {
  if ('always' in condition) return 'true';
  if ('all' in condition) return `(${condition.all.map(expression).join(' && ')})`;
  if ('any' in condition) return `(${condition.any.map(expression).join(' || ')})`;
  if ('not' in condition) return `!${expression(condition.not)}`;
  const value = access(condition.fact);
  const ifAbsent = 'ifAbsent' in condition && condition.ifAbsent === true;
  let test: string;
  if (condition.is === 'nonEmpty') test = `${value}.length > 0`;
  else if (condition.is === 'includes')
    test = `${value}.includes(${JSON.stringify(condition.value)})`;
  else test = `${value} ${OPERATORS[condition.is]} ${JSON.stringify(condition.value)}`;
  return `(${value} === undefined ? ${ifAbsent} : ${test})`;
}

type Comparison = Exclude<
  Condition,
  { always: true } | { all: Condition[] } | { any: Condition[] } | { not: Condition }
>;

function comparison(condition: Comparison): (value: unknown) => boolean {
  switch (condition.is) {
    case 'eq':
      return (value) => value === condition.value;
    case 'ne':
      return (value) => value !== condition.value;
    case 'gt':
      return (value) => (value as number) > condition.value;
    case 'gte':
      return (value) => (value as number) >= condition.value;
    case 'lt':
      return (value) => (value as number) < condition.value;
    case 'lte':
      return (value) => (value as number) <= condition.value;
    case 'nonEmpty':
      return (value) => (value as unknown[]).length > 0;
    case 'includes':
      return (value) => (value as unknown[]).includes(condition.value);
  }
}

/**
 * Three-valued evaluation (Kleene): `undefined` when the answer depends on a fact not known yet.
 * Unknown facts that would decide it are appended to `unknown`.
 */
function evaluatePartially(
  condition: Condition,
  context: EvaluationContext,
  unknown: FactRef[],
): boolean | undefined {
  if ('always' in condition) return true;
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition;
    const parts = isAll ? condition.all : condition.any;
    const pending: FactRef[] = [];
    let undecided = false;
    for (const part of parts) {
      const value = evaluatePartially(part, context, pending);
      if (value === !isAll) return value; // a false in `all`, a true in `any` settles it
      if (value === undefined) undecided = true;
    }
    if (undecided) {
      unknown.push(...pending);
      return undefined;
    }
    return isAll;
  }
  if ('not' in condition) {
    const value = evaluatePartially(condition.not, context, unknown);
    return value === undefined ? undefined : !value;
  }
  const value = isDerived(condition.fact)
    ? context.derived[condition.fact]
    : readFact(context.facts, condition.fact as FactPath);
  if (value === undefined) {
    // While a conversation goes on, an absent fact is one not asked yet, unless it was declined:
    // then a rule that says what absence means is answered; any other still waits for it.
    const declined = context.declined?.has(condition.fact as FactPath) ?? false;
    if (declined && 'ifAbsent' in condition && condition.ifAbsent !== undefined) {
      return condition.ifAbsent;
    }
    unknown.push(condition.fact);
    return undefined;
  }
  return comparison(condition)(value);
}
