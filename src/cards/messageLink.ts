import type { HandoffRecord } from '../handoffs';
import { withoutThread } from '../places';

const THREAD_MARK = ';messageid=';
// Team channels' conversation ids; chats (group and meeting chats) end in "@thread.v2".
const CHANNEL_ID = /@thread\.(tacv2|skype)$/;

/**
 * A Teams link to the message that carries a handoff's card, where people act on it; undefined
 * until the card is known to be posted (its message id is kept once it is).
 */
export function handoffCardLink(record: HandoffRecord): string | undefined {
  const messageId = record.postedMessageId;
  if (messageId === undefined) return undefined;
  const conversationId = record.postedIn.conversationId;
  const where = withoutThread(conversationId);
  const params = new URLSearchParams();
  if (record.tenantId !== undefined) params.set('tenantId', record.tenantId);
  if (CHANNEL_ID.test(where)) {
    // A reply in a channel thread is found through the thread's first message.
    const thread = conversationId.indexOf(THREAD_MARK);
    const root = thread === -1 ? messageId : conversationId.slice(thread + THREAD_MARK.length);
    params.set('parentMessageId', root);
  } else {
    params.set('context', JSON.stringify({ contextType: 'chat' }));
  }
  const path = `${encodeURIComponent(where)}/${encodeURIComponent(messageId)}`;
  return `https://teams.microsoft.com/l/message/${path}?${params.toString()}`;
}
