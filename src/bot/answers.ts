import { type AdaptiveCardJson, answerCard, noAnswerCard } from '../cards';
import { AskInputError } from '../knowledge';
import type { BotEnvironment } from './environment';

/** A question answered from the knowledge base, or a plain "no good answer" that offers assess. */
export function answerQuestion(env: BotEnvironment, question: string): AdaptiveCardJson {
  try {
    const result = env.ask(question);
    return result.answered
      ? answerCard({ question, results: result.results })
      : noAnswerCard({ question });
  } catch (error) {
    // A question the knowledge base refuses (too long, no words) has no answer either.
    if (error instanceof AskInputError) return noAnswerCard({ question });
    throw error;
  }
}
