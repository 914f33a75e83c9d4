import { type Condition, factsRead, thresholds } from './conditions';
import { access, OPERATORS } from './engine';
import { FACT_DOMAINS, type FactPath, type PartialFacts } from './facts';

/**
 * Every rule compares a fact with a constant, so a decision depends only on which class each
 * fact falls in (which side of each threshold, which enum value, which set members), never on
 * the exact number. This compiles, from the rule data, a function that numbers the combination
 * of classes: facts with the same number get the same recommendation.
 * Returns undefined when the combinations would not fit a safe integer.
 */
export function compileClassifier(
  conditions: Condition[],
): ((facts: PartialFacts) => number) | undefined {
  const read = new Set(conditions.flatMap(factsRead));
  const limits = conditions.flatMap(thresholds);
  const parts: { expression: string; classes: number }[] = [];
  for (const path of Object.keys(FACT_DOMAINS) as FactPath[]) {
    if (!read.has(path)) continue;
    parts.push(
      classOf(
        path,
        limits.filter((limit) => limit.fact === path),
      ),
    );
  }
  const combinations = parts.reduce((product, part) => product * part.classes, 1);
  if (!Number.isSafeInteger(combinations)) return undefined;
  const body = parts.map((part) => `k = k * ${part.classes} + ${part.expression};`).join('\n');
  // Built from validated rule data only (see engine.ts), never from anything a user typed.
  return new Function('f', `"use strict";\nlet k = 0;\n${body}\nreturn k;`) as (
    facts: PartialFacts,
  ) => number;
}

/** An expression numbering one fact's class, 0 when the fact is absent. */
function classOf(
  path: FactPath,
  limits: { is: keyof typeof OPERATORS; value: number }[],
): { expression: string; classes: number } {
  const value = access(path);
  const domain = FACT_DOMAINS[path];
  switch (domain.kind) {
    case 'boolean':
      return { expression: `(${value} === undefined ? 0 : ${value} ? 2 : 1)`, classes: 3 };
    case 'enum': {
      const cases = domain.values.map(
        (option, i) => `${value} === ${JSON.stringify(option)} ? ${i + 1} : `,
      );
      return { expression: `(${cases.join('')}0)`, classes: domain.values.length + 1 };
    }
    case 'set': {
      const bits = domain.values.map(
        (option, i) => ` + (${value}.includes(${JSON.stringify(option)}) ? ${1 << i} : 0)`,
      );
      return {
        expression: `(${value} === undefined ? 0 : 1${bits.join('')})`,
        classes: 2 ** domain.values.length + 1,
      };
    }
    case 'integer':
    case 'number': {
      const bits = limits.map(
        (limit, i) =>
          ` + (${value} ${OPERATORS[limit.is]} ${JSON.stringify(limit.value)} ? ${1 << i} : 0)`,
      );
      return {
        expression: `(${value} === undefined ? 0 : 1${bits.join('')})`,
        classes: 2 ** limits.length + 1,
      };
    }
    case 'text':
      return { expression: '0', classes: 1 };
  }
}
