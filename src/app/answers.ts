import { type AdaptiveCardJson, answerCard, noAnswerCard } from '../cards';
import { AskInputError } from '../knowledge';
import type { AppDeps } from './deps';

/** A question answered from the knowledge base, or a plain "no good answer" that offers assess. */
export function answerQuestion(deps: Pick<AppDeps, 'ask'>, question: string): AdaptiveCardJson {
  try {
    const result = deps.ask(question);
    return result.answered
      ? answerCard({ question, results: result.results })
      : noAnswerCard({ question });
  } catch (error) {
    // A question the knowledge base refuses (too long, no words) has no answer either.
    if (error instanceof AskInputError) return noAnswerCard({ question });
    throw error;
  }
}
