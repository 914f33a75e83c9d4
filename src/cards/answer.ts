import { QUESTION_MAX_LENGTH, type ScoredEntry } from '../knowledge';
import type { AdaptiveCardJson } from './json';
import { noAnswerCard } from './noAnswer';
import { expandCard } from './templates';
import { answerParagraphs } from './answerText';
import { echo, sourceText } from './words';

const SEE_ALSO_LIMIT = 2;

export interface AnswerCardInput {
  /** what the user asked, echoed literally */
  question: string;
  /** `ask()`'s results, best first */
  results: readonly ScoredEntry[];
}

/**
 * The best FAQ entry with its source, its addresses as links, and up to two runners-up under
 * "see also": each its whole question, one click asking it (Action.Submit `{ verb: 'ask',
 * question }`). Teams cuts a button's title short, so they are rows rather than buttons.
 * No results: the no-answer card.
 */
export function answerCard({ question, results }: AnswerCardInput): AdaptiveCardJson {
  const [best, ...runnersUp] = results;
  if (best === undefined) return noAnswerCard({ question });
  const seeAlso = runnersUp.slice(0, SEE_ALSO_LIMIT).map((result) => result.entry.question);
  return expandCard('answer', {
    has: { seeAlso: seeAlso.length > 0 },
    question: echo(question, QUESTION_MAX_LENGTH),
    answer: {
      question: best.entry.question,
      paragraphs: answerParagraphs(best.entry.answer),
      source: sourceText(best.entry.source),
    },
    seeAlso,
  });
}
