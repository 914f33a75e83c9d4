import type { ConversationReference } from 'botbuilder';
import type { Outbox } from '../app/deps';
import type { PlaceReference } from '../places';
import type { HostedAdapter } from './adapter';
import { toActivity } from './messages';
import { asActivity } from './teamsBot';

/** Posts into remembered places as this app (no app id in local anonymous mode), saying where. */
export function adapterOutbox(adapter: HostedAdapter, appId: string): Outbox {
  return {
    post: async (place, message) => {
      let messageId: string | undefined;
      await adapter.continueConversationAsync(appId, referenceOf(place), async (context) => {
        messageId = (await context.sendActivity(asActivity(toActivity(message))))?.id || undefined;
      });
      return messageId === undefined ? {} : { messageId };
    },
  };
}

/** The stored reference as botbuilder takes it to continue the conversation. */
function referenceOf(reference: PlaceReference): Partial<ConversationReference> {
  const { conversation, bot } = reference;
  return {
    channelId: reference.channelId,
    serviceUrl: reference.serviceUrl,
    ...(reference.locale === undefined ? {} : { locale: reference.locale }),
    bot: { id: bot.id, name: bot.name ?? '' },
    conversation: {
      id: conversation.id,
      name: conversation.name ?? '',
      isGroup: conversation.isGroup ?? true,
      conversationType: conversation.conversationType ?? '',
      ...(conversation.tenantId === undefined ? {} : { tenantId: conversation.tenantId }),
    },
  };
}
