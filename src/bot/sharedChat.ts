import type { TurnContext } from 'botbuilder';
import { factsFormCard, resultCard, VERBS, welcomeCard } from '../cards';
import type { PartialFacts } from '../rubric';
import { asksForAssessment, recognizeCommand, understandDescription } from '../understanding';
import { advise, mergeFacts } from './advice';
import { answerQuestion } from './answers';
import { type BotEnvironment, rememberFacts } from './environment';
import { postHandoffHere } from './handoffPosting';
import { cardMessage, plainMessage } from './replies';
import { BOT_WORDS } from './words';

/**
 * Channels, group chats and meeting chats: one message in, one answer out, in the same thread.
 * Never a multi-turn chat: what is missing is asked for with one form card.
 */
export async function handleSharedMessage(
  env: BotEnvironment,
  context: TurnContext,
  text: string,
): Promise<void> {
  const command = recognizeCommand(text);
  switch (command?.command) {
    case 'help':
      await context.sendActivity(cardMessage(welcomeCard()));
      return;
    case 'handoff': {
      const { lastFacts } = await env.state.conversation.get(context, {});
      const described = understandDescription(command.rest);
      return answerWith(env, context, mergeFacts(lastFacts, described.facts), 'handoff', {
        partner: described.partnerAsked,
        ignored: described.ignored,
      });
    }
    case 'myHandoffs':
      await context.sendActivity(plainMessage(BOT_WORDS.myHandoffsInPersonal));
      return;
    case 'assess':
    case 'partner': {
      const described = understandDescription(command.rest);
      return answerWith(env, context, described.facts, 'result', {
        partner: command.command === 'partner' || described.partnerAsked,
        ignored: described.ignored,
      });
    }
    default:
      break;
  }
  const described = understandDescription(text);
  if (described.understood.length > 0 || asksForAssessment(text)) {
    return answerWith(env, context, described.facts, 'result', {
      partner: described.partnerAsked,
      ignored: described.ignored,
    });
  }
  if (text.trim() === '') {
    await context.sendActivity(cardMessage(welcomeCard()));
    return;
  }
  await context.sendActivity(cardMessage(answerQuestion(env, text)));
}

async function answerWith(
  env: BotEnvironment,
  context: TurnContext,
  facts: PartialFacts,
  answer: 'result' | 'handoff',
  options: { partner: boolean; ignored: string[] },
): Promise<void> {
  const advice = advise(facts, { partner: options.partner });
  if (!advice.decided) {
    if (options.ignored.length > 0) {
      await context.sendActivity(plainMessage(BOT_WORDS.didNotUnderstand(options.ignored)));
    }
    const verb = answer === 'result' ? VERBS.submitFacts : VERBS.submitHandoff;
    await context.sendActivity(
      cardMessage(factsFormCard({ facts: advice.facts, verb }), BOT_WORDS.formNeeded),
    );
    return;
  }
  await rememberFacts(env, context, advice.facts);
  const decided = { facts: advice.facts, recommendation: advice.recommendation };
  if (answer === 'result') {
    await context.sendActivity(cardMessage(resultCard(decided)));
    return;
  }
  // A handoff here is proposed at once, for the people present to act on.
  if (!(await postHandoffHere(env, context, decided))) {
    await context.sendActivity(plainMessage(BOT_WORDS.unknownPerson));
  }
}
