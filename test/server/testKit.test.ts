import {
  type Activity,
  TeamsActivityHandler,
  teamsGetChannelId,
  teamsGetTeamInfo,
  teamsGetTeamMeetingInfo,
  teamsGetTenant,
  TurnContext,
} from 'botbuilder';
import { BOT, CHANNEL, MEETING_ID, TEAM, TENANT_ID, teamsActivities } from '../support/activities';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { expectReplies, postActivity, useTestServer } from '../support/http';

const SERVICE_URL = 'http://127.0.0.1:9/';
// The helpers take a full Activity; the builders give what Teams sends.
const asActivity = (partial: Partial<Activity>): Activity => ({ ...partial }) as Activity;

describe('Teams activity builders', () => {
  const teams = teamsActivities({ serviceUrl: SERVICE_URL });

  it('builds a personal chat message without a mention', () => {
    const message = teams.personalMessage('hi');
    expect(message).toMatchObject({
      type: 'message',
      text: 'hi',
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      conversation: { conversationType: 'personal', tenantId: TENANT_ID },
      recipient: BOT,
    });
    expect(message.entities).toBeUndefined();
  });

  it('builds a channel message that mentions the bot, with team, channel and tenant', () => {
    const message = asActivity(teams.channelMessage('3 subscriptions'));
    expect(message.conversation.conversationType).toBe('channel');
    expect(teamsGetChannelId(message)).toBe(CHANNEL.id);
    expect(teamsGetTeamInfo(message)).toEqual(TEAM);
    expect(teamsGetTenant(message)).toEqual({ id: TENANT_ID });
    expect(TurnContext.getMentions(message)).toHaveLength(1);
    expect(TurnContext.removeRecipientMention(message)?.trim()).toBe('3 subscriptions');
  });

  it('builds group and meeting chat messages', () => {
    const group = asActivity(teams.groupChatMessage('hello'));
    const meeting = asActivity(teams.meetingChatMessage('hello'));
    expect(group.conversation.conversationType).toBe('groupChat');
    expect(meeting.conversation.conversationType).toBe('groupChat');
    expect(teamsGetTeamMeetingInfo(meeting)).toEqual({ id: MEETING_ID });
    expect(teamsGetTeamMeetingInfo(group)).toBeNull();
  });

  it('gives every activity its own id, across builder sets, as Teams does', () => {
    const first = teamsActivities({ serviceUrl: SERVICE_URL });
    const second = teamsActivities({ serviceUrl: SERVICE_URL });
    const ids = [
      first.personalMessage('a'),
      second.personalMessage('a'),
      first.cardAction({ verb: 'x' }),
    ].map((activity) => activity.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => /^activity-\d+$/.test(id))).toBe(true);
  });

  it('builds a card submit and an Action.Execute invoke', () => {
    expect(teams.cardSubmit({ verb: 'facts', vmSkus: 12 })).toMatchObject({
      type: 'message',
      value: { verb: 'facts', vmSkus: 12 },
    });
    expect(
      teams.cardAction({
        verb: 'accept',
        data: { id: 'h-1' },
        conversation: 'meeting',
        replyToId: 'card-1',
      }),
    ).toMatchObject({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: 'card-1',
      value: { action: { type: 'Action.Execute', verb: 'accept', data: { id: 'h-1' } } },
      channelData: { meeting: { id: MEETING_ID } },
    });
  });
});

describe('the builders through a real TeamsActivityHandler', () => {
  const seen: string[] = [];
  class InstallBot extends TeamsActivityHandler {
    constructor() {
      super();
      this.onMembersAdded(async (context, next) => {
        const botAdded = context.activity.membersAdded?.some(
          (member) => member.id === context.activity.recipient.id,
        );
        seen.push(
          `${context.activity.conversation.conversationType}:${botAdded ? 'bot' : 'people'}`,
        );
        if (botAdded) await context.sendActivity('Thanks for adding me.');
        await next();
      });
    }
  }
  const server = useTestServer(() => ({ bot: new InstallBot() }));
  const teams = teamsActivities({ serviceUrl: SERVICE_URL });

  it('sees installs in personal chat and in a team, and other members joining', async () => {
    const personal = await expectReplies(server.current.baseUrl, teams.installUpdate('personal'));
    const team = await expectReplies(server.current.baseUrl, teams.installUpdate('team'));
    await expectReplies(
      server.current.baseUrl,
      teams.membersAdded([{ id: '29:new', name: 'New' }]),
    );
    expect(personal.map((reply) => reply.text)).toEqual(['Thanks for adding me.']);
    expect(team.map((reply) => reply.text)).toEqual(['Thanks for adding me.']);
    expect(seen).toEqual(['personal:bot', 'channel:bot', 'channel:people']);
  });
});

describe('the fake connector', () => {
  let connector: FakeConnector;
  beforeEach(async () => {
    connector = await startFakeConnector();
  });
  afterEach(() => connector.close());

  class SendAndUpdateBot extends TeamsActivityHandler {
    constructor() {
      super();
      this.onMessage(async (context, next) => {
        const sent = await context.sendActivity('working on it');
        await context.updateActivity({ id: sent?.id, type: 'message', text: 'done' });
        await next();
      });
    }
  }
  const server = useTestServer(() => ({ bot: new SendAndUpdateBot() }));

  it('records replies and updates in order and hands them out once each', async () => {
    const teams = teamsActivities({ serviceUrl: connector.url });
    const message = teams.personalMessage('go');
    expect((await postActivity(server.current.baseUrl, message)).status).toBe(200);

    const [reply, update] = await connector.nextActivities(2);
    expect(reply).toMatchObject({ kind: 'reply', method: 'POST', activityId: message.id });
    expect(reply.activity.text).toBe('working on it');
    expect(update).toMatchObject({ kind: 'update', method: 'PUT', activity: { text: 'done' } });
    expect(update.activityId).toMatch(/^posted-/);
    expect(update.conversationId).toBe(message.conversation.id);

    await expect(connector.nextActivities(1, 50)).rejects.toThrow(
      /expected 1 more activities, got 0/,
    );
    expect(connector.activities()).toHaveLength(2);
  });

  it('waits for activities that have not arrived yet', async () => {
    const waiting = connector.nextActivities(1);
    await fetch(`${connector.url}v3/conversations/${encodeURIComponent('a:1;x=y')}/activities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'proactive' }),
    });
    const [sent] = await waiting;
    expect(sent).toMatchObject({
      kind: 'send',
      conversationId: 'a:1;x=y',
      activity: { text: 'proactive' },
    });
  });

  it('answers a proactive conversation create with an id', async () => {
    const response = await fetch(`${connector.url}v3/conversations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        isGroup: false,
        bot: BOT,
        members: [{ id: '29:user-1' }],
        tenantId: TENANT_ID,
      }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ id: expect.stringMatching(/^a:created-/) });
    expect(await connector.nextConversationCreated()).toMatchObject({
      kind: 'createConversation',
      body: { tenantId: TENANT_ID },
    });
  });

  it('answers anything else with 404 and records it', async () => {
    const response = await fetch(`${connector.url}v3/conversations/a:1/members`);
    expect(response.status).toBe(404);
    expect(connector.calls).toContainEqual(
      expect.objectContaining({ kind: 'other', method: 'GET' }),
    );
    connector.reset();
    expect(connector.calls).toHaveLength(0);
  });
});
