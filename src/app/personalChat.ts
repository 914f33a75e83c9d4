import { myHandoffsCard, resultCard, welcomeCard } from '../cards';
import { recommend } from '../rubric';
import { asksForAssessment, recognizeCommand, understandDescription } from '../understanding';
import { CHAT_WORDS } from '../words/chat';
import { answerQuestion } from './answers';
import type { MessageEvent } from './events';
import { placePicker } from './handoffPosting';
import { beginQuestions, continueQuestions, type QuestionsStep } from './questions';
import type { Turn } from './turn';

/**
 * Personal chat: commands, the qualifying questions, and questions for the knowledge base.
 * A description typed here ("3 subscriptions, 2 regions, …") starts the questions with it.
 */
export async function handlePersonalMessage(turn: Turn<MessageEvent>): Promise<void> {
  const typed = turn.event.text.trim();
  // While the questions run, they read every message: answers and commands alike.
  const open = turn.questions;
  if (open) return applyStep(turn, continueQuestions(open, typed));
  const command = recognizeCommand(typed);
  switch (command?.command) {
    case 'assess':
    case 'partner': {
      const described = understandDescription(command.rest);
      const partner = command.command === 'partner' || described.partnerAsked;
      turn.say(CHAT_WORDS.startingQuestions);
      return applyStep(turn, beginQuestions({ partner, facts: described.facts }));
    }
    case 'help':
      turn.sendCard(welcomeCard());
      return;
    case 'startOver':
      turn.say(CHAT_WORDS.startingQuestions);
      return applyStep(turn, beginQuestions({ partner: false }));
    case 'cancel':
      turn.say(CHAT_WORDS.nothingToCancel);
      return;
    case 'back':
      turn.say(CHAT_WORDS.nothingToGoBackTo);
      return;
    case 'handoff': {
      // The handoff goes where the team meets: ask where to post the last recommendation.
      const { lastFacts } = turn.state.user;
      if (!lastFacts) return turn.say(CHAT_WORDS.noLastFacts);
      const decided = { facts: lastFacts, recommendation: recommend(lastFacts) };
      turn.sendCard(await placePicker(turn, decided));
      return;
    }
    case 'myHandoffs': {
      const reader = turn.event.from;
      const handoffs = await turn.deps.handoffs.openFor(reader);
      turn.sendCard(myHandoffsCard({ handoffs, reader }));
      return;
    }
    default:
      break;
  }

  const described = understandDescription(typed);
  if (asksForAssessment(typed) || described.understood.length >= 2) {
    turn.say(CHAT_WORDS.startingQuestions);
    const options = { partner: described.partnerAsked, facts: described.facts };
    return applyStep(turn, beginQuestions(options));
  }
  turn.sendCard(answerQuestion(turn.deps, typed));
}

/** Says what the questions say; when they are done, the result card, remembered for handoffs. */
function applyStep(turn: Turn<MessageEvent>, step: QuestionsStep): void {
  step.say.forEach((message) => turn.send(message));
  const { outcome } = step;
  switch (outcome.kind) {
    case 'asking':
      turn.setQuestions(outcome.state);
      return;
    case 'cancelled':
      turn.setQuestions(null);
      return;
    case 'finished': {
      turn.setQuestions(null);
      const recommendation = recommend(outcome.facts);
      turn.rememberFacts(outcome.facts);
      turn.sendCard(resultCard({ facts: outcome.facts, recommendation }));
    }
  }
}
