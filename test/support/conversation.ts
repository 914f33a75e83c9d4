import type { FactPath } from '../../src/rubric';
import { QUESTIONS } from '../../src/understanding';
import { cardOf, cardText } from './appDriver';

export type Asked = FactPath | 'result' | 'welcome';

/** A whole qualifying conversation in personal chat: what the user says, what the bot then asks. */
export const FULL_CONVERSATION: [string, Asked][] = [
  ['assess', 'supportContract'],
  ['yes', 'salesStage'],
  ['post-sales', 'gpuOrRestricted'],
  ['no', 'quotaGroupVcpus'],
  ['100', 'monthlySpendUsd'],
  ['$5K a month', 'subscriptions'],
  ['one', 'regions'],
  ['1', 'vmSkus'],
  ['3', 'designReview'],
  ['none', 'processCoordination'],
  ['yes', 'result'],
];

/** What the bot's last reply asks for: a fact, the result card, or another card (welcome). */
export function askedBy(
  replies: readonly {
    text?: string;
    attachments?: { contentType?: string; content?: unknown }[];
  }[],
): Asked | undefined {
  const last = replies.at(-1);
  const card = cardText(cardOf(last));
  if (card.includes('Edit answers')) return 'result';
  if (card) return 'welcome';
  return (Object.keys(QUESTIONS) as FactPath[]).find((fact) =>
    last?.text?.includes(QUESTIONS[fact].prompt),
  );
}
