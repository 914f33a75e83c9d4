import type { ChannelAccount } from 'botbuilder';
import { TEAM, type TeamsActivity, type TeamsActivityBuilders } from '../../support/activities';

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
