import type { TurnContext } from 'botbuilder';
import type { HandoffStore } from '../handoffs';
import type { AskResult } from '../knowledge';
import type { Logger } from '../logger';
import type { PlaceStore } from '../places';
import type { PartialFacts } from '../rubric';
import type { DialogRunner } from './dialogRunner';
import type { ProactiveSender } from './proactive';
import type { BotState } from './state';

/** What the message and card handlers work with; built once by the bot. */
export interface BotEnvironment {
  state: BotState;
  dialogs: DialogRunner;
  ask(question: string): AskResult;
  handoffs: HandoffStore;
  places: PlaceStore;
  /** absent: handoffs can only be posted where the person is talking to the bot */
  proactive?: ProactiveSender;
  /** the time of an action: the only clock handlers read */
  now(): Date;
  /** for what a turn cannot tell the person (the server's turn logger is preferred) */
  logger: Logger;
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
