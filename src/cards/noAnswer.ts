import { QUESTION_MAX_LENGTH } from '../knowledge';
import type { AdaptiveCardJson } from './json';
import { expandCard } from './templates';
import { echo } from './words';

export interface NoAnswerCardInput {
  /** what the user asked, echoed literally */
  question: string;
}

/** Says plainly there is no good answer, and offers to assess or to rephrase. */
export function noAnswerCard({ question }: NoAnswerCardInput): AdaptiveCardJson {
  return expandCard('noAnswer', { question: echo(question, QUESTION_MAX_LENGTH) });
}
