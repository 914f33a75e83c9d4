import {
  type AdaptiveCardJson,
  handoffWorkflowCard,
  postHandoffCard,
  type PlaceChoice,
} from '../cards';
import { handoffIdFor, type HandoffRecord, type PostedIn, proposeHandoff } from '../handoffs';
import { placeDisplayName, placeOf, type PlaceAccess } from '../places';
import { ACTION_WORDS } from '../words/chat';
import type { Decided } from './advice';
import { card } from './outputs';
import type { Turn } from './turn';

/**
 * A channel, group chat or meeting chat: the handoff is proposed here and its card posted
 * here, for the people present. The same request again posts nothing more.
 */
export async function postHandoffHere(turn: Turn, decided: Decided): Promise<HandoffRecord> {
  const proposed = await propose(turn, decided, await here(turn));
  if (proposed.created) {
    forgetIfTurnFails(turn, proposed.record);
    turn.sendCard(handoffWorkflowCard({ record: proposed.record }));
  }
  return proposed.record;
}

/**
 * The handoff is proposed here and its card replaces the one acted on, for everyone (the facts
 * form that asked for what was missing).
 */
export async function proposeInPlace(turn: Turn, decided: Decided): Promise<HandoffRecord> {
  const proposed = await propose(turn, decided, await here(turn));
  if (proposed.created) forgetIfTurnFails(turn, proposed.record);
  return proposed.record;
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
  const outbox = turn.deps.outbox;
  if (!outbox) {
    return {
      card: await placePicker(turn, decided, { problem: ACTION_WORDS.cannotPostElsewhere }),
    };
  }
  const name = placeDisplayName(place);
  const proposed = await propose(turn, decided, { conversationId: place.id, name });
  if (proposed.created) {
    try {
      const posted = handoffWorkflowCard({ record: proposed.record });
      await outbox.post(place.reference, card(posted, ACTION_WORDS.handoffPosted));
    } catch (error) {
      // Nobody could act on a handoff whose card is nowhere: it is forgotten again.
      await turn.deps.handoffs.remove(proposed.record.id);
      turn.deps.log.warn({ err: error }, 'could not post a handoff card');
      const problem = ACTION_WORDS.couldNotPost(name);
      return { card: await placePicker(turn, decided, { problem, chosen: place.id }) };
    }
  }
  return { card: postHandoffCard({ ...decided, places: [], postedIn: name }) };
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
): Promise<{ created: boolean; record: HandoffRecord }> {
  const { from, conversation, requestId } = turn.event;
  const record = proposeHandoff({
    id: handoffIdFor(conversation.id, requestId),
    ...(conversation.tenantId === undefined ? {} : { tenantId: conversation.tenantId }),
    facts,
    recommendation,
    postedIn,
    by: from,
    now: turn.deps.now(),
    requestId,
  });
  return turn.deps.handoffs.create(record);
}

const memberFrom = (person: { id: string; aadObjectId?: string }) => ({
  id: person.id,
  ...(person.aadObjectId === undefined ? {} : { aadObjectId: person.aadObjectId }),
});
