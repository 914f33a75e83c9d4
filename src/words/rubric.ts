import { splitSource } from '../knowledge';
import {
  type AnswerCase,
  type ConditionalAnswer,
  type FactPath,
  type FactTest,
  type FiredRule,
  type Owner,
  opposite,
  type Recommendation,
  type WhatIf,
} from '../rubric';
import { describeChange, describeCondition, FACT_NAMES } from './facts';
import { capitalize, listWords } from './numbers';

/** The owners as people know them. */
export const OWNER_LABELS: Record<Owner, string> = {
  SE: 'Solution Engineer (SE)',
  CSAM: 'Customer Success Account Manager (CSAM)',
  CSA: 'Customer Success Architect (CSA)',
  'self-serve': 'Self-serve (the customer uses the azcapman docs)',
};

/** "file › heading" reads better heading first: "Partner Support FAQ (003_….txt)". */
export function sourceText(source: string): string {
  const parts = splitSource(source);
  return parts ? `${parts.heading} (${parts.file})` : source;
}

/** A rule that fired, for "Why this answer": its words and where they come from. */
export function ruleLine(rule: FiredRule): { says: string; source: string } {
  return { says: rule.says, source: sourceText(rule.source) };
}

/** Facts by name, in a sentence: "the number of regions and the capacity spend per month". */
export const factList = (facts: readonly FactPath[], last = 'and'): string =>
  listWords(
    facts.map((fact) => FACT_NAMES[fact]),
    last,
  );

/** "9 VM SKUs or fewer → CSAM"; "with a support contract → depends on the number of regions". */
export function whatIfLine(entry: WhatIf): string {
  const outcome = entry.owner ?? `depends on ${factList(entry.needs)}`;
  return `${describeChange(entry.change)} → ${outcome}`;
}

/**
 * The conditional answer in one sentence: "CSA if the largest quota group is over 500 vCPUs;
 * otherwise CSAM." Cases are told apart by what differs between them: the owner, the partner
 * option, or both; when neither differs, only the tier does.
 */
export function conditionalAnswerText(answer: ConditionalAnswer): string {
  const owners = new Set(answer.cases.map((c) => c.recommendation.owner));
  const options = new Set(answer.cases.map((c) => c.recommendation.supportOption?.option));
  const headline = (r: Recommendation): string => {
    const option = r.supportOption?.option;
    if (options.size === 1 || option === undefined) return r.owner ?? option ?? '';
    if (r.owner === null) return option;
    return owners.size > 1
      ? `${r.owner} with ${option} for the partner`
      : `${option} for the partner`;
  };
  if (owners.size === 1 && options.size === 1) {
    const [first] = answer.cases;
    return `${headline(first!.recommendation)} either way; the tier depends on ${factList(answer.settledBy)}.`;
  }
  const groups = new Map<string, AnswerCase[]>();
  for (const c of answer.cases) {
    const key = headline(c.recommendation);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const keys = [...groups.keys()];
  const parts = keys.map((key, index) => {
    if (index === keys.length - 1) return `otherwise ${key}`;
    const cases = groups.get(key)!;
    const conditions = cases.map((c) =>
      listWords(simplified(c, answer.cases, cases).map(describeCondition), 'and'),
    );
    return `${key} if ${conditions.join(', or if ')}`;
  });
  return `${capitalize(parts.join('; '))}.`;
}

/** "Knowing the number of vCPUs in the largest quota group would settle it." */
export function settledByText(answer: ConditionalAnswer): string {
  return `Knowing ${factList(answer.settledBy, 'or')} would settle it.`;
}

/**
 * A case's conditions without those its group makes redundant: in "A, or (not A and B)" the
 * "not A" goes, because every case where A holds is in the same group.
 */
function simplified(c: AnswerCase, all: readonly AnswerCase[], group: readonly AnswerCase[]) {
  return c.when.filter((test, i) => {
    const prefix = c.when.slice(0, i);
    const other = opposite(test);
    const siblings = all.filter(
      (candidate) =>
        candidate.when.length > i &&
        prefix.every((t, j) => sameTest(t, candidate.when[j]!)) &&
        sameTest(candidate.when[i]!, other),
    );
    return !(siblings.length > 0 && siblings.every((sibling) => group.includes(sibling)));
  });
}

const sameTest = (a: FactTest, b: FactTest): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The heading of the tier line: the tier for the owner now, or for the owner after the sale. */
export function tierTitle(recommendation: Recommendation): string {
  if (recommendation.owner === null) return 'Complexity tier';
  return recommendation.tierMeaning.owner === recommendation.owner
    ? 'Complexity tier'
    : `Complexity tier, after the sale (${recommendation.tierMeaning.owner})`;
}
