import type { TurnContext } from 'botbuilder';
import { myHandoffsCard, resultCard, welcomeCard } from '../cards';
import { recommend } from '../rubric';
import { asksForAssessment, recognizeCommand, understandDescription } from '../understanding';
import { answerQuestion } from './answers';
import { type BotEnvironment, rememberFacts } from './environment';
import type { QualifyingResult } from './dialogs/qualifyingDialog';
import { placePicker } from './handoffPosting';
import { personFrom } from './people';
import { cardMessage, plainMessage } from './replies';
import { BOT_WORDS } from './words';

/**
 * Personal chat: commands, the qualifying dialog, and questions for the knowledge base.
 * A description typed here ("3 subscriptions, 2 regions, …") starts the dialog with it.
 */
export async function handlePersonalMessage(
  env: BotEnvironment,
  context: TurnContext,
  text: string,
): Promise<void> {
  // While the questions run, the dialog reads every message: answers and commands alike.
  const underWay = await env.dialogs.continueActive(context);
  if (underWay) return finish(env, context, underWay.finished);
  const command = recognizeCommand(text);
  if (command?.command === 'assess' || command?.command === 'partner') {
    const described = understandDescription(command.rest);
    const partner = command.command === 'partner' || described.partnerAsked;
    await context.sendActivity(plainMessage(BOT_WORDS.startingQuestions));
    return finish(
      env,
      context,
      await env.dialogs.start(context, { partner, facts: described.facts }),
    );
  }
  switch (command?.command) {
    case 'help':
      await context.sendActivity(cardMessage(welcomeCard()));
      return;
    case 'startOver':
      await context.sendActivity(plainMessage(BOT_WORDS.startingQuestions));
      return finish(env, context, await env.dialogs.start(context, { partner: false }));
    case 'cancel':
      await context.sendActivity(plainMessage(BOT_WORDS.nothingToCancel));
      return;
    case 'back':
      await context.sendActivity(plainMessage(BOT_WORDS.nothingToGoBackTo));
      return;
    case 'handoff': {
      // The handoff goes where the team meets: ask where to post the last recommendation.
      const { lastFacts } = await env.state.user.get(context, {});
      if (!lastFacts) {
        await context.sendActivity(plainMessage(BOT_WORDS.noLastFacts));
        return;
      }
      const decided = { facts: lastFacts, recommendation: recommend(lastFacts) };
      const picker = await placePicker(env, context, decided);
      if ('card' in picker) await context.sendActivity(cardMessage(picker.card));
      return;
    }
    case 'myHandoffs': {
      const reader = personFrom(context.activity);
      if (!reader) {
        await context.sendActivity(plainMessage(BOT_WORDS.unknownPerson));
        return;
      }
      const handoffs = await env.handoffs.openFor(reader);
      await context.sendActivity(cardMessage(myHandoffsCard({ handoffs, reader })));
      return;
    }
    default:
      break;
  }

  const described = understandDescription(text);
  if (asksForAssessment(text) || described.understood.length >= 2) {
    await context.sendActivity(plainMessage(BOT_WORDS.startingQuestions));
    const options = { partner: described.partnerAsked, facts: described.facts };
    return finish(env, context, await env.dialogs.start(context, options));
  }
  await context.sendActivity(cardMessage(answerQuestion(env, text)));
}

/** When the questions are done: the result card, remembered for edits and handoffs. */
async function finish(
  env: BotEnvironment,
  context: TurnContext,
  result: QualifyingResult | undefined,
): Promise<void> {
  if (!result) return;
  const recommendation = recommend(result.facts);
  await rememberFacts(env, context, result.facts);
  await context.sendActivity(cardMessage(resultCard({ facts: result.facts, recommendation })));
}
