import { FACT_DOMAINS, type FactPath, OPTIONAL_FACTS } from '../rubric';
import { valueWords } from './facts';
import type { FormProblem } from '../cards/formProblems';

/**
 * The words of the facts form: its labels, the hints under its inputs and every problem a
 * rejected submit reports. Facts are named as the form labels them, never by their JSON ids.
 */

/** Short names for facts: FactSet titles and form labels. */
export const FACT_LABELS: Record<FactPath, string> = {
  account: 'Account name',
  salesStage: 'Sales stage',
  supportContract: 'Support contract',
  subscriptions: 'Subscriptions',
  regions: 'Regions',
  vmSkus: 'Distinct VM SKUs',
  quotaGroupVcpus: 'vCPUs in the largest quota group',
  monthlySpendUsd: 'Capacity spend per month (USD)',
  gpuOrRestricted: 'GPU or restricted SKUs',
  processCoordination: 'Process coordination needed',
  designReview: 'Engineering design review needed for',
  phase: 'Capacity journey phase',
  maturity: 'Maturity',
  'partner.requester': 'Who is asking',
  'partner.need': 'What the partner needs',
  'partner.plan': "Partner's support plan",
  'partner.customerOpportunity': 'Named customer opportunity',
  'partner.expectedHours': 'Expected hours',
  'partner.partnerCenterAccess': 'Partner Center access',
  'partner.customerOnEA': 'Customer on an EA',
};

/** A fact's value in words, e.g. "pre-sales", "forecast validation". */
export const valueLabel = valueWords;

/** The title of a choice in a form's ChoiceSet. */
export function choiceTitle(fact: FactPath, value: string): string {
  const label = valueLabel(fact, value);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The choices of a form input: Yes and No for a yes/no fact, the values' titles otherwise. */
export function formChoices(fact: FactPath): { title: string; value: string }[] {
  const domain = FACT_DOMAINS[fact];
  if (domain.kind === 'boolean') {
    return [
      { title: 'Yes', value: 'true' },
      { title: 'No', value: 'false' },
    ];
  }
  if (domain.kind === 'enum' || domain.kind === 'set') {
    return domain.values.map((value) => ({ title: choiceTitle(fact, value), value }));
  }
  return [];
}

/** Yes/no facts are asked as a statement to answer Yes or No to. */
const STATEMENT_LABELS: Partial<Record<FactPath, string>> = {
  supportContract: 'The customer has a Microsoft support contract (Unified/Premier)',
  gpuOrRestricted: 'GPU or restricted SKU capacity planning',
  processCoordination: 'The customer needs the capacity process coordinated',
  'partner.customerOpportunity': 'It is for a named customer opportunity (sell-with)',
  'partner.partnerCenterAccess': 'The partner is an MPN member with Partner Center access',
  'partner.customerOnEA': 'The customer is on an Enterprise Agreement (EA)',
};

/** The partner switch, which is not a fact of its own. */
export const PARTNER_SWITCH_LABEL = 'A partner is asking about support';

/** Marks an input the rules need, given the answers so far. */
export const REQUIRED_MARK = ' *';
export const REQUIRED_LEGEND = '* needed for a recommendation, given the answers so far';

/**
 * The label above a form input: facts that never decide anything say they are optional; the
 * ones the rules need are marked.
 */
export function formLabel(fact: FactPath, required: boolean): string {
  const label = STATEMENT_LABELS[fact] ?? FACT_LABELS[fact];
  if (required) return `${label}${REQUIRED_MARK}`;
  const optional = OPTIONAL_FACTS.includes(fact) || fact === 'partner.expectedHours';
  return optional ? `${label} (optional)` : label;
}

/** What a form input accepts: shown under an input whose answer was refused. */
export function inputHint(fact: FactPath): string {
  const domain = FACT_DOMAINS[fact];
  switch (domain.kind) {
    case 'boolean':
      return 'Choose Yes or No.';
    case 'enum':
      return `Choose one: ${domain.values.map((value) => choiceTitle(fact, value)).join(', ')}.`;
    case 'set':
      return 'Tick the ones that apply, or none.';
    case 'integer':
      return `Enter a whole number, ${domain.min} or more.`;
    case 'number':
      return `Enter a number, ${domain.min} or more.`;
    case 'text':
      return `Use at most ${domain.maxLength} characters.`;
  }
}

const quoted = (text: string) => `"${text}"`;
const formatNumber = (value: number) => value.toLocaleString('en-US');

/** One problem of a rejected form, as the sentence shown next to its input and on top. */
export function formProblemText(problem: FormProblem): string {
  if (problem.code === 'not_a_form') {
    return 'The form sent nothing I can read: send it again from the card.';
  }
  if (problem.fact === 'partner') {
    const sent = 'received' in problem ? ` (it sent ${quoted(String(problem.received))})` : '';
    return `${PARTNER_SWITCH_LABEL}: turn it on or off${sent}.`;
  }
  const name = FACT_LABELS[problem.fact];
  const hint = inputHint(problem.fact);
  switch (problem.code) {
    case 'required':
      return `${name}: this answer is needed. ${hint}`;
    case 'not_a_number':
      return `${name}: ${quoted(problem.received)} is not a number. ${hint}`;
    case 'not_whole':
      return `${name}: ${problem.received} is not a whole number. ${hint}`;
    case 'too_small':
      return `${name}: ${problem.received} is less than ${formatNumber(problem.minimum)}. ${hint}`;
    case 'too_large':
      return `${name}: ${problem.received} is more than the largest allowed, ${formatNumber(problem.maximum)}.`;
    case 'too_long':
      return `${name}: ${problem.length} characters is too long. ${hint}`;
    case 'not_yes_no':
      return `${name}: ${quoted(problem.received)} is neither yes nor no. ${hint}`;
    case 'not_a_choice':
      return `${name}: ${problem.received.map(quoted).join(', ')} ${problem.received.length === 1 ? 'is not one of the choices' : 'are not among the choices'}. ${hint}`;
    case 'repeated_choice':
      return `${name}: ${quoted(choiceTitle(problem.fact, problem.received))} is ticked more than once. Tick each at most once.`;
    case 'not_allowed':
      return `${name}: ${quoted(problem.received)} is not allowed here. ${hint}`;
  }
}
