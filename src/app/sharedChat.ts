import { factsFormCard, resultCard, VERBS, welcomeCard } from '../cards';
import type { Person } from '../handoffs';
import type { PartialFacts } from '../rubric';
import { asksForAssessment, recognizeCommand, understandDescription } from '../understanding';
import { CHAT_WORDS } from '../words/chat';
import { PEOPLE_WORDS } from '../words/handoffs';
import { advise, mergeFacts } from './advice';
import { answerQuestion } from './answers';
import type { MessageEvent } from './events';
import { postHandoffHere } from './handoffPosting';
import { recipientIn } from './handoffRecipient';
import { card } from './outputs';
import type { Turn } from './turn';

/**
 * Channels, group chats and meeting chats: one message in, one answer out, in the same thread.
 * Never a multi-turn chat: what is missing is asked for with one form card.
 */
export async function handleSharedMessage(turn: Turn<MessageEvent>): Promise<void> {
  const typed = turn.event.text.trim();
  const command = recognizeCommand(typed);
  switch (command?.command) {
    case 'help':
      turn.sendCard(welcomeCard());
      return;
    case 'handoff': {
      // "handoff … to @Jane": proposed to Jane, who alone may accept or decline it.
      const named = await recipientIn(
        turn,
        command.rest,
        turn.event.mentions,
        PEOPLE_WORDS.onePerson,
      );
      if (!named.ok) return turn.say(named.problem);
      const described = understandDescription(named.rest);
      const facts = mergeFacts(turn.state.conversation.lastFacts, described.facts);
      return answerWith(turn, facts, 'handoff', {
        partner: described.partnerAsked,
        ignored: described.ignored,
        ...(named.to ? { to: named.to } : {}),
      });
    }
    case 'myHandoffs':
      turn.say(CHAT_WORDS.myHandoffsInPersonal);
      return;
    case 'assess':
    case 'partner': {
      const described = understandDescription(command.rest);
      return answerWith(turn, described.facts, 'result', {
        partner: command.command === 'partner' || described.partnerAsked,
        ignored: described.ignored,
      });
    }
    default:
      break;
  }
  const described = understandDescription(typed);
  if (described.understood.length > 0 || asksForAssessment(typed)) {
    return answerWith(turn, described.facts, 'result', {
      partner: described.partnerAsked,
      ignored: described.ignored,
    });
  }
  if (typed === '') return turn.sendCard(welcomeCard());
  turn.sendCard(answerQuestion(turn.deps, typed));
}

async function answerWith(
  turn: Turn<MessageEvent>,
  facts: PartialFacts,
  answer: 'result' | 'handoff',
  options: { partner: boolean; ignored: readonly string[]; to?: Person },
): Promise<void> {
  const advice = advise(facts, { partner: options.partner });
  if (!advice.decided) {
    if (options.ignored.length > 0) turn.say(CHAT_WORDS.didNotUnderstand(options.ignored));
    const verb = answer === 'result' ? VERBS.submitFacts : VERBS.submitHandoff;
    const proposedTo = options.to ? { proposedTo: { chosen: options.to } } : {};
    const form = factsFormCard({ facts: advice.facts, verb, ...proposedTo });
    turn.send(card(form, CHAT_WORDS.formNeeded));
    return;
  }
  turn.rememberFacts(advice.facts);
  const decided = { facts: advice.facts, recommendation: advice.recommendation };
  // A handoff here is proposed at once, for the people present to act on.
  if (answer === 'result') turn.sendCard(resultCard(decided));
  else await postHandoffHere(turn, decided, options.to);
}
