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
import { card, text } from './outputs';
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
 * Accept, hand back or complete: the same for an Action.Execute invoke and for its
 * Action.Submit fallback. The request id is the activity's, so the same action delivered twice
 * changes nothing the second time.
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
    const notice = outcome.refusal.message;
    return deliver(turn, {
      record: outcome.record,
      viewer: from,
      notice,
      updateForEveryone: false,
    });
  }
  deliver(turn, { record: outcome.record, viewer: from, updateForEveryone: outcome.changed });
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
 * with this viewer's card (the owner's has "Complete" and "Hand back"; a refusal says why).
 * Action.Submit, from a client without Universal Actions: no per-person views there, so the
 * card is updated for everyone (or posted, without the id of the one acted on), a refusal is
 * said in words, and the owner gets a card of their own with "Complete" and "Hand back".
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
  if (record.status === 'accepted' && record.owner && samePerson(record.owner, viewer)) {
    turn.sendCard(handoffWorkflowCard({ record, viewer }));
  }
}
