import {
  type Decision,
  type FactPath,
  FACT_PATHS,
  hasOwner,
  isRangedFact,
  type PartialFacts,
  readFact,
} from '../rubric';
import { factValueText } from '../cards/words';
import { listWords } from './numbers';
import { describeRange, FACT_NAMES } from './facts';
import { conditionalAnswerText, OWNER_LABELS } from './rubric';

/** A fact as a person would read its value: "3", "post-sales", "over 500 vCPUs", "not known". */
function valueOf(facts: PartialFacts, fact: FactPath): string {
  const value = readFact(facts, fact);
  if (value !== undefined) return factValueText(fact, value);
  const range = isRangedFact(fact) ? facts.ranges?.[fact] : undefined;
  return range && isRangedFact(fact) ? describeRange(fact, range) : 'not known';
}

/** The facts whose value a correction changed, in the rubric's order. */
export function changedFacts(before: PartialFacts, after: PartialFacts): FactPath[] {
  return FACT_PATHS.filter((fact) => valueOf(before, fact) !== valueOf(after, fact));
}

/** Who the decision names, in words: the owner, the partner's support, or what it depends on. */
function outcomeWords(decision: Decision): string | undefined {
  switch (decision.kind) {
    case 'recommendation': {
      const r = decision.recommendation;
      return hasOwner(r) ? OWNER_LABELS[r.owner] : (r.supportOption?.option ?? 'no support option');
    }
    case 'conditional':
      return conditionalAnswerText(decision.answer).replace(/\.$/, '');
    case 'needsFacts':
      return undefined;
  }
}

/**
 * What a correction changed, said before the new card: "Changed: the number of regions from 2
 * to 3. The recommended owner changes from … to …" (or stays).
 */
export function describeCorrection(
  before: { facts: PartialFacts; decision: Decision | undefined },
  after: { facts: PartialFacts; decision: Decision },
): string {
  const facts = changedFacts(before.facts, after.facts);
  const changes = facts.map(
    (fact) =>
      `${FACT_NAMES[fact]} from ${valueOf(before.facts, fact)} to ${valueOf(after.facts, fact)}`,
  );
  const lines = [
    changes.length > 0
      ? `Changed: ${listWords(changes, 'and')}.`
      : 'That is what I had already: nothing changed.',
  ];
  const was = before.decision && outcomeWords(before.decision);
  const now = outcomeWords(after.decision);
  const either = before.decision?.kind === 'conditional' || after.decision.kind === 'conditional';
  if (now === undefined) return lines.join(' ');
  if (was === undefined) lines.push(`The recommendation is ${now}.`);
  else if (was === now)
    lines.push(either ? `It still depends: ${now}.` : `The recommendation stays ${now}.`);
  else if (either) lines.push(`Before: ${was}. Now: ${now}.`);
  else lines.push(`The recommendation changes from ${was} to ${now}.`);
  return lines.join(' ');
}
