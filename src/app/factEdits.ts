import type { FactPath, PartialFacts } from '../rubric';

/** The facts with one fact set; partner facts live in their own object. */
export function withFact(facts: PartialFacts, fact: FactPath, value: unknown): PartialFacts {
  if (fact.startsWith('partner.')) {
    const key = fact.slice('partner.'.length);
    return { ...facts, partner: { ...facts.partner, [key]: value } };
  }
  return { ...facts, [fact]: value };
}

/** The facts with one fact taken away again. */
export function withoutFact(facts: PartialFacts, fact: FactPath): PartialFacts {
  if (fact.startsWith('partner.')) {
    const key = fact.slice('partner.'.length);
    const partner: Record<string, unknown> = { ...facts.partner };
    delete partner[key];
    return { ...facts, partner };
  }
  const rest: Record<string, unknown> = { ...facts };
  delete rest[fact];
  return rest as PartialFacts;
}
