import type { Activity, ChannelAccount } from 'botbuilder';
import { type PlaceChanges, personSeenFrom, placeChangesFrom } from '../../../src/places';
import { readActivity } from '../../../src/teams/activity';
import { eventFrom } from '../../../src/teams/toEvent';
import {
  FIXED_TIME,
  TEAM,
  type TeamsActivity,
  type TeamsActivityBuilders,
} from '../../support/activities';

type Where = 'team' | 'groupChat' | 'meeting';

/** Install, removal and team events, shaped as Teams sends them, built on the test kit. */
export interface PlaceActivities {
  /** the bot added: conversationUpdate with the bot in membersAdded */
  installIn(where: Where): TeamsActivity;
  /** the bot removed: conversationUpdate with the bot in membersRemoved */
  removeFrom(where: Where): TeamsActivity;
  installationUpdate(where: Where, action: 'add' | 'remove'): TeamsActivity;
  /** channelCreated, channelRenamed, channelDeleted, teamRenamed, teamDeleted… */
  teamEvent(
    eventType: string,
    channel?: { id: string; name: string },
    teamName?: string,
  ): TeamsActivity;
  /** people other than the bot joining: conversationUpdate with them in membersAdded */
  peopleJoin(where: Where, people: ChannelAccount[]): TeamsActivity;
  /**
   * people other than the bot leaving: conversationUpdate with them in membersRemoved; in a
   * team, teamMemberRemoved, or channelMemberRemoved when a channel is given
   */
  peopleLeave(
    where: Where,
    people: ChannelAccount[],
    channel?: { id: string; name: string },
  ): TeamsActivity;
}

export function placeActivities(teams: TeamsActivityBuilders): PlaceActivities {
  /** a conversation of the given kind, taken from a message there (text and mention dropped) */
  const inConversation = (where: Where, type: string): TeamsActivity => {
    const message =
      where === 'team'
        ? teams.installUpdate('team')
        : where === 'groupChat'
          ? teams.groupChatMessage('')
          : teams.meetingChatMessage('');
    const {
      text: _text,
      entities: _entities,
      textFormat: _format,
      membersAdded: _added,
      ...rest
    } = message;
    return { ...rest, type };
  };
  const bot = (): ChannelAccount[] => [{ id: teams.bot.id, name: teams.bot.name }];
  const copies = (people: ChannelAccount[]) => people.map((person) => ({ ...person }));
  return {
    installIn: (where) => ({ ...inConversation(where, 'conversationUpdate'), membersAdded: bot() }),
    removeFrom: (where) => {
      const activity = inConversation(where, 'conversationUpdate');
      const channelData =
        where === 'team'
          ? { ...(activity.channelData as object), eventType: 'teamMemberRemoved' }
          : activity.channelData;
      return { ...activity, channelData, membersRemoved: bot() };
    },
    installationUpdate: (where, action) => ({
      ...inConversation(where, 'installationUpdate'),
      action,
    }),
    teamEvent: (eventType, channel, teamName) => ({
      ...inConversation('team', 'conversationUpdate'),
      channelData: {
        eventType,
        team: { ...TEAM, ...(teamName === undefined ? {} : { name: teamName }) },
        ...(channel === undefined ? {} : { channel }),
        tenant: { id: teams.tenantId },
      },
    }),
    peopleJoin: (where, people) => ({
      ...inConversation(where, 'conversationUpdate'),
      membersAdded: copies(people),
    }),
    peopleLeave: (where, people, channel) => {
      const activity = inConversation(where, 'conversationUpdate');
      const channelData =
        where === 'team'
          ? {
              ...(activity.channelData as object),
              eventType: channel === undefined ? 'teamMemberRemoved' : 'channelMemberRemoved',
              ...(channel === undefined ? {} : { channel }),
            }
          : activity.channelData;
      return { ...activity, channelData, membersRemoved: copies(people) };
    },
  };
}

/** An activity read as the translator reads it, and the application's event for it. */
function eventOf(activity: Partial<Activity>) {
  const reading = readActivity(activity);
  if (!reading.ok) throw new Error(`not an activity: ${JSON.stringify(reading.problems)}`);
  return eventFrom(reading.activity, reading.tenantId, reading.activity.id ?? 'request');
}

/** What a membership event (the bot or people added or removed, team events) changes. */
export function placeChangesOf(
  activity: Partial<Activity>,
  now: Date = FIXED_TIME,
): PlaceChanges | undefined {
  const event = eventOf(activity);
  return event?.type === 'membership' ? placeChangesFrom(event.change, now) : undefined;
}

/** What a message or a card action says of who is where: its sender is in that place. */
export function personSeenOf(activity: Partial<Activity>): PlaceChanges | undefined {
  const event = eventOf(activity);
  if (event === undefined || event.type === 'membership') return undefined;
  const { id, aadObjectId } = event.from;
  return personSeenFrom(event.conversation, { id, ...(aadObjectId ? { aadObjectId } : {}) });
}
