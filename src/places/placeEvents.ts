import type { Activity, ConversationReference } from 'botbuilder';
import { z } from 'zod';
import { NAME_MAX_LENGTH, type Place, PlaceReference, withoutThread } from './place';
import { type Member, memberOf } from './placePeople';

/** What an event means for the places the bot remembers: which places there are. */
export type PlaceListEvent =
  | { kind: 'remember'; place: Place }
  | { kind: 'forget'; placeId: string }
  | { kind: 'forgetTeam'; teamId: string }
  | { kind: 'renameTeam'; teamId: string; name: string };

/** What an event means for who is in a place: people seen there, or gone from it or its team. */
export type PeopleEvent =
  | { kind: 'seen'; placeId: string; people: Member[] }
  | { kind: 'left'; placeId: string; people: Member[] }
  | { kind: 'leftTeam'; teamId: string; people: Member[] };

export type PlaceEvent = PlaceListEvent | PeopleEvent;

const PEOPLE_EVENT_KINDS = new Set<PlaceEvent['kind']>(['seen', 'left', 'leftTeam']);
export const isPeopleEvent = (event: PlaceEvent): event is PeopleEvent =>
  PEOPLE_EVENT_KINDS.has(event.kind);

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
  'type' | 'action' | 'from' | 'membersAdded' | 'membersRemoved' | 'recipient' | 'conversation'
> & { channelData?: unknown };

// Teams says what happened to a team or a channel in channelData.eventType.
const CHANNEL_SHOWN = new Set(['channelCreated', 'channelRenamed', 'channelRestored']);
const TEAM_GONE = new Set(['teamDeleted', 'teamHardDeleted', 'teamArchived']);

/**
 * What a conversationUpdate or installationUpdate activity changes: the bot added to a team,
 * a group chat or a meeting chat (remember it, and the person who added it), removed from one
 * (forget it), a channel created, renamed or deleted, a team renamed or deleted, people
 * joining or leaving. Personal chats are no place.
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
  // When the bot leaves, the place is forgotten with everyone in it.
  if (!removed) {
    events.push(
      ...peopleJoining(activity, added),
      ...peopleLeaving(activity, inTeam ? team.id : undefined),
    );
  }
  return events.length > 0 ? { tenantId, events } : undefined;
}

/**
 * Someone who writes to the bot or acts on a card in a team channel, a group chat or a
 * meeting chat is in it.
 */
export function personSeenFrom(activity: PlaceActivity): PlaceChanges | undefined {
  const type = activity.conversation?.conversationType;
  if (type !== 'channel' && type !== 'groupChat') return undefined;
  const tenantId = activity.conversation?.tenantId ?? teamsData(activity.channelData).tenant?.id;
  const placeId = placeIdOf(activity);
  const person = memberOf(activity.from);
  if (!tenantId || !placeId || !person) return undefined;
  return { tenantId, events: [{ kind: 'seen', placeId, people: [person] }] };
}

/** Who joined the place: the people added, and whoever added the bot when the bot joined. */
function peopleJoining(activity: PlaceActivity, botAdded: boolean): PeopleEvent[] {
  const placeId = placeIdOf(activity);
  const seen = peopleIn(activity, [
    ...(botAdded ? [activity.from] : []),
    ...(activity.membersAdded ?? []),
  ]);
  return placeId && seen.length > 0 ? [{ kind: 'seen', placeId, people: seen }] : [];
}

/**
 * Who left: someone removed from a team is out of every channel of it; a private or shared
 * channel's own members change alone.
 */
function peopleLeaving(activity: PlaceActivity, teamId: string | undefined): PeopleEvent[] {
  const placeId = placeIdOf(activity);
  const left = peopleIn(activity, activity.membersRemoved ?? []);
  if (!placeId || left.length === 0) return [];
  const fromTeam =
    teamId !== undefined && teamsData(activity.channelData).eventType !== 'channelMemberRemoved';
  return [
    fromTeam ? { kind: 'leftTeam', teamId, people: left } : { kind: 'left', placeId, people: left },
  ];
}

/** The people among these accounts, the bot itself left out. */
function peopleIn(activity: PlaceActivity, accounts: readonly unknown[]): Member[] {
  const botId = activity.recipient?.id;
  return accounts
    .map(memberOf)
    .filter((member): member is Member => member !== undefined && member.id !== botId);
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
  const id = placeIdOf(activity);
  if (id === undefined) return undefined;
  const data = teamsData(activity.channelData);
  const team = data.team?.id ? { id: data.team.id, name: clip(data.team.name) } : undefined;
  if (activity.conversation?.conversationType === 'channel' && team) {
    return placeAt(id, clip(data.channel?.name), activity, reference, now, team);
  }
  return placeAt(id, clip(activity.conversation?.name), activity, reference, now, undefined);
}

/** The id of the place an activity comes from (see placeOf). */
function placeIdOf(activity: PlaceActivity): string | undefined {
  const conversation = activity.conversation;
  if (!conversation?.id || conversation.conversationType === 'personal') return undefined;
  const data = teamsData(activity.channelData);
  if (conversation.conversationType === 'channel' && data.team?.id) {
    return data.channel?.id ?? withoutThread(conversation.id);
  }
  return withoutThread(conversation.id);
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
