import type { FactPath, FactRange, RangedFact } from '../rubric';
import { describeRange, valueWords } from '../words/facts';
import { formatNumber, formatUsd } from '../words/numbers';
import { answerParagraphs } from './answerText';
import { VERBS, type FormVerb } from './verbs';

export { sourceText } from '../words/rubric';

/**
 * Every phrase the cards compute from data, kept in one place (the facts form's are in
 * `src/words/forms.ts`). Fixed text (headings, button titles) lives in the templates under
 * `cards/`.
 */

const YES = 'yes';
const NO = 'no';
const NONE = 'none';

/** A decided fact's value for a FactSet. */
export function factValueText(fact: FactPath, value: unknown): string {
  if (typeof value === 'boolean') return value ? YES : NO;
  if (typeof value === 'number') {
    if (fact === 'monthlySpendUsd') return formatUsd(value);
    return formatNumber(value);
  }
  if (Array.isArray(value)) {
    return value.length === 0
      ? NONE
      : value.map((item) => valueWords(fact, String(item))).join(', ');
  }
  return valueWords(fact, String(value));
}

/** A fact known only as a side of a threshold, for a FactSet: "over 500 vCPUs". */
export const rangeValueText = (fact: RangedFact, range: FactRange): string =>
  describeRange(fact, range);

export const SUMMARY_TITLES = {
  lifecycle: 'Lifecycle',
  afterSale: 'After the sale',
  partnerSupport: 'Partner support',
} as const;

/** What the handoff card names first: the recommended owner, or the partner's support. */
export const HANDOFF_TITLES = {
  owner: 'Recommended owner: ',
  partner: 'Partner support: ',
} as const;

/** Where an owner is named, a partner's own request names its support option instead. */
export const noOwnerLabel = (option: string | undefined): string =>
  option ? `none: partner support through ${option}` : 'none';

/** The result card's heading: who owns it, or, for a partner's own request, which support. */
export const RESULT_TITLES = {
  owner: 'Who should own this conversation',
  partner: 'Partner support for this request',
  conditional: 'Who should own this conversation: it depends',
  next: 'Next: ',
  settledBy: 'To settle it: ',
} as const;

/** The handoff card's next step for one persona. */
export const NEXT_STEPS = {
  ownsNow: (action: string) => `Owns it now: ${action}.`,
  afterSale: 'Takes over after the sale.',
  alongside: (persona: string, role: string) => `Alongside the CSA: ${persona} ${role}.`,
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

/** How much of an answer a search result shows before the answer card is inserted. */
const SHORT_ANSWER_LENGTH = 160;

/** The start of an FAQ answer, on one line, for a search result. */
export function shortAnswer(answer: string): string {
  const text = answerParagraphs(answer)
    .map((paragraph) => paragraph.text)
    .join(' ');
  return echo(text, SHORT_ANSWER_LENGTH);
}

/** Echoed user text is shown whole, up to a bound that keeps any card under Teams' size limit. */
export function echo(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
