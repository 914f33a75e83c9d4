import type { AppEvent, EventBase, Mention } from '../app/events';
import type { Person } from '../handoffs';
import type { Conversation, ConversationKind, Member } from '../places';
import type { Activity, ChannelAccount } from './activity';
import { composeEventFrom, isComposeInvoke } from './composeExtension';

/** Names are only shown: one longer than a record keeps is cut rather than refused. */
const PERSON_NAME_MAX_LENGTH = 256;

/** The invoke a card's Action.Execute arrives as. */
export const CARD_ACTION_INVOKE = 'adaptiveCard/action';

/**
 * The application's event for a checked activity (see readActivity), or undefined for one the
 * application has nothing to do with (typing, reactions, an invoke it does not handle).
 */
export function eventFrom(
  activity: Activity,
  tenantId: string | undefined,
  requestId: string,
): AppEvent | undefined {
  const base: EventBase = {
    ...(activity.id ? { activityId: activity.id } : {}),
    requestId,
    from: personOf(activity.from),
    conversation: conversationOf(activity, tenantId),
  };
  switch (activity.type) {
    case 'message':
      // A card's Action.Submit arrives as a message whose value carries the verb.
      if (activity.value !== undefined && !activity.text) {
        return {
          ...base,
          type: 'cardAction',
          via: 'submit',
          action: activity.value,
          ...cardOf(activity),
        };
      }
      return {
        ...base,
        type: 'message',
        text:
          base.conversation.kind === 'personal'
            ? (activity.text ?? '')
            : withoutBotMention(activity),
        mentions: mentionsOfPeople(activity),
      };
    case 'invoke':
      if (isComposeInvoke(activity.name))
        return composeEventFrom(activity.name!, activity.value, base);
      if (activity.name !== CARD_ACTION_INVOKE) return undefined;
      return {
        ...base,
        type: 'cardAction',
        via: 'execute',
        action: executeAction(activity.value),
        ...cardOf(activity),
      };
    case 'conversationUpdate':
    case 'installationUpdate':
      return membershipEvent(base, activity);
    default:
      return undefined;
  }
}

/** Where the activity happened, as the application and the places know conversations. */
export function conversationOf(activity: Activity, tenantId: string | undefined): Conversation {
  const { conversation, channelData } = activity;
  const team = channelData?.team?.id
    ? { id: channelData.team.id, name: channelData.team.name ?? '' }
    : undefined;
  const channel = channelData?.channel?.id
    ? { id: channelData.channel.id, name: channelData.channel.name ?? '' }
    : undefined;
  const meetingId = channelData?.meeting?.id;
  return {
    id: conversation.id,
    kind: kindOf(conversation.conversationType, meetingId),
    ...(tenantId === undefined ? {} : { tenantId }),
    name: conversation.name ?? '',
    ...(team ? { team } : {}),
    ...(channel ? { channel } : {}),
    ...(meetingId ? { meetingId } : {}),
    address: {
      channelId: activity.channelId,
      serviceUrl: activity.serviceUrl,
      ...(activity.locale === undefined ? {} : { locale: activity.locale }),
      bot: {
        id: activity.recipient.id,
        ...(activity.recipient.name === undefined ? {} : { name: activity.recipient.name }),
      },
      ...(conversation.conversationType === undefined
        ? {}
        : { conversationType: conversation.conversationType }),
      ...(conversation.isGroup === undefined ? {} : { isGroup: conversation.isGroup }),
    },
  };
}

/** A 1:1 chat gets the questions; shared places never do. A meeting's chat says it is one. */
function kindOf(
  conversationType: string | undefined,
  meetingId: string | undefined,
): ConversationKind {
  if (meetingId) return 'meeting';
  if (conversationType === 'channel') return 'channel';
  if (conversationType === 'groupChat') return 'groupChat';
  return 'personal';
}

export function personOf(account: ChannelAccount): Person {
  return {
    id: account.id,
    name: (account.name ?? '').slice(0, PERSON_NAME_MAX_LENGTH),
    ...(account.aadObjectId ? { aadObjectId: account.aadObjectId } : {}),
  };
}

function memberOf(account: ChannelAccount): Member {
  return { id: account.id, ...(account.aadObjectId ? { aadObjectId: account.aadObjectId } : {}) };
}

function cardOf(activity: Activity): { cardMessageId?: string } {
  return activity.replyToId ? { cardMessageId: activity.replyToId } : {};
}

/** An Action.Execute's `{ verb, data }`, as the action data every card route reads. */
function executeAction(value: unknown): unknown {
  const action = isRecord(value) && isRecord(value.action) ? value.action : undefined;
  const data = isRecord(action?.data) ? action.data : {};
  return { ...data, verb: action?.verb };
}

function membershipEvent(base: EventBase, activity: Activity): AppEvent {
  const botId = activity.recipient.id;
  const isBot = (account: ChannelAccount) => account.id === botId;
  const added = activity.membersAdded ?? [];
  const removed = activity.membersRemoved ?? [];
  const installAction = activity.type === 'installationUpdate' ? (activity.action ?? '') : '';
  const botJoined = added.some(isBot);
  return {
    ...base,
    type: 'membership',
    botJoined,
    change: {
      conversation: base.conversation,
      by: memberOf(activity.from),
      botAdded: botJoined || installAction.startsWith('add'),
      botRemoved: removed.some(isBot) || installAction.startsWith('remove'),
      joined: added.filter((account) => !isBot(account)).map(memberOf),
      left: removed.filter((account) => !isBot(account)).map(memberOf),
      ...(activity.channelData?.eventType ? { eventType: activity.channelData.eventType } : {}),
    },
  };
}

/**
 * The text without the bot's own @mention (Teams puts `<at>Bot</at>` in the text); other
 * people's mentions stay part of what was said.
 */
function withoutBotMention(activity: Activity): string {
  let text = activity.text ?? '';
  for (const { mentioned, text: mentionText } of mentionsIn(activity)) {
    if (mentioned.id === activity.recipient.id && mentionText) {
      text = text.split(mentionText).join('');
    }
  }
  return text.trim();
}

/** The people other than the bot @mentioned in a message, with the text that mentions them. */
function mentionsOfPeople(activity: Activity): Mention[] {
  return mentionsIn(activity).flatMap(({ mentioned, text }) =>
    mentioned.id === activity.recipient.id || !text ? [] : [{ person: personOf(mentioned), text }],
  );
}

function mentionsIn(activity: Activity): { mentioned: ChannelAccount; text?: string }[] {
  return (activity.entities ?? []).flatMap(({ type, mentioned, text }) =>
    type === 'mention' && mentioned ? [{ mentioned, ...(text === undefined ? {} : { text }) }] : [],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
