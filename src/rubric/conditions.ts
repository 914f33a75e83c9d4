import { z } from 'zod';
import type { FactPath } from './facts';

/** Values the rubric derives from facts, which later rules may name like facts. */
export const DERIVED_NAMES = ['tier', 'technicalComplexity', 'supportOption'] as const;
export type DerivedName = (typeof DERIVED_NAMES)[number];
export type FactRef = FactPath | DerivedName;

export type Scalar = string | number | boolean;

/**
 * A rule's condition, as data. Comparisons read one fact (or derived value); `ifAbsent` is the
 * answer when an optional fact was not given (e.g. no expectedHours means a short engagement).
 */
export type Condition =
  | { always: true }
  | { fact: FactRef; is: 'eq' | 'ne'; value: Scalar; ifAbsent?: boolean }
  | { fact: FactRef; is: 'gt' | 'gte' | 'lt' | 'lte'; value: number; ifAbsent?: boolean }
  | { fact: FactRef; is: 'nonEmpty' }
  | { fact: FactRef; is: 'includes'; value: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const factRef = z.string().min(1);
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ always: z.literal(true) }),
    z.strictObject({
      fact: factRef,
      is: z.enum(['eq', 'ne']),
      value: z.union([z.string(), z.number(), z.boolean()]),
      ifAbsent: z.boolean().optional(),
    }),
    z.strictObject({
      fact: factRef,
      is: z.enum(['gt', 'gte', 'lt', 'lte']),
      value: z.number(),
      ifAbsent: z.boolean().optional(),
    }),
    z.strictObject({ fact: factRef, is: z.literal('nonEmpty') }),
    z.strictObject({ fact: factRef, is: z.literal('includes'), value: z.string() }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
) as z.ZodType<Condition>;

// Small constructors keep the rule tables readable.
export const always: Condition = { always: true };
export const eq = (fact: FactRef, value: Scalar): Condition => ({ fact, is: 'eq', value });
export const ne = (fact: FactRef, value: Scalar): Condition => ({ fact, is: 'ne', value });
export const gt = (fact: FactRef, value: number, ifAbsent?: boolean): Condition =>
  ifAbsent === undefined ? { fact, is: 'gt', value } : { fact, is: 'gt', value, ifAbsent };
export const gte = (fact: FactRef, value: number): Condition => ({ fact, is: 'gte', value });
export const lte = (fact: FactRef, value: number, ifAbsent?: boolean): Condition =>
  ifAbsent === undefined ? { fact, is: 'lte', value } : { fact, is: 'lte', value, ifAbsent };
export const nonEmpty = (fact: FactRef): Condition => ({ fact, is: 'nonEmpty' });
export const includes = (fact: FactRef, value: string): Condition => ({
  fact,
  is: 'includes',
  value,
});
export const allOf = (...conditions: Condition[]): Condition => ({ all: conditions });
export const anyOf = (...conditions: Condition[]): Condition => ({ any: conditions });
export const not = (condition: Condition): Condition => ({ not: condition });

/** Every fact or derived value a condition reads, in the order it reads them. */
export function factsRead(condition: Condition): FactRef[] {
  if ('fact' in condition) return [condition.fact];
  if ('all' in condition) return condition.all.flatMap(factsRead);
  if ('any' in condition) return condition.any.flatMap(factsRead);
  if ('not' in condition) return factsRead(condition.not);
  return [];
}

/** Every numeric comparison a condition makes: where a number fact's thresholds are. */
export function thresholds(
  condition: Condition,
): { fact: FactRef; is: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte'; value: number }[] {
  if ('fact' in condition) {
    return condition.is !== 'includes' &&
      'value' in condition &&
      typeof condition.value === 'number'
      ? [{ fact: condition.fact, is: condition.is, value: condition.value }]
      : [];
  }
  if ('all' in condition) return condition.all.flatMap(thresholds);
  if ('any' in condition) return condition.any.flatMap(thresholds);
  if ('not' in condition) return thresholds(condition.not);
  return [];
}
