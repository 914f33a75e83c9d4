import type { Activity, ConversationReference } from 'botbuilder';
import { z } from 'zod';
import { NAME_MAX_LENGTH, type Place, PlaceReference, withoutThread } from './place';

/** What an event means for the places the bot remembers. */
export type PlaceEvent =
  | { kind: 'remember'; place: Place }
  | { kind: 'forget'; placeId: string }
  | { kind: 'forgetTeam'; teamId: string }
  | { kind: 'renameTeam'; teamId: string; name: string };

export interface PlaceChanges {
  tenantId: string;
  events: PlaceEvent[];
}

const IdAndName = z.looseObject({ id: z.string().optional(), name: z.string().optional() });
/** The parts of Teams' channelData these events carry; anything else in it is ignored. */
const TeamsEventData = z.looseObject({
  eventType: z.string().optional(),
  team: IdAndName.optional(),
  channel: IdAndName.optional(),
  tenant: IdAndName.optional(),
  meeting: IdAndName.optional(),
});
type TeamsEventData = z.infer<typeof TeamsEventData>;

type PlaceActivity = Pick<
  Partial<Activity>,
  'type' | 'action' | 'membersAdded' | 'membersRemoved' | 'recipient' | 'conversation'
> & { channelData?: unknown };

// Teams says what happened to a team or a channel in channelData.eventType.
const CHANNEL_SHOWN = new Set(['channelCreated', 'channelRenamed', 'channelRestored']);
const TEAM_GONE = new Set(['teamDeleted', 'teamHardDeleted', 'teamArchived']);

/**
 * What a conversationUpdate or installationUpdate activity changes: the bot added to a team,
 * a group chat or a meeting chat (remember it), removed from one (forget it), a channel
 * created, renamed or deleted, a team renamed or deleted. Personal chats are no place.
 */
export function placeChangesFrom(
  activity: PlaceActivity,
  reference: Partial<ConversationReference>,
  now: Date,
): PlaceChanges | undefined {
  const data = teamsData(activity.channelData);
  const conversation = activity.conversation;
  const tenantId = conversation?.tenantId ?? data.tenant?.id;
  if (!tenantId || !conversation?.id || conversation.conversationType === 'personal') return;
  const botId = activity.recipient?.id;
  const added =
    (activity.membersAdded ?? []).some((member) => member.id === botId) ||
    (activity.type === 'installationUpdate' && activity.action?.startsWith('add') === true);
  const removed =
    (activity.membersRemoved ?? []).some((member) => member.id === botId) ||
    (activity.type === 'installationUpdate' && activity.action?.startsWith('remove') === true);

  const team = data.team?.id ? { id: data.team.id, name: clip(data.team.name) } : undefined;
  const inTeam = conversation.conversationType === 'channel' && team !== undefined;
  const events: PlaceEvent[] = [];
  const remember = (id: string, name: string) => {
    const place = placeAt(id, name, activity, reference, now, inTeam ? team : undefined);
    if (place) events.push({ kind: 'remember', place });
  };

  if (removed) {
    events.push(
      inTeam
        ? { kind: 'forgetTeam', teamId: team.id }
        : { kind: 'forget', placeId: withoutThread(conversation.id) },
    );
  } else if (added) {
    const place = placeOf(activity, reference, now);
    if (place) events.push({ kind: 'remember', place });
  }
  if (inTeam) {
    const eventType = data.eventType ?? '';
    if (CHANNEL_SHOWN.has(eventType) && data.channel?.id) {
      remember(data.channel.id, clip(data.channel.name));
    }
    if (eventType === 'channelDeleted' && data.channel?.id) {
      events.push({ kind: 'forget', placeId: data.channel.id });
    }
    if (eventType === 'teamRenamed') {
      events.push({ kind: 'renameTeam', teamId: team.id, name: team.name });
    }
    if (TEAM_GONE.has(eventType)) events.push({ kind: 'forgetTeam', teamId: team.id });
  }
  return events.length > 0 ? { tenantId, events } : undefined;
}

/**
 * The place an activity comes from: a team channel (a thread's channel; in a team the bot
 * arrives in the General channel, whose id is the team's), a group chat or a meeting chat.
 */
export function placeOf(
  activity: PlaceActivity,
  reference: Partial<ConversationReference>,
  now: Date,
): Place | undefined {
  const data = teamsData(activity.channelData);
  const conversation = activity.conversation;
  if (!conversation?.id || conversation.conversationType === 'personal') return undefined;
  const team = data.team?.id ? { id: data.team.id, name: clip(data.team.name) } : undefined;
  if (conversation.conversationType === 'channel' && team) {
    const channelId = data.channel?.id ?? withoutThread(conversation.id);
    return placeAt(channelId, clip(data.channel?.name), activity, reference, now, team);
  }
  return placeAt(
    withoutThread(conversation.id),
    clip(conversation.name),
    activity,
    reference,
    now,
    undefined,
  );
}

function placeAt(
  id: string,
  name: string,
  activity: PlaceActivity,
  reference: Partial<ConversationReference>,
  now: Date,
  team: { id: string; name: string } | undefined,
): Place | undefined {
  const parsed = PlaceReference.safeParse({
    channelId: reference.channelId,
    serviceUrl: reference.serviceUrl,
    locale: reference.locale,
    bot: reference.bot && { id: reference.bot.id, name: reference.bot.name },
    conversation: reference.conversation && {
      id,
      conversationType: reference.conversation.conversationType,
      tenantId: reference.conversation.tenantId,
      isGroup: reference.conversation.isGroup,
    },
  });
  if (!parsed.success) return undefined;
  const meeting = teamsData(activity.channelData).meeting?.id !== undefined;
  return {
    id,
    kind: team ? 'channel' : meeting ? 'meeting' : 'groupChat',
    name,
    ...(team ? { team } : {}),
    reference: parsed.data,
    since: now.toISOString(),
  };
}

function teamsData(channelData: unknown): TeamsEventData {
  const parsed = TeamsEventData.safeParse(channelData);
  return parsed.success ? parsed.data : {};
}

/** Names are shown, never trusted: absent is '', and a very long one is cut to what is kept. */
function clip(name: string | undefined): string {
  return (name ?? '').slice(0, NAME_MAX_LENGTH);
}
