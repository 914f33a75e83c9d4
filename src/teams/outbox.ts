import type { ConversationReference } from 'botbuilder';
import type { Outbox } from '../app/deps';
import type { PlaceReference } from '../places';
import type { HostedAdapter } from './adapter';
import { toActivity } from './messages';
import { asActivity } from './teamsBot';

/** Posts into remembered places as this app (no app id in local anonymous mode). */
export function adapterOutbox(adapter: HostedAdapter, appId: string): Outbox {
  return {
    post: (place, message) =>
      adapter.continueConversationAsync(appId, referenceOf(place), async (context) => {
        await context.sendActivity(asActivity(toActivity(message)));
      }),
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
