import { z } from 'zod';
import { type FactPath, FactPathSchema } from './facts';

/** Values the rubric derives from facts, which later rules may name like facts. */
export const DERIVED_NAMES = ['tier', 'technicalComplexity', 'owner', 'supportOption'] as const;
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

/** The comparisons a condition can make with a constant: its atoms. */
export type Comparison = Exclude<
  Condition,
  { always: true } | { all: Condition[] } | { any: Condition[] } | { not: Condition }
>;

/**
 * One test of one fact, as data: a branch of a conditional answer ("quotaGroupVcpus gt 500"),
 * or a what-if's change ("vmSkus lte 9"). Every comparison has its opposite here, so that the
 * other side of a test is a test too.
 */
export type FactTest =
  | { fact: FactPath; is: 'eq' | 'ne'; value: Scalar }
  | { fact: FactPath; is: 'gt' | 'gte' | 'lt' | 'lte'; value: number }
  | { fact: FactPath; is: 'includes' | 'excludes'; value: string }
  | { fact: FactPath; is: 'nonEmpty' | 'empty' };

const factPath = FactPathSchema;
export const FactTest: z.ZodType<FactTest> = z.union([
  z.strictObject({
    fact: factPath,
    is: z.enum(['eq', 'ne']),
    value: z.union([z.string(), z.number(), z.boolean()]),
  }),
  z.strictObject({ fact: factPath, is: z.enum(['gt', 'gte', 'lt', 'lte']), value: z.number() }),
  z.strictObject({ fact: factPath, is: z.enum(['includes', 'excludes']), value: z.string() }),
  z.strictObject({ fact: factPath, is: z.enum(['nonEmpty', 'empty']) }),
]);

const OPPOSITES = {
  eq: 'ne',
  ne: 'eq',
  gt: 'lte',
  lte: 'gt',
  gte: 'lt',
  lt: 'gte',
  includes: 'excludes',
  excludes: 'includes',
  nonEmpty: 'empty',
  empty: 'nonEmpty',
} as const;

/** A comparison of a fact as a test that holds (`holds`) or fails: its opposite when it fails. */
export function factTest(comparison: Comparison, holds: boolean): FactTest {
  const fact = comparison.fact as FactPath;
  switch (comparison.is) {
    case 'nonEmpty':
      return { fact, is: holds ? 'nonEmpty' : 'empty' };
    case 'includes':
      return { fact, is: holds ? 'includes' : 'excludes', value: comparison.value };
    case 'eq':
    case 'ne':
      // "is not yes" reads better as "is no".
      if (typeof comparison.value === 'boolean') {
        const same = (comparison.is === 'eq') === holds;
        return { fact, is: 'eq', value: same ? comparison.value : !comparison.value };
      }
      return {
        fact,
        is: holds ? comparison.is : OPPOSITES[comparison.is],
        value: comparison.value,
      };
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return {
        fact,
        is: holds ? comparison.is : OPPOSITES[comparison.is],
        value: comparison.value,
      };
  }
}

/** The test that holds exactly when this one fails. */
export function opposite(test: FactTest): FactTest {
  if ((test.is === 'eq' || test.is === 'ne') && typeof test.value === 'boolean') {
    return { fact: test.fact, is: 'eq', value: test.is === 'eq' ? !test.value : test.value };
  }
  return { ...test, is: OPPOSITES[test.is] } as FactTest;
}

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
