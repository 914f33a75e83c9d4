import type { TurnContext } from 'botbuilder';
import type { AskResult } from '../knowledge';
import type { PartialFacts } from '../rubric';
import type { DialogRunner } from './dialogRunner';
import type { BotState } from './state';

/** What the message and card handlers work with; built once by the bot. */
export interface BotEnvironment {
  state: BotState;
  dialogs: DialogRunner;
  ask(question: string): AskResult;
}

/** Remembers the facts of a recommendation just given, for this conversation and this person. */
export async function rememberFacts(
  env: BotEnvironment,
  context: TurnContext,
  facts: PartialFacts,
): Promise<void> {
  await env.state.conversation.set(context, {
    ...(await env.state.conversation.get(context, {})),
    lastFacts: facts,
  });
  await env.state.user.set(context, {
    ...(await env.state.user.get(context, {})),
    lastFacts: facts,
  });
}
