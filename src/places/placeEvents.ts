import type { Conversation, MembershipChange } from './conversation';
import { NAME_MAX_LENGTH, type Place, PlaceReference, withoutThread } from './place';
import type { Member } from './placePeople';

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

// Teams says what happened to a team or a channel in channelData.eventType.
const CHANNEL_SHOWN = new Set(['channelCreated', 'channelRenamed', 'channelRestored']);
const TEAM_GONE = new Set(['teamDeleted', 'teamHardDeleted', 'teamArchived']);

/**
 * What a conversationUpdate or installationUpdate changes: the bot added to a team, a group
 * chat or a meeting chat (remember it, and the person who added it), removed from one (forget
 * it), a channel created, renamed or deleted, a team renamed or deleted, people joining or
 * leaving. Personal chats are no place.
 */
export function placeChangesFrom(change: MembershipChange, now: Date): PlaceChanges | undefined {
  const { conversation } = change;
  const tenantId = conversation.tenantId;
  if (!tenantId || conversation.kind === 'personal') return undefined;
  const team = teamOf(conversation);
  const events: PlaceEvent[] = [];
  const remember = (id: string, name: string) => {
    events.push({ kind: 'remember', place: placeAt(id, name, conversation, now, team) });
  };

  if (change.botRemoved) {
    events.push(
      team
        ? { kind: 'forgetTeam', teamId: team.id }
        : { kind: 'forget', placeId: withoutThread(conversation.id) },
    );
  } else if (change.botAdded) {
    events.push({ kind: 'remember', place: placeOf(conversation, now) });
  }
  if (team) {
    const eventType = change.eventType ?? '';
    const channel = conversation.channel;
    if (CHANNEL_SHOWN.has(eventType) && channel) remember(channel.id, clip(channel.name));
    if (eventType === 'channelDeleted' && channel) {
      events.push({ kind: 'forget', placeId: channel.id });
    }
    if (eventType === 'teamRenamed') {
      events.push({ kind: 'renameTeam', teamId: team.id, name: team.name });
    }
    if (TEAM_GONE.has(eventType)) events.push({ kind: 'forgetTeam', teamId: team.id });
  }
  // When the bot leaves, the place is forgotten with everyone in it.
  if (!change.botRemoved) {
    events.push(...peopleJoining(change), ...peopleLeaving(change, team?.id));
  }
  return events.length > 0 ? { tenantId, events } : undefined;
}

/**
 * Someone who writes to the bot or acts on a card in a team channel, a group chat or a
 * meeting chat is in it.
 */
export function personSeenFrom(
  conversation: Conversation,
  person: Member | undefined,
): PlaceChanges | undefined {
  const type = conversation.address.conversationType;
  if (type !== 'channel' && type !== 'groupChat') return undefined;
  const tenantId = conversation.tenantId;
  if (!tenantId || !person) return undefined;
  return {
    tenantId,
    events: [{ kind: 'seen', placeId: placeIdOf(conversation), people: [person] }],
  };
}

/** Who joined the place: the people added, and whoever added the bot when the bot joined. */
function peopleJoining(change: MembershipChange): PeopleEvent[] {
  const seen = [...(change.botAdded && change.by ? [change.by] : []), ...change.joined];
  return seen.length > 0
    ? [{ kind: 'seen', placeId: placeIdOf(change.conversation), people: seen }]
    : [];
}

/**
 * Who left: someone removed from a team is out of every channel of it; a private or shared
 * channel's own members change alone.
 */
function peopleLeaving(change: MembershipChange, teamId: string | undefined): PeopleEvent[] {
  const left = [...change.left];
  if (left.length === 0) return [];
  const placeId = placeIdOf(change.conversation);
  const fromTeam = teamId !== undefined && change.eventType !== 'channelMemberRemoved';
  return [
    fromTeam ? { kind: 'leftTeam', teamId, people: left } : { kind: 'left', placeId, people: left },
  ];
}

/**
 * The place a conversation is: a team channel (a thread's channel; in a team the bot arrives
 * in the General channel, whose id is the team's), a group chat or a meeting chat; undefined
 * for a personal chat.
 */
export function placeOf(conversation: Conversation, now: Date): Place {
  const team = teamOf(conversation);
  const name = team ? clip(conversation.channel?.name) : clip(conversation.name);
  return placeAt(placeIdOf(conversation), name, conversation, now, team);
}

/** the team of a conversation in a team channel; other conversations have none */
function teamOf(conversation: Conversation): { id: string; name: string } | undefined {
  const { team } = conversation;
  return conversation.address.conversationType === 'channel' && team
    ? { id: team.id, name: clip(team.name) }
    : undefined;
}

/** The id of the place a conversation is (see placeOf). */
function placeIdOf(conversation: Conversation): string {
  if (teamOf(conversation)) return conversation.channel?.id ?? withoutThread(conversation.id);
  return withoutThread(conversation.id);
}

function placeAt(
  id: string,
  name: string,
  conversation: Conversation,
  now: Date,
  team: { id: string; name: string } | undefined,
): Place {
  const { address } = conversation;
  const reference: PlaceReference = {
    channelId: address.channelId,
    serviceUrl: address.serviceUrl,
    ...(address.locale === undefined ? {} : { locale: address.locale }),
    bot: {
      id: address.bot.id,
      ...(address.bot.name === undefined ? {} : { name: clip(address.bot.name) }),
    },
    conversation: {
      id,
      ...(address.conversationType === undefined
        ? {}
        : { conversationType: address.conversationType }),
      ...(conversation.tenantId === undefined ? {} : { tenantId: conversation.tenantId }),
      ...(address.isGroup === undefined ? {} : { isGroup: address.isGroup }),
    },
  };
  return {
    id,
    kind: team ? 'channel' : conversation.meetingId !== undefined ? 'meeting' : 'groupChat',
    name,
    ...(team ? { team } : {}),
    reference,
    since: now.toISOString(),
  };
}

/** Names are shown, never trusted: absent is '', and a very long one is cut to what is kept. */
function clip(name: string | undefined): string {
  return (name ?? '').slice(0, NAME_MAX_LENGTH);
}
