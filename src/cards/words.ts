import { splitSource } from '../knowledge';
import {
  DESIGN_REVIEW_LABELS,
  ENUM_LABELS,
  FACT_DOMAINS,
  type FactPath,
  formatUsd,
  OPTIONAL_FACTS,
  type Owner,
  type Recommendation,
} from '../rubric';
import { VERBS, type FormVerb } from './verbs';

/**
 * Every phrase the cards compute from data, kept in one place. Fixed text (headings, button
 * titles, hints next to inputs) lives in the templates under `cards/`.
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

/** Values the rubric's own labels don't name. */
const VALUE_LABELS: Record<string, string> = {
  forecast: 'forecast',
  reserve: 'reserve',
  affine: 'affine',
  option: 'option',
  solution: 'solution',
  'in-use': 'in use',
  asfp: 'ASfP (Advanced Support for Partners)',
  psfp: 'PSfP (Premier Support for Partners)',
  none: 'no partner support plan',
  'break-fix': 'break-fix',
  'presales-consultation': 'pre-sales consultation',
  architecture: 'architecture guidance',
  'go-to-market': 'go-to-market',
  'security-vulnerability': 'security vulnerability',
  partner: 'the partner',
  'end-customer': "the end customer, using the partner's entitlement",
};

const YES = 'yes';
const NO = 'no';
const NONE = 'none';

/** A fact's value in words, e.g. "pre-sales", "$60,000", "forecast validation". */
export function valueLabel(fact: FactPath, value: string): string {
  if (fact === 'designReview') return DESIGN_REVIEW_LABELS[value] ?? value;
  return ENUM_LABELS[value] ?? VALUE_LABELS[value] ?? value;
}

/** The title of a choice in a form's ChoiceSet. */
export function choiceTitle(fact: FactPath, value: string): string {
  const label = valueLabel(fact, value);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The label above a form input; facts that decide nothing say they are optional. */
export function formLabel(fact: FactPath): string {
  const optional = OPTIONAL_FACTS.includes(fact) || fact === 'partner.expectedHours';
  return optional ? `${FACT_LABELS[fact]} (optional)` : FACT_LABELS[fact];
}

/** What a form input accepts, shown under it when the bot rejected its value. */
export function inputHint(fact: FactPath): string {
  const domain = FACT_DOMAINS[fact];
  switch (domain.kind) {
    case 'boolean':
      return 'Choose Yes or No.';
    case 'enum':
      return 'Choose one of the options.';
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

/** A decided fact's value for a FactSet. */
export function factValueText(fact: FactPath, value: unknown): string {
  if (typeof value === 'boolean') return value ? YES : NO;
  if (typeof value === 'number') {
    if (fact === 'monthlySpendUsd') return formatUsd(value);
    return value.toLocaleString('en-US');
  }
  if (Array.isArray(value)) {
    return value.length === 0
      ? NONE
      : value.map((item) => valueLabel(fact, String(item))).join(', ');
  }
  return valueLabel(fact, String(value));
}

/** "9 VM SKUs or fewer → CSAM" */
export function whatIfLine(change: string, owner: Owner): string {
  return `${change} → ${owner}`;
}

export const SUMMARY_TITLES = {
  tier: 'Complexity tier',
  lifecycle: 'Lifecycle',
  afterSale: 'After the sale',
  tierOwner: 'Tier owner',
  csaInvolvement: 'CSA involvement',
} as const;

/** "restricted: CSA required; SE provides initial education" */
export function tierLine(recommendation: Recommendation): string {
  const { tier, tierRoles } = recommendation;
  return `${tier}: ${tierRoles.owner}; ${tierRoles.csaInvolvement}`;
}

/** "file › heading" reads better heading first: "Partner Support FAQ (003_….txt)". */
export function sourceText(source: string): string {
  const parts = splitSource(source);
  return parts ? `${parts.heading} (${parts.file})` : source;
}

/** The handoff card's next step for one persona. */
export const NEXT_STEPS = {
  ownsNow: (action: string) => `Owns it now: ${action}.`,
  afterSale: 'Takes over after the sale.',
  alongside: (tierRole: string) => `Alongside the CSA: ${tierRole}.`,
  blocked: (blockers: string) => `Blocked: ${blockers}`,
  notNeeded: 'Not needed for now.',
} as const;

export const FORM_TITLES: Record<FormVerb, string> = {
  [VERBS.submitFacts]: 'Tell me about the account',
  [VERBS.submitHandoff]: 'Handoff details',
};

/** A message extension's form previews the handoff before anything is posted. */
export const DIALOG_SUBMIT_TITLE = 'Preview the handoff';

export const SUBMIT_TITLES: Record<FormVerb, string> = {
  [VERBS.submitFacts]: 'Get the recommendation',
  [VERBS.submitHandoff]: 'Post the handoff',
};

const BULLET = /^[-*]\s+/;

/** An FAQ answer ("- " bullets, newlines) as paragraphs to show literally, bullets as "• ". */
export function answerParagraphs(answer: string): string[] {
  return answer
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => (BULLET.test(line) ? `• ${line.replace(BULLET, '')}` : line));
}

/** How much of an answer a search result shows before the answer card is inserted. */
const SHORT_ANSWER_LENGTH = 160;

/** The start of an FAQ answer, on one line, for a search result. */
export function shortAnswer(answer: string): string {
  return echo(answerParagraphs(answer).join(' '), SHORT_ANSWER_LENGTH);
}

/** Echoed user text is shown whole, up to a bound that keeps any card under Teams' size limit. */
export function echo(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
