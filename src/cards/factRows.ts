import { type PartialFacts, readFact } from '../rubric';
import { FORM_FIELDS } from './formFields';
import { FACT_LABELS } from '../words/forms';
import { factValueText } from './words';

export interface FactRow {
  title: string;
  value: string;
}

/**
 * The facts a recommendation was decided on, one FactSet row each, in the form's order. The
 * account is left out: it is user text, and FactSet values render markdown.
 */
export function factRows(facts: PartialFacts): FactRow[] {
  const rows: FactRow[] = [];
  for (const { fact } of FORM_FIELDS) {
    if (fact === 'account') continue;
    const value = readFact(facts, fact);
    if (value === undefined) continue;
    rows.push({ title: FACT_LABELS[fact], value: factValueText(fact, value) });
  }
  return rows;
}
