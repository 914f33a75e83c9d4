import { FACT_PATHS, type FactPath, type PartialFacts, readFact } from './facts';
import type { Scope } from './types';

/** What a request asks about decides which stages run and which questions are asked. */
const asksCapacity = (scope: Scope): boolean => scope !== 'partner';
const asksPartner = (scope: Scope): boolean => scope !== 'capacity';

const CAPACITY_FACTS = FACT_PATHS.filter(
  (fact) => !fact.startsWith('partner.') && fact !== 'account',
);

/**
 * The scope the facts themselves show, for callers that don't say: partner facts alone are a
 * partner's request, partner facts with facts about the customer's capacity ask for both.
 */
export function scopeOf(facts: PartialFacts): Scope {
  if (facts.partner === undefined) return 'capacity';
  // An empty set of design reviews ("none of these", as a form's empty multi-select sends it)
  // says nothing about the customer's capacity.
  const given = (fact: FactPath) => {
    const value = readFact(facts, fact);
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  };
  const capacityGiven = CAPACITY_FACTS.some(
    (fact) => given(fact) || facts.ranges?.[fact as never] !== undefined,
  );
  return capacityGiven ? 'both' : 'partner';
}

export interface ScopeOptions {
  /** what the request asks about; when absent, the facts tell (see `scopeOf`) */
  scope?: Scope;
  /** someone asked about partner support too: the partner questions are asked as well */
  partner?: boolean;
}

export function resolveScope(facts: PartialFacts, options: ScopeOptions): Scope {
  if (options.scope) return options.scope;
  const shown = scopeOf(facts);
  return options.partner && shown === 'capacity' ? 'both' : shown;
}

/** Whether a fact belongs to what the request asks about. */
export function inScope(fact: FactPath, scope: Scope): boolean {
  return fact.startsWith('partner.') ? asksPartner(scope) : asksCapacity(scope);
}
