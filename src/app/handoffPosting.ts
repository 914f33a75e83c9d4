import { randomBytes } from 'node:crypto';
import {
  type AdaptiveCardJson,
  handoffWorkflowCard,
  postHandoffCard,
  type PlaceChoice,
} from '../cards';
import {
  handoffIdFor,
  type HandoffRecord,
  type Person,
  type PostedIn,
  proposeHandoff,
} from '../handoffs';
import { placeDisplayName, placeOf, type PlaceAccess, type PlaceReference } from '../places';
import { ACTION_WORDS } from '../words/chat';
import { NOTICE_WORDS } from '../words/handoffs';
import type { Decided } from './advice';
import { card } from './outputs';
import type { Turn } from './turn';

/**
 * A channel, group chat or meeting chat: the handoff is proposed here and its card posted
 * here, for the people present (and, in a meeting, the person named is told on the meeting
 * stage). The same request again posts nothing more.
 */
export async function postHandoffHere(
  turn: Turn,
  decided: Decided,
  to?: Person,
): Promise<HandoffRecord> {
  const proposed = await propose(turn, decided, await here(turn), to);
  if (proposed.created) {
    const { record } = proposed;
    forgetIfTurnFails(turn, record);
    turn.send(card(handoffWorkflowCard({ record })), async (messageId) => {
      await notePosted(turn, record, messageId);
    });
    noticeInMeeting(turn, record);
  }
  return proposed.record;
}

/**
 * The handoff is proposed here and its card replaces the one acted on, for everyone (the facts
 * form that asked for what was missing): that message is where the card is.
 */
export async function proposeInPlace(
  turn: Turn,
  decided: Decided,
  cardMessageId: string | undefined,
  to?: Person,
): Promise<HandoffRecord> {
  const proposed = await propose(turn, decided, await here(turn), to);
  if (!proposed.created) return proposed.record;
  forgetIfTurnFails(turn, proposed.record);
  noticeInMeeting(turn, proposed.record);
  if (cardMessageId === undefined) return proposed.record;
  return (await notePosted(turn, proposed.record, cardMessageId)) ?? proposed.record;
}

/**
 * A message extension's "Send": the handoff is proposed in the conversation it was started in
 * and its card posted there by the bot, as a message of its own. Undefined when it could not be
 * posted (the bot is not in that conversation): nothing is kept then.
 */
export async function postHandoffFromCompose(
  turn: Turn,
  decided: Decided,
  to: Person | undefined,
): Promise<HandoffRecord | undefined> {
  const outbox = turn.deps.outbox;
  if (!outbox) return undefined;
  const proposed = await propose(turn, decided, await here(turn), to);
  if (!proposed.created) return proposed.record;
  const posted = await postCard(turn, proposed.record, referenceHere(turn));
  if (posted) noticeInMeeting(turn, posted);
  return posted;
}

/** A handoff whose card never went out is forgotten: nobody could act on it. */
function forgetIfTurnFails(turn: Turn, record: HandoffRecord): void {
  turn.onUndo(() => turn.deps.handoffs.remove(record.id));
}

/** Personal chat: where the handoff can be posted, by name. */
export async function placePicker(
  turn: Turn,
  decided: Decided,
  options: { problem?: string; chosen?: string } = {},
) {
  return postHandoffCard({ ...decided, places: await placeChoices(turn), ...options });
}

/**
 * Personal chat: the handoff is proposed and its card posted into the place chosen; the picker
 * then says where it went (or, for a place the person was never seen in, a line says why not).
 * A request delivered again confirms again without posting twice.
 */
export async function postHandoffTo(
  turn: Turn,
  decided: Decided,
  placeId: string,
): Promise<{ card: AdaptiveCardJson } | { text: string }> {
  const { from, conversation } = turn.event;
  const tenantId = conversation.tenantId;
  // The place id comes from a card anyone could have crafted: the person must be seen there.
  const found: PlaceAccess =
    tenantId === undefined
      ? { access: 'gone' }
      : await turn.deps.places.accessTo(tenantId, placeId, memberFrom(from));
  if (found.access === 'gone') {
    return { card: await placePicker(turn, decided, { problem: ACTION_WORDS.placeGone }) };
  }
  if (found.access === 'notMember') return { text: ACTION_WORDS.notInPlace };
  const { place } = found;
  if (!turn.deps.outbox) {
    return {
      card: await placePicker(turn, decided, { problem: ACTION_WORDS.cannotPostElsewhere }),
    };
  }
  const name = placeDisplayName(place);
  const proposed = await propose(turn, decided, { conversationId: place.id, name });
  if (proposed.created && !(await postCard(turn, proposed.record, place.reference))) {
    const problem = ACTION_WORDS.couldNotPost(name);
    return { card: await placePicker(turn, decided, { problem, chosen: place.id }) };
  }
  return { card: postHandoffCard({ ...decided, places: [], postedIn: name }) };
}

/**
 * Posts a new handoff's card where it was proposed, outside the turn's own replies; the
 * record then knows its message. A card that cannot be posted leaves no handoff behind.
 */
async function postCard(
  turn: Turn,
  record: HandoffRecord,
  where: PlaceReference,
): Promise<HandoffRecord | undefined> {
  try {
    const message = card(handoffWorkflowCard({ record }), ACTION_WORDS.handoffPosted);
    const { messageId } = await turn.deps.outbox!.post(where, message);
    return messageId === undefined
      ? record
      : ((await notePosted(turn, record, messageId)) ?? record);
  } catch (error) {
    // Nobody could act on a handoff whose card is nowhere: it is forgotten again.
    await turn.deps.handoffs.remove(record.id);
    turn.deps.log.warn({ err: error }, 'could not post a handoff card');
    return undefined;
  }
}

/** The record learns which message carries its card, for the links to it. */
async function notePosted(
  turn: Turn,
  record: HandoffRecord,
  messageId: string,
): Promise<HandoffRecord | undefined> {
  const { from, requestId } = turn.event;
  const request = { action: 'notePosted', messageId } as const;
  const outcome = await turn.deps.handoffs.act(
    record.id,
    request,
    from,
    turn.deps.now(),
    requestId,
  );
  return outcome.found ? outcome.record : undefined;
}

/**
 * In a meeting's chat, the person a handoff is proposed to is told on the meeting stage too,
 * privately, with a page that shows it and opens its card. Without the bot's public address
 * there is no such page, and the card in the chat alone tells them.
 */
export function noticeInMeeting(turn: Turn, record: HandoffRecord): void {
  const { conversation, from } = turn.event;
  const to = record.status === 'proposed' ? record.proposedTo : null;
  if (conversation.kind !== 'meeting' || !conversation.meetingId || !to) return;
  const url = record.noticeToken ? turn.deps.noticeUrl?.(record.id, record.noticeToken) : undefined;
  if (url === undefined) {
    turn.deps.log.info({ handoffId: record.id }, 'no public address: no meeting notification');
    return;
  }
  turn.notifyInMeeting({
    meetingId: conversation.meetingId,
    recipients: [to],
    title: NOTICE_WORDS.title,
    url,
    from,
  });
}

/**
 * Where a handoff proposed in this conversation is posted, by the name the picker would use.
 * The place is remembered too: the bot is plainly there, whether or not the install was seen.
 */
async function here(turn: Turn): Promise<PostedIn> {
  const { conversation } = turn.event;
  const place = placeOf(conversation, turn.deps.now());
  if (conversation.tenantId !== undefined) {
    await turn.deps.places.apply({
      tenantId: conversation.tenantId,
      events: [{ kind: 'remember', place }],
    });
  }
  return { conversationId: conversation.id, name: placeDisplayName(place) };
}

/** How to post into the event's conversation as a message of its own (not a reply). */
function referenceHere(turn: Turn): PlaceReference {
  const { id, tenantId, name, address } = turn.event.conversation;
  return {
    channelId: address.channelId,
    serviceUrl: address.serviceUrl,
    ...(address.locale === undefined ? {} : { locale: address.locale }),
    bot: address.bot,
    conversation: {
      id,
      ...(address.conversationType === undefined
        ? {}
        : { conversationType: address.conversationType }),
      ...(tenantId === undefined ? {} : { tenantId }),
      ...(address.isGroup === undefined ? {} : { isGroup: address.isGroup }),
      name,
    },
  };
}

/** What the picker lists: the places in the person's tenant where the bot has seen them. */
async function placeChoices(turn: Turn): Promise<PlaceChoice[]> {
  const tenantId = turn.event.conversation.tenantId;
  if (tenantId === undefined) return [];
  const places = await turn.deps.places.listFor(tenantId, memberFrom(turn.event.from));
  return places.map((place) => ({ id: place.id, name: placeDisplayName(place) }));
}

async function propose(
  turn: Turn,
  { facts, recommendation }: Decided,
  postedIn: PostedIn,
  to?: Person,
): Promise<{ created: boolean; record: HandoffRecord }> {
  const { from, conversation, requestId } = turn.event;
  const record = proposeHandoff({
    id: handoffIdFor(conversation.id, requestId),
    ...(conversation.tenantId === undefined ? {} : { tenantId: conversation.tenantId }),
    facts,
    recommendation,
    postedIn,
    by: from,
    ...(to === undefined ? {} : { to }),
    now: turn.deps.now(),
    requestId,
    // Only a meeting notification's page asks for it; it must not be guessable.
    ...(conversation.kind === 'meeting' ? { noticeToken: randomBytes(16).toString('hex') } : {}),
  });
  return turn.deps.handoffs.create(record);
}

const memberFrom = (person: { id: string; aadObjectId?: string }) => ({
  id: person.id,
  ...(person.aadObjectId === undefined ? {} : { aadObjectId: person.aadObjectId }),
});
