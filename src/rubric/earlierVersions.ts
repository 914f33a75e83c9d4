import { type FactTest, factTest } from './conditions';
import { noDerivedValues, decidedRule } from './engine';
import { compare } from './factClasses';
import { FACT_DOMAINS, type QualifyingFactName } from './facts';
import { comparisonsIn, RUBRIC, STAGE_NAMES } from './rubric';
import type { Owner, PersonaRole, Stage, Tier } from './types';

/**
 * What records of earlier rubric versions did not keep, worked out from what they did: a
 * handoff proposed with rubric 1.0.0 still shows its decision in today's words.
 */

/** The words of the rule with this id, if the rubric still has it. */
export function ruleSays(id: string): string | undefined {
  for (const name of STAGE_NAMES) {
    const rule = (RUBRIC.book[name] as Stage<unknown>).rules.find(
      (candidate) => candidate.id === id,
    );
    if (rule) return rule.says;
  }
  return undefined;
}

/**
 * What the tier means for an owner, and who does what at that tier. Without a contract the
 * owner is the SE with no one after the sale; the meaning is read with the owner after the sale.
 */
export function tierMeaningFor(decision: {
  owner: Owner;
  tier: Tier;
  afterSale: { owner: Owner } | null;
}): { personaRoles: PersonaRole[]; tierMeaning: { owner: Owner; meaning: string } } {
  const owner = decision.afterSale?.owner ?? decision.owner;
  const tierRule = RUBRIC.book.tier.rules.find((rule) => rule.then.tier === decision.tier)!;
  const derived = { ...noDerivedValues(), owner, tier: decision.tier };
  const context = {
    facts: { supportContract: !(decision.owner === 'SE' && decision.afterSale === null) },
    derived,
    declined: new Set<never>(),
    narrowed: new Map(),
  };
  const meaning = decidedRule(RUBRIC.book.tierMeaning, context, RUBRIC)!.then.meaning;
  return { personaRoles: tierRule.then.personaRoles, tierMeaning: { owner, meaning } };
}

/**
 * A what-if's change from the value it proposed: a number's value sits on the side of the
 * threshold it crosses to; a list's value ends with the member it adds.
 */
export function whatIfChangeOf(fact: QualifyingFactName, value: unknown): FactTest {
  const domain = FACT_DOMAINS[fact];
  if (domain.kind === 'set') {
    const members = value as string[];
    return members.length === 0
      ? { fact, is: 'empty' }
      : { fact, is: 'includes', value: members.at(-1)! };
  }
  if (domain.kind === 'integer' || domain.kind === 'number') {
    const { tier, complexity, owner } = RUBRIC.book;
    const threshold = [tier, complexity, owner]
      .flatMap((stage) => stage.rules.flatMap((rule) => comparisonsIn(rule.when)))
      .find(
        (comparison) =>
          comparison.fact === fact && 'value' in comparison && typeof comparison.value === 'number',
      );
    if (threshold) return factTest(threshold, compare(threshold, value));
    return { fact, is: 'eq', value: value as number };
  }
  return { fact, is: 'eq', value: value as string | boolean };
}
