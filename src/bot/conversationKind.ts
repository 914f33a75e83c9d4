import type { Activity } from 'botbuilder';

/** Where a message came from: a 1:1 chat gets dialogs; shared places never do. */
export type ConversationKind = 'personal' | 'channel' | 'groupChat' | 'meeting';

export function conversationKind(activity: Partial<Activity>): ConversationKind {
  const type = activity.conversation?.conversationType;
  const channelData = activity.channelData as { meeting?: { id?: string } } | undefined;
  if (channelData?.meeting?.id) return 'meeting';
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'groupChat';
  return 'personal';
}

export const isSharedConversation = (kind: ConversationKind): boolean => kind !== 'personal';
