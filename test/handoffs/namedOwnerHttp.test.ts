import type { Activity, ChannelAccount } from 'botbuilder';
import { type AdaptiveCardJson, VERBS } from '../../src/cards';
import type { Person } from '../../src/handoffs';
import { MEETING_ID, teamsActivities } from '../support/activities';
import { type FakeConnector, startFakeConnector } from '../support/fakeConnector';
import { account, JANE, LEE } from '../support/handoffForms';
import { captureLogs, getJson, postActivity } from '../support/http';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import {
  cardIn,
  cardLines,
  type HandoffApp,
  invokeAnswer,
  shownText,
  startHandoffApp,
} from './support/handoffApp';

const ONE_LINER = '3 subscriptions, 2 regions, 14 SKUs, $60K a month, GPU, contract, post-sales';
const PUBLIC = 'https://handoff.example';
const DANA: Person = { id: '29:dana', name: 'Dana Lee', aadObjectId: 'dana-aad' };

const buttons = (card: AdaptiveCardJson | undefined): string[] =>
  ((card?.actions ?? []) as { title: string }[]).map((action) => action.title);

describe('a handoff for a named person over HTTP: the fake connector records what Teams is asked', () => {
  let dataDir: string;
  let connector: FakeConnector;
  let bot: HandoffApp;
  let teams: ReturnType<typeof teamsActivities>;
  const logs = captureLogs('info');

  beforeAll(async () => {
    dataDir = await makeTempDir('named-http');
    connector = await startFakeConnector();
    bot = await startHandoffApp(dataDir, undefined, { PUBLIC_BASE_URL: PUBLIC }, logs.logger);
    teams = teamsActivities({ serviceUrl: connector.url });
    connector.setMembers([JANE, LEE, DANA, account(teams.user) as Person]);
  });
  afterAll(async () => {
    await bot.close();
    await connector.close();
    await removeTempDir(dataDir);
  });

  const post = async (activity: Partial<Activity>) => {
    const result = await postActivity(bot.baseUrl, activity);
    expect(result.status).toBe(200);
    return result;
  };

  let proposals = 0;
  /** "@Handoff Advisor handoff <account>: … to @Jane" in the meeting chat: the card posted. */
  async function proposeInMeeting(to: Person = JANE, accountName = 'Contoso') {
    connector.reset();
    proposals += 1;
    await post(
      teams.meetingChatMessage(`handoff ${accountName}: ${ONE_LINER} to <at>${to.name}</at>`, {
        id: `named-${proposals}`,
        mentions: [account(to)],
      }),
    );
    const [posted] = await connector.nextActivities(1);
    const card = cardIn(posted?.activity);
    const handoffId = cardLines(card)
      .find((line) => line.startsWith('Handoff h'))!
      .split(' ')[1]!;
    return { card, handoffId };
  }

  const act = async (
    verb: string,
    handoffId: string,
    from: ChannelAccount | Person,
    extra: Record<string, unknown> = {},
  ) =>
    invokeAnswer(
      await post(
        teams.cardAction({
          verb,
          data: { handoffId, ...extra },
          conversation: 'meeting',
          replyToId: 'posted-1',
          from: account(from as Person),
        }),
      ),
    );
  const updates = () => connector.calls.filter((call) => call.kind === 'update');
  const lastUpdate = () => cardIn(updates().at(-1)?.activity);

  describe('proposed in a meeting chat', () => {
    it('posts the card with the @mention of Jane and sends her a targeted meeting notification', async () => {
      const { card, handoffId } = await proposeInMeeting();
      const posted = connector.activities()[0]!.activity.id ?? expect.stringMatching(/^posted-/);
      expect(card.msteams).toEqual({
        entities: [
          {
            type: 'mention',
            text: '<at>Jane Doe</at>',
            mentioned: { id: JANE.id, name: JANE.name },
          },
        ],
      });
      expect(cardLines(card)).toContain('<at>Jane Doe</at>, it is yours to accept or decline.');
      // Jane was looked up in the conversation, by her Teams id from the mention.
      expect(
        decodeURIComponent(connector.calls.find((call) => call.kind === 'getMember')!.path),
      ).toBe(`/v3/conversations/19:meeting_abc@thread.v2/members/${JANE.id}`);

      const [notification] = connector.meetingNotifications();
      expect(notification?.path).toBe(
        `/v1/meetings/${encodeURIComponent(MEETING_ID)}/notification`,
      );
      const stored = await bot.record(handoffId);
      expect(notification?.body).toEqual({
        type: 'targetedMeetingNotification',
        value: {
          recipients: [JANE.id],
          surfaces: [
            {
              surface: 'meetingStage',
              contentType: 'task',
              content: {
                value: {
                  height: '300',
                  width: '400',
                  title: 'Handoff proposed to you',
                  url: `${PUBLIC}/handoffs/${handoffId}/notice?token=${stored!.noticeToken}`,
                },
              },
            },
          ],
        },
        channelData: {
          onBehalfOf: [
            { itemid: 0, mentionType: 'person', mri: teams.user.id, displayName: teams.user.name },
          ],
        },
      });
      expect(stored).toMatchObject({ proposedTo: JANE, postedMessageId: posted });
    });

    it("the notification's page shows the handoff and opens its card; without the token, nothing", async () => {
      const { handoffId } = await proposeInMeeting(JANE, 'Northwind');
      const stored = await bot.record(handoffId);
      const page = await fetch(
        `${bot.baseUrl}/handoffs/${handoffId}/notice?token=${stored!.noticeToken}`,
      );
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(page.headers.get('content-security-policy')).toContain(
        'frame-ancestors https://teams.microsoft.com',
      );
      const html = await page.text();
      expect(html).toContain('<dd>Northwind</dd>');
      expect(html).toContain('Avery Field proposed it to you.');
      expect(html).toContain('Proposed to Jane Doe: waiting for them to accept it');
      expect(html).toContain(
        `href="https://teams.microsoft.com/l/message/19%3Ameeting_abc%40thread.v2/${stored!.postedMessageId}?`,
      );
      expect(html).not.toMatch(/<script/i);

      for (const path of [
        `/handoffs/${handoffId}/notice`,
        `/handoffs/${handoffId}/notice?token=${'0'.repeat(32)}`,
        `/handoffs/h0123456789abcdef0123/notice?token=${stored!.noticeToken}`,
        `/handoffs/..%2F..%2Fetc/notice?token=x`,
      ]) {
        const refused = await fetch(`${bot.baseUrl}${path}`);
        expect({ path, status: refused.status }).toEqual({ path, status: 404 });
        expect(await refused.text()).toContain('This handoff is not available.');
      }
    });

    it('a name that reads as markup is escaped on the page', async () => {
      const hostile: Person = {
        id: '29:hostile',
        name: '<img src=x onerror=alert(1)> & "Jane"',
        aadObjectId: 'hostile-aad',
      };
      connector.setMembers([JANE, LEE, DANA, hostile, account(teams.user) as Person]);
      const { handoffId, card } = await proposeInMeeting(hostile);
      expect((card.msteams as { entities: { text: string }[] }).entities[0]!.text).toBe(
        '<at>img src=x onerror=alert 1 & "Jane"</at>',
      );
      const stored = await bot.record(handoffId);
      const html = await (
        await fetch(`${bot.baseUrl}/handoffs/${handoffId}/notice?token=${stored!.noticeToken}`)
      ).text();
      expect(html).toContain(
        'Proposed to &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Jane&quot;',
      );
      expect(html).not.toContain('<img');
    });

    it('when Teams refuses the notification (no meeting running), the card stands and the refusal is logged', async () => {
      connector.setMeetingNotifications({ refuse: 400 });
      try {
        const { card, handoffId } = await proposeInMeeting(JANE, 'Litware');
        expect(connector.meetingNotifications()).toHaveLength(1);
        expect(buttons(card)).toEqual(['Refresh']);
        await expect(bot.record(handoffId)).resolves.toMatchObject({ account: 'Litware' });
        // Nothing is said in the chat about it: the card is the only message.
        expect(connector.activities()).toHaveLength(1);
        expect(
          logs
            .lines()
            .some((line) => line.msg === 'meeting notification refused' && line.status === 400),
        ).toBe(true);
      } finally {
        connector.setMeetingNotifications('accept');
      }
    });

    it('Jane accepts: the card in the meeting chat is updated in place', async () => {
      const { handoffId } = await proposeInMeeting();
      const refused = await act(VERBS.acceptHandoff, handoffId, LEE);
      expect(shownText(refused.card)).toContain(
        'It is proposed to Jane Doe: only they can accept or decline it.',
      );
      expect(updates()).toEqual([]);
      const accepted = await act(VERBS.acceptHandoff, handoffId, JANE);
      expect(buttons(accepted.card)).toEqual(['Complete', 'Hand back', 'Reassign']);
      expect(updates().map((call) => call.activityId)).toEqual(['posted-1']);
      expect(shownText(lastUpdate())).toContain('Owned by Jane Doe');
      expect(lastUpdate().msteams).toBeUndefined();
    });

    it('Jane declines: the card says who declined and why, for anyone to accept', async () => {
      const { handoffId } = await proposeInMeeting();
      await act(VERBS.declineHandoff, handoffId, JANE, { reason: 'On leave until March' });
      expect(shownText(lastUpdate())).toContain(
        'Status: Declined by Jane Doe: On leave until March',
      );
      expect(buttons(lastUpdate())).toEqual(['Accept']);
      await expect(bot.record(handoffId)).resolves.toMatchObject({
        status: 'proposed',
        proposedTo: null,
      });
    });

    it('the owner reassigns: the card @mentions the new person, who is notified in the meeting', async () => {
      const { handoffId } = await proposeInMeeting();
      await act(VERBS.acceptHandoff, handoffId, JANE);
      connector.reset();
      await act(VERBS.reassignHandoff, handoffId, JANE, { reassignTo: LEE.aadObjectId });
      const card = lastUpdate();
      expect(shownText(card)).toContain(
        'Status: Proposed to Lee Morgan: waiting for them to accept it',
      );
      expect(card.msteams).toEqual({
        entities: [
          {
            type: 'mention',
            text: '<at>Lee Morgan</at>',
            mentioned: { id: LEE.id, name: LEE.name },
          },
        ],
      });
      expect(card.refresh).toMatchObject({ userIds: [LEE.id] });
      expect(connector.meetingNotifications().map((call) => call.body)).toEqual([
        expect.objectContaining({ value: expect.objectContaining({ recipients: [LEE.id] }) }),
      ]);
    });

    it('a handoff handed back says so, with the reason, not just "Proposed"', async () => {
      const { handoffId } = await proposeInMeeting();
      await act(VERBS.acceptHandoff, handoffId, JANE);
      await act(VERBS.handBackHandoff, handoffId, JANE, { reason: 'Needs a CSAM first' });
      expect(shownText(lastUpdate())).toContain('Status: Handed back: Needs a CSAM first');
    });
  });

  describe('authorization at the same moment: exactly one outcome', () => {
    it('Jane and four others press "Accept" at once: only Jane owns it', async () => {
      const { handoffId } = await proposeInMeeting();
      const others = [LEE, DANA, ...[1, 2].map((n) => ({ id: `29:p${n}`, name: `Person ${n}` }))];
      const answers = await Promise.all(
        [JANE, ...others].map((person) => act(VERBS.acceptHandoff, handoffId, person)),
      );
      const stored = await bot.record(handoffId);
      expect(stored).toMatchObject({ status: 'accepted', owner: JANE });
      expect(stored?.history.filter((entry) => entry.action === 'accept')).toHaveLength(1);
      expect(buttons(answers[0]!.card)).toEqual(['Complete', 'Hand back', 'Reassign']);
      for (const answer of answers.slice(1)) {
        // Refused for not being Jane, or because Jane got there first: never taken.
        expect(shownText(answer.card)).toMatch(/only they can accept|already accepted by Jane Doe/);
      }
    });

    it('Jane presses "Accept" and "Decline" at once: one of them is taken, never both', async () => {
      const { handoffId } = await proposeInMeeting();
      await Promise.all([
        act(VERBS.acceptHandoff, handoffId, JANE),
        act(VERBS.declineHandoff, handoffId, JANE, { reason: 'Not mine' }),
      ]);
      const stored = await bot.record(handoffId);
      const taken = stored!.history.filter((entry) => ['accept', 'decline'].includes(entry.action));
      expect(taken).toHaveLength(1);
      expect(stored!.status).toBe(taken[0]!.action === 'accept' ? 'accepted' : 'proposed');
    });

    it('the owner and two others reassign at once: only the owner’s is taken', async () => {
      const { handoffId } = await proposeInMeeting();
      await act(VERBS.acceptHandoff, handoffId, JANE);
      const answers = await Promise.all([
        act(VERBS.reassignHandoff, handoffId, JANE, { reassignTo: LEE.aadObjectId }),
        act(VERBS.reassignHandoff, handoffId, LEE, { reassignTo: LEE.aadObjectId }),
        act(VERBS.reassignHandoff, handoffId, DANA, { reassignTo: DANA.aadObjectId }),
      ]);
      const stored = await bot.record(handoffId);
      const reassigns = stored!.history.filter((entry) => entry.action === 'reassign');
      expect(reassigns).toEqual([expect.objectContaining({ by: JANE, to: LEE })]);
      expect(stored).toMatchObject({ status: 'proposed', proposedTo: LEE });
      for (const answer of answers.slice(1)) {
        expect(shownText(answer.card)).toMatch(
          /Only Jane Doe, who accepted it, can reassign it|Nobody has accepted it yet/,
        );
      }
    });

    it('the owner reassigns and hands back at once: exactly one of them is taken', async () => {
      const { handoffId } = await proposeInMeeting();
      await act(VERBS.acceptHandoff, handoffId, JANE);
      await Promise.all([
        act(VERBS.reassignHandoff, handoffId, JANE, { reassignTo: LEE.aadObjectId }),
        act(VERBS.handBackHandoff, handoffId, JANE, { reason: 'Back to the pool' }),
      ]);
      const stored = await bot.record(handoffId);
      const taken = stored!.history.filter((entry) =>
        ['reassign', 'handBack'].includes(entry.action),
      );
      expect(taken).toHaveLength(1);
      expect(stored!.proposedTo).toEqual(taken[0]!.action === 'reassign' ? LEE : null);
    });
  });

  it('/healthz still answers while pages are served', async () => {
    expect((await getJson(bot.baseUrl, '/healthz')).status).toBe(200);
  });
});
