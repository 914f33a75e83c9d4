import { TurnContext } from 'botbuilder';
import { handoffWorkflowCard, postHandoffCard, type PlaceChoice } from '../cards';
import { handoffIdFor, type HandoffRecord, type PostedIn, proposeHandoff } from '../handoffs';
import { turnLogger } from '../logger';
import {
  conversationReferenceOf,
  memberOf,
  type PlaceAccess,
  placeDisplayName,
  placeOf,
} from '../places';
import type { PartialFacts, Recommendation } from '../rubric';
import type { CardReply } from './cardActions';
import type { BotEnvironment } from './environment';
import { personFrom, requestIdOf, tenantOf } from './people';
import { cardMessage } from './replies';
import { BOT_WORDS } from './words';

/** A recommendation ready to hand off: the facts it was decided on, and the decision. */
export interface Decided {
  facts: PartialFacts;
  recommendation: Recommendation;
}

/**
 * A channel, group chat or meeting chat: the handoff is proposed here and its card posted
 * here, for the people present. The same request again posts nothing more.
 */
export async function postHandoffHere(
  env: BotEnvironment,
  context: TurnContext,
  decided: Decided,
): Promise<HandoffRecord | undefined> {
  const proposed = await propose(env, context, decided, await here(env, context));
  if (!proposed) return undefined;
  if (proposed.created) {
    await postOrForget(env, proposed.record, () =>
      context.sendActivity(cardMessage(handoffWorkflowCard({ record: proposed.record }))),
    );
  }
  return proposed.record;
}

/**
 * The handoff is proposed here and its card replaces the one acted on, for everyone (the
 * facts form that asked for what was missing).
 */
export async function proposeInPlace(
  env: BotEnvironment,
  context: TurnContext,
  decided: Decided,
): Promise<CardReply> {
  const proposed = await propose(env, context, decided, await here(env, context));
  if (!proposed) return { text: BOT_WORDS.unknownPerson };
  const viewer = proposed.record.proposedBy;
  return { handoff: { record: proposed.record, viewer, updateForEveryone: true } };
}

/** Personal chat: where the handoff can be posted, by name. */
export async function placePicker(
  env: BotEnvironment,
  context: TurnContext,
  decided: Decided,
  options: { problem?: string; chosen?: string } = {},
): Promise<CardReply> {
  return {
    card: postHandoffCard({ ...decided, places: await placeChoices(env, context), ...options }),
  };
}

/**
 * Personal chat: the handoff is proposed and its card posted into the place chosen, as a
 * proactive message; the picker then says where it went. A request delivered again confirms
 * again without posting twice.
 */
export async function postHandoffTo(
  env: BotEnvironment,
  context: TurnContext,
  decided: Decided,
  placeId: string,
): Promise<CardReply> {
  const member = memberOf(context.activity.from);
  if (!member) return { text: BOT_WORDS.unknownPerson };
  const tenantId = tenantOf(context.activity);
  // The place id comes from a card anyone could have crafted: the person must be seen there.
  const found: PlaceAccess =
    tenantId === undefined
      ? { access: 'gone' }
      : await env.places.accessTo(tenantId, placeId, member);
  if (found.access === 'gone') {
    return placePicker(env, context, decided, { problem: BOT_WORDS.placeGone });
  }
  if (found.access === 'notMember') return { text: BOT_WORDS.notInPlace };
  const place = found.place;
  const proactive = env.proactive;
  if (!proactive) {
    return placePicker(env, context, decided, { problem: BOT_WORDS.cannotPostElsewhere });
  }
  const name = placeDisplayName(place);
  const proposed = await propose(env, context, decided, { conversationId: place.id, name });
  if (!proposed) return { text: BOT_WORDS.unknownPerson };
  if (proposed.created) {
    try {
      await postOrForget(env, proposed.record, () =>
        proactive.continueConversation(
          conversationReferenceOf(place.reference),
          async (placeContext) => {
            await placeContext.sendActivity(
              cardMessage(
                handoffWorkflowCard({ record: proposed.record }),
                BOT_WORDS.handoffPosted,
              ),
            );
          },
        ),
      );
    } catch (error) {
      turnLogger(context, env.logger).warn({ err: error }, 'could not post a handoff card');
      return placePicker(env, context, decided, {
        problem: BOT_WORDS.couldNotPost(name),
        chosen: place.id,
      });
    }
  }
  return { card: postHandoffCard({ ...decided, places: [], postedIn: name }) };
}

/**
 * Where a handoff proposed in this conversation is posted, by the name the picker would use.
 * The place is remembered too: the bot is plainly there, whether or not the install was seen.
 */
async function here(env: BotEnvironment, context: TurnContext): Promise<PostedIn> {
  const activity = context.activity;
  const place = placeOf(activity, TurnContext.getConversationReference(activity), env.now());
  const tenantId = tenantOf(activity);
  if (place && tenantId !== undefined) {
    await env.places.apply({ tenantId, events: [{ kind: 'remember', place }] });
  }
  return {
    conversationId: activity.conversation.id,
    name: place ? placeDisplayName(place) : (activity.conversation.name ?? ''),
  };
}

/** What the picker lists: the places in the person's tenant where the bot has seen them. */
async function placeChoices(env: BotEnvironment, context: TurnContext): Promise<PlaceChoice[]> {
  const tenantId = tenantOf(context.activity);
  const member = memberOf(context.activity.from);
  if (tenantId === undefined || member === undefined) return [];
  const places = await env.places.listFor(tenantId, member);
  return places.map((place) => ({ id: place.id, name: placeDisplayName(place) }));
}

async function propose(
  env: BotEnvironment,
  context: TurnContext,
  { facts, recommendation }: Decided,
  postedIn: PostedIn,
): Promise<{ created: boolean; record: HandoffRecord } | undefined> {
  const activity = context.activity;
  const by = personFrom(activity);
  if (!by) return undefined;
  const requestId = requestIdOf(activity);
  const tenantId = tenantOf(activity);
  const record = proposeHandoff({
    id: handoffIdFor(activity.conversation.id, requestId),
    ...(tenantId === undefined ? {} : { tenantId }),
    facts,
    recommendation,
    postedIn,
    by,
    now: env.now(),
    requestId,
  });
  return env.handoffs.create(record);
}

/** A handoff whose card could not be posted is forgotten: nobody could act on it. */
async function postOrForget(
  env: BotEnvironment,
  record: HandoffRecord,
  post: () => Promise<unknown>,
): Promise<void> {
  try {
    await post();
  } catch (error) {
    await env.handoffs.remove(record.id);
    throw error;
  }
}
