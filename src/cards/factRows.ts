import { isRangedFact, type PartialFacts, readFact } from '../rubric';
import { FORM_FIELDS } from './formFields';
import { FACT_LABELS } from '../words/forms';
import { factValueText, rangeValueText } from './words';

export interface FactRow {
  title: string;
  value: string;
}

/**
 * The facts a recommendation was decided on, one FactSet row each, in the form's order; a
 * number known only as a side of a threshold shows that side ("over 500 vCPUs"). The account
 * is left out: it is user text, and FactSet values render markdown.
 */
export function factRows(facts: PartialFacts): FactRow[] {
  const rows: FactRow[] = [];
  for (const { fact } of FORM_FIELDS) {
    if (fact === 'account') continue;
    const value = readFact(facts, fact);
    const range = isRangedFact(fact) ? facts.ranges?.[fact] : undefined;
    if (value !== undefined) {
      rows.push({ title: FACT_LABELS[fact], value: factValueText(fact, value) });
    } else if (range !== undefined && isRangedFact(fact)) {
      rows.push({ title: FACT_LABELS[fact], value: rangeValueText(fact, range) });
    }
  }
  return rows;
}
