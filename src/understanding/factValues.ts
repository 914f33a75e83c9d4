import { z } from 'zod';
import { type FactPath, Facts, PartnerFacts, type QualifyingFactName } from '../rubric';

/** The rubric's own schema for one fact, so a value understood here is one the rubric accepts. */
function schemaOf(fact: FactPath): z.ZodType {
  if (fact.startsWith('partner.')) {
    return PartnerFacts.shape[fact.slice('partner.'.length) as keyof typeof PartnerFacts.shape];
  }
  return Facts.shape[fact as QualifyingFactName];
}

export function isValidFactValue(fact: FactPath, value: unknown): boolean {
  return schemaOf(fact).safeParse(value).success;
}

/**
 * The largest number the rubric sets for a fact, if any. Whole numbers are capped at
 * Number.MAX_SAFE_INTEGER by zod itself; that is no limit worth telling anyone about.
 */
export function factMaximum(fact: FactPath): number | undefined {
  let schema = schemaOf(fact);
  if (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
  if (schema instanceof z.ZodNumber) {
    const maximum = schema.maxValue;
    if (maximum !== null && maximum < Number.MAX_SAFE_INTEGER) return maximum;
  }
  return undefined;
}
