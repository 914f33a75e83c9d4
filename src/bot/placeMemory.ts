import { TurnContext } from 'botbuilder';
import { placeChangesFrom } from '../places';
import type { BotEnvironment } from './environment';

/**
 * Keeps the remembered places in step with Teams: the bot added to or removed from a team, a
 * group chat or a meeting chat, channels created, renamed or deleted, teams renamed or deleted.
 */
export async function updatePlaces(env: BotEnvironment, context: TurnContext): Promise<void> {
  const activity = context.activity;
  const reference = TurnContext.getConversationReference(activity);
  const changes = placeChangesFrom(activity, reference, env.now());
  if (changes) await env.places.apply(changes);
}
