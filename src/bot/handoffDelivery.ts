import type { TurnContext } from 'botbuilder';
import { type AdaptiveCardJson, handoffWorkflowCard } from '../cards';
import { samePerson } from '../handoffs';
import { type Logger, turnLogger } from '../logger';
import type { HandoffReply } from './handoffActions';
import { cardMessage, plainMessage } from './replies';

/**
 * Action.Execute: the card everyone sees is updated where it is, and the invoke is answered
 * with this viewer's card (the owner's has "Complete" and "Hand back"; a refusal says why).
 */
export async function answerHandoffInvoke(
  context: TurnContext,
  reply: HandoffReply,
  logger: Logger,
): Promise<AdaptiveCardJson> {
  const messageId = context.activity.replyToId;
  if (reply.updateForEveryone && messageId) {
    await updateInPlace(context, messageId, handoffWorkflowCard({ record: reply.record }), logger);
  }
  return handoffWorkflowCard(reply);
}

/**
 * Action.Submit, from a client without Universal Actions: no per-person views there, so the
 * card is updated for everyone (or posted, without the id of the one acted on), a refusal is
 * said in words, and the owner gets a card of their own with "Complete" and "Hand back".
 */
export async function sendHandoffReply(
  context: TurnContext,
  reply: HandoffReply,
  logger: Logger,
): Promise<void> {
  const everyone = handoffWorkflowCard({ record: reply.record });
  const messageId = context.activity.replyToId;
  if (!messageId) await context.sendActivity(cardMessage(everyone));
  else if (reply.updateForEveryone) await updateInPlace(context, messageId, everyone, logger);
  if (reply.notice) await context.sendActivity(plainMessage(reply.notice));
  const { record, viewer } = reply;
  if (record.status === 'accepted' && record.owner && samePerson(record.owner, viewer)) {
    await context.sendActivity(cardMessage(handoffWorkflowCard({ record, viewer })));
  }
}

/**
 * The record is already saved: a card that cannot be updated (deleted, or the connector down)
 * shows the change at its next refresh or action, so the turn goes on.
 */
async function updateInPlace(
  context: TurnContext,
  messageId: string,
  card: AdaptiveCardJson,
  logger: Logger,
): Promise<void> {
  try {
    await context.updateActivity({ ...cardMessage(card), id: messageId });
  } catch (error) {
    turnLogger(context, logger).warn({ err: error }, 'could not update the handoff card in place');
  }
}
