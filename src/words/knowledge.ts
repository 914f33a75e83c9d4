import type { UnansweredReason } from '../knowledge';

/** The words of answers from the knowledge base, where they are not in a card template. */

/** Why a question got no answer, as the ask command says it. */
export const UNANSWERED_TEXT: Readonly<Record<UnansweredReason, string>> = {
  'no-search-terms': 'Your question has no words to search for, only words like "how" or "the".',
  'no-match': 'No FAQ entry matches that question.',
  'low-confidence': 'No FAQ entry answers that question well enough.',
};

export const REPHRASE_HINT =
  'Try rephrasing it with the terms the FAQs use (MSX, milestone, CSAM, CSA, TPD, ASfP, Architecture Desk), ' +
  "or run `npm run advise` to find who owns a customer's capacity conversation.";

export const ANSWER_HEADINGS = { source: 'Source', seeAlso: 'See also' } as const;
