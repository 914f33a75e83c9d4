import { TurnContext } from 'botbuilder';
import { personSeenFrom, placeChangesFrom } from '../places';
import type { BotEnvironment } from './environment';

/**
 * Keeps the remembered places in step with Teams: the bot added to or removed from a team, a
 * group chat or a meeting chat, channels created, renamed or deleted, teams renamed or deleted,
 * people joining or leaving.
 */
export async function updatePlaces(env: BotEnvironment, context: TurnContext): Promise<void> {
  const activity = context.activity;
  const reference = TurnContext.getConversationReference(activity);
  const changes = placeChangesFrom(activity, reference, env.now());
  if (changes) await env.places.apply(changes);
}

/**
 * Remembers that whoever wrote or acted on a card in a channel, group chat or meeting chat is
 * in it, so that "Post handoff" in personal chat offers it to them.
 */
export async function rememberPersonHere(env: BotEnvironment, context: TurnContext): Promise<void> {
  const seen = personSeenFrom(context.activity);
  if (seen) await env.places.apply(seen);
}
