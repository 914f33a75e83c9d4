import { handoffWorkflowCard } from '../cards';
import {
  type HandoffId,
  type HandoffRecord,
  type HandoffRequest,
  type Person,
  samePerson,
} from '../handoffs';
import { withoutThread } from '../places';
import { ACTION_WORDS } from '../words/chat';
import { PEOPLE_WORDS, refusalMessage } from '../words/handoffs';
import { noticeInMeeting } from './handoffPosting';
import { card, text } from './outputs';
import { personHere } from './people';
import type { Turn } from './turn';
import type { CardActionEvent } from './events';

/**
 * How a handoff action is answered: the handoff as this viewer sees it, why their action was
 * refused (if it was), and whether the card everyone sees must be updated where it is.
 */
export interface HandoffView {
  record: HandoffRecord;
  viewer: Person;
  notice?: string;
  updateForEveryone: boolean;
}

/**
 * Accept, decline, hand back, reassign or complete: the same for an Action.Execute invoke and
 * for its Action.Submit fallback. Who may do what is decided here, from who acted, whatever the
 * card they pressed showed. The request id is the activity's, so the same action delivered
 * twice changes nothing the second time.
 */
export async function actOnHandoff(
  turn: Turn<CardActionEvent>,
  handoffId: HandoffId,
  request: HandoffRequest,
): Promise<void> {
  const existing = await findHere(turn, handoffId);
  if (!existing) return;
  const { from, requestId } = turn.event;
  const outcome = await turn.deps.handoffs.act(
    handoffId,
    request,
    from,
    turn.deps.now(),
    requestId,
  );
  if (!outcome.found) return notFound(turn);
  if (!outcome.ok) {
    const notice = refusalMessage(outcome.refusal);
    return deliver(turn, {
      record: outcome.record,
      viewer: from,
      notice,
      updateForEveryone: false,
    });
  }
  // Reassigned in a meeting: the new person is told on the meeting stage too.
  if (outcome.changed && request.action === 'reassign') noticeInMeeting(turn, outcome.record);
  deliver(turn, { record: outcome.record, viewer: from, updateForEveryone: outcome.changed });
}

/**
 * The owner's "Reassign": the person chosen in the card's people picker, looked up in this
 * conversation, then the reassign itself. No one chosen, or someone not here: the owner's own
 * card says so, and nothing changes.
 */
export async function reassignHandoff(
  turn: Turn<CardActionEvent>,
  handoffId: HandoffId,
  chosen: string | undefined,
): Promise<void> {
  const existing = await findHere(turn, handoffId);
  if (!existing) return;
  const person = chosen === undefined ? undefined : await personHere(turn, chosen);
  if (!person?.ok) {
    const notice = person?.problem ?? PEOPLE_WORDS.choosePerson;
    return deliver(turn, {
      record: existing,
      viewer: turn.event.from,
      notice,
      updateForEveryone: false,
    });
  }
  await actOnHandoff(turn, handoffId, { action: 'reassign', to: person.person });
}

/**
 * A person's own view of a handoff (Teams asks for it when the card is shown to someone in
 * `refresh.userIds`): the shared card stays as it is; a Submit has no per-person view, so it
 * refreshes the card for everyone.
 */
export async function refreshHandoff(turn: Turn<CardActionEvent>, handoffId: HandoffId) {
  const record = await findHere(turn, handoffId);
  if (!record) return;
  deliver(turn, {
    record,
    viewer: turn.event.from,
    updateForEveryone: turn.event.via === 'submit',
  });
}

/**
 * The handoff, if it may be acted on here: in the tenant it belongs to, from the conversation
 * its card was posted in (a card id typed elsewhere finds nothing). Otherwise says it is not
 * found, and nothing about it.
 */
async function findHere(turn: Turn<CardActionEvent>, id: HandoffId) {
  const record = await turn.deps.handoffs.get(id);
  const { conversation } = turn.event;
  const postedHere =
    record !== undefined &&
    withoutThread(record.postedIn.conversationId) === withoutThread(conversation.id);
  const sameTenant = record?.tenantId === undefined || record.tenantId === conversation.tenantId;
  if (!record || !postedHere || !sameTenant) {
    notFound(turn);
    return undefined;
  }
  return record;
}

function notFound(turn: Turn<CardActionEvent>): void {
  if (turn.event.via === 'execute') {
    turn.answerInvoke({ kind: 'message', text: ACTION_WORDS.handoffNotFound });
  } else turn.say(ACTION_WORDS.handoffNotFound);
}

/**
 * Action.Execute: the card everyone sees is updated where it is, and the invoke is answered
 * with this viewer's card (the owner's has "Complete", "Hand back" and "Reassign", the named
 * person's "Accept" and "Decline"; a refusal says why). Action.Submit, from a client without
 * Universal Actions: no per-person views there, so the card is updated for everyone (or
 * posted, without the id of the one acted on), a refusal is said in words, and whoever has
 * something to do gets a card of their own with their actions.
 */
export function deliver(turn: Turn<CardActionEvent>, view: HandoffView): void {
  const everyone = card(handoffWorkflowCard({ record: view.record }));
  const messageId = turn.event.cardMessageId;
  if (turn.event.via === 'execute') {
    if (view.updateForEveryone && messageId) turn.update(messageId, everyone);
    turn.answerInvoke({ kind: 'card', card: handoffWorkflowCard(view) });
    return;
  }
  if (!messageId) turn.send(everyone);
  else if (view.updateForEveryone) turn.update(messageId, everyone);
  if (view.notice) turn.send(text(view.notice));
  const { record, viewer } = view;
  const hasOwnView =
    (record.status === 'accepted' && record.owner && samePerson(record.owner, viewer)) ||
    (record.status === 'proposed' && record.proposedTo && samePerson(record.proposedTo, viewer));
  if (hasOwnView) turn.sendCard(handoffWorkflowCard({ record, viewer }));
}
