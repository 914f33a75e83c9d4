import type { Activity, ChannelAccount } from 'botbuilder';
import { type AdaptiveCardJson, VERBS } from '../../src/cards';
import { handoffIdFor, userIndexKey } from '../../src/handoffs';
import { placePeopleKey, placesKey } from '../../src/places';
import { RUBRIC_VERSION } from '../../src/rubric';
import { CHANNEL, TEAM, teamsActivities } from '../support/activities';
import { type FakeConnector, startFakeConnector } from '../support/fakeConnector';
import { postActivity } from '../support/http';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { actionWithVerb, inputsOf } from '../cards/support/cardChecks';
import { placeActivities } from '../places/support/placeActivities';
import {
  cardIn,
  type HandoffApp,
  cardLines,
  invokeAnswer,
  shownText,
  startHandoffApp,
} from './support/handoffApp';

const ONE_LINER = '3 subscriptions, 2 regions, 14 SKUs, $60K a month, GPU, contract, post-sales';
const DANA: ChannelAccount = { id: '29:dana', name: 'Dana Lee', aadObjectId: 'dana-aad' };
const LEE: ChannelAccount = { id: '29:lee', name: 'Lee Morgan', aadObjectId: 'lee-aad' };

/** The handoff verbs a card's buttons send, a ShowCard's own buttons among them, in order. */
const verbsOf = (card: AdaptiveCardJson | undefined): string[] =>
  [
    VERBS.acceptHandoff,
    VERBS.declineHandoff,
    VERBS.completeHandoff,
    VERBS.handBackHandoff,
    VERBS.reassignHandoff,
    VERBS.refreshHandoff,
  ].filter((verb) => card !== undefined && buttonVerbs(card).includes(verb));
/** What the owner of an accepted handoff may do. */
const OWNER_VERBS = [VERBS.completeHandoff, VERBS.handBackHandoff, VERBS.reassignHandoff];
const buttonVerbs = (card: AdaptiveCardJson): string[] =>
  ((card.actions ?? []) as { verb?: string; card?: AdaptiveCardJson }[]).flatMap((action) =>
    action.card ? buttonVerbs(action.card) : action.verb ? [action.verb] : [],
  );
const refreshUsers = (card: AdaptiveCardJson | undefined) =>
  (card?.refresh as { userIds?: string[] } | undefined)?.userIds;

describe('handoffs over HTTP: real server, real SQLite, the fake connector', () => {
  let dataDir: string;
  let connector: FakeConnector;
  let bot: HandoffApp;
  let teams: ReturnType<typeof teamsActivities>;

  beforeAll(async () => {
    dataDir = await makeTempDir('handoff-http');
    connector = await startFakeConnector();
    bot = await startHandoffApp(dataDir);
    teams = teamsActivities({ serviceUrl: connector.url });
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

  /** "@Handoff Advisor handoff Contoso: …" in the channel: the card the bot posted, and its id. */
  let proposals = 0;
  async function proposeInChannel(account = 'Contoso', by = teams) {
    connector.reset();
    // Teams gives every message in a conversation its own id; several builders here do not.
    proposals += 1;
    await post(
      by.channelMessage(`handoff ${account}: ${ONE_LINER}`, { id: `proposal-${proposals}` }),
    );
    const [posted] = await connector.nextActivities(1);
    const card = cardIn(posted?.activity);
    const accept = actionWithVerb(card, VERBS.acceptHandoff);
    const handoffId = (accept?.data as { handoffId: string }).handoffId;
    return { card, handoffId, messageId: `posted-1`, posted: posted! };
  }

  const act = async (
    verb: string,
    handoffId: string,
    from: ChannelAccount,
    extra: { reason?: string; messageId?: string } = {},
  ) => {
    const activity = teams.cardAction({
      verb,
      data: { handoffId, ...(extra.reason === undefined ? {} : { reason: extra.reason }) },
      conversation: 'channel',
      replyToId: extra.messageId ?? 'posted-1',
      from,
    });
    return invokeAnswer(await post(activity));
  };

  /** The update the bot made to the card in place, if it made one since the last look. */
  const updates = () => connector.calls.filter((call) => call.kind === 'update');

  it('"handoff" in a channel proposes it: the record is stored and the card posted for everyone', async () => {
    const { card, handoffId, posted } = await proposeInChannel();
    expect(posted.kind).toBe('reply');
    const text = shownText(card);
    expect(text).toContain('Contoso');
    expect(text).toContain('Proposed: waiting for someone to accept it');
    expect(text).toContain('Avery Field');
    expect(verbsOf(card)).toEqual([VERBS.acceptHandoff]);
    expect(card.refresh).toBeUndefined();

    const record = await bot.record(handoffId);
    expect(record).toMatchObject({
      id: handoffId,
      account: 'Contoso',
      status: 'proposed',
      owner: null,
      recommendedOwner: 'CSA',
      recommendation: { rubricVersion: RUBRIC_VERSION, owner: 'CSA' },
      proposedBy: { id: teams.user.id, name: 'Avery Field' },
      postedIn: { conversationId: expect.stringContaining(CHANNEL.id) },
      tenantId: teams.tenantId,
    });
    expect(record?.history).toEqual([
      expect.objectContaining({ action: 'propose', at: expect.any(String) }),
    ]);
  });

  it('"handoff" without enough facts asks with a form; submitting it proposes the handoff in its place', async () => {
    connector.reset();
    await post(teams.groupChatMessage('handoff Tailspin: 3 subscriptions'));
    const [asked] = await connector.nextActivities(1);
    const form = cardIn(asked?.activity);
    expect(actionWithVerb(form, VERBS.submitHandoff)?.type).toBe('Action.Execute');
    const answer = invokeAnswer(
      await post(
        teams.cardAction({
          verb: VERBS.submitHandoff,
          conversation: 'groupChat',
          replyToId: 'posted-1',
          data: {
            account: 'Tailspin',
            salesStage: 'postsales',
            supportContract: 'true',
            subscriptions: '3',
            regions: '2',
            vmSkus: '14',
            quotaGroupVcpus: '100',
            monthlySpendUsd: '60000',
            gpuOrRestricted: 'false',
            processCoordination: 'true',
            designReview: '',
          },
        }),
      ),
    );
    expect(verbsOf(answer.card)).toEqual([VERBS.acceptHandoff]);
    expect(shownText(answer.card)).toContain('Account: Tailspin');
    // The form becomes the handoff card for everyone in the chat.
    const [update] = updates();
    expect(update?.activityId).toBe('posted-1');
    expect(verbsOf(cardIn(update?.activity))).toEqual([VERBS.acceptHandoff]);
    const handoffId = (
      actionWithVerb(answer.card!, VERBS.acceptHandoff)?.data as { handoffId: string }
    ).handoffId;
    await expect(bot.record(handoffId)).resolves.toMatchObject({
      account: 'Tailspin',
      status: 'proposed',
      postedIn: { name: 'Contoso handoff' },
    });
  });

  it('"Post handoff" on a result card in a channel proposes it right there', async () => {
    connector.reset();
    await post(teams.channelMessage(`Woodgrove: ${ONE_LINER}`));
    const [result] = await connector.nextActivities(1);
    const postHandoff = actionWithVerb(cardIn(result?.activity), VERBS.postHandoff);
    expect(postHandoff?.type).toBe('Action.Submit');
    await post(
      teams.cardSubmit(postHandoff!.data as Record<string, unknown>, { conversation: 'channel' }),
    );
    const [posted] = await connector.nextActivities(1);
    const card = cardIn(posted?.activity);
    expect(verbsOf(card)).toEqual([VERBS.acceptHandoff]);
    expect(shownText(card)).toContain('Account: Woodgrove');
  });

  describe('every transition through adaptiveCard/action', () => {
    let handoffId: string;
    beforeAll(async () => {
      ({ handoffId } = await proposeInChannel('Fabrikam'));
    });

    it('accept: the one who accepted gets "Complete" and "Hand back"; everyone else sees who owns it', async () => {
      connector.reset();
      const answer = await act(VERBS.acceptHandoff, handoffId, DANA);
      expect(answer).toMatchObject({ status: 200, statusCode: 200 });
      expect(verbsOf(answer.card)).toEqual(OWNER_VERBS);
      expect(inputsOf(answer.card!).get('reason')).toMatchObject({
        type: 'Input.Text',
        isRequired: true,
        maxLength: 500,
      });
      expect(refreshUsers(answer.card)).toEqual([DANA.id]);

      const [update] = updates();
      expect(update?.activityId).toBe('posted-1');
      const everyone = cardIn(update?.activity);
      expect(shownText(everyone)).toContain('Owned by Dana Lee');
      expect(verbsOf(everyone)).toEqual([VERBS.refreshHandoff]);
      expect(refreshUsers(everyone)).toEqual([DANA.id]);
      await expect(bot.record(handoffId)).resolves.toMatchObject({
        status: 'accepted',
        owner: { id: DANA.id, name: 'Dana Lee' },
      });
    });

    it('refresh: the owner gets their own view, anyone else the shared one; the shared card stays', async () => {
      connector.reset();
      const owner = await act(VERBS.refreshHandoff, handoffId, DANA);
      expect(verbsOf(owner.card)).toEqual(OWNER_VERBS);
      const other = await act(VERBS.refreshHandoff, handoffId, LEE);
      expect(verbsOf(other.card)).toEqual([VERBS.refreshHandoff]);
      expect(shownText(other.card)).toContain('Dana Lee');
      // Teams refreshes each time the owner looks: that must not rewrite the card for everyone.
      expect(updates()).toEqual([]);
    });

    it.each<[string, string, ChannelAccount, string | undefined, string]>([
      [
        'someone else accepts',
        VERBS.acceptHandoff,
        LEE,
        undefined,
        'It is already accepted by Dana Lee.',
      ],
      [
        'someone else completes',
        VERBS.completeHandoff,
        LEE,
        undefined,
        'Only Dana Lee, who accepted it, can complete it.',
      ],
      [
        'someone else hands it back',
        VERBS.handBackHandoff,
        LEE,
        'mine',
        'Only Dana Lee, who accepted it, can hand it back.',
      ],
      [
        'the owner hands it back without a reason',
        VERBS.handBackHandoff,
        DANA,
        '  ',
        'Say why you are handing it back (at most 500 characters), then press "Hand back" again.',
      ],
      [
        'the owner hands it back with a 501-character reason',
        VERBS.handBackHandoff,
        DANA,
        'r'.repeat(501),
        'The reason is 501 characters long; keep it to 500 or fewer.',
      ],
    ])('refused: %s', async (_name, verb, from, reason, message) => {
      const before = await bot.record(handoffId);
      connector.reset();
      const answer = await act(verb, handoffId, from, reason === undefined ? {} : { reason });
      expect(answer.status).toBe(200);
      expect(shownText(answer.card)).toContain(message);
      expect(updates()).toEqual([]);
      await expect(bot.record(handoffId)).resolves.toEqual(before);
    });

    it('hand back with a reason: proposed again, the reason in the history and on the card', async () => {
      connector.reset();
      const reason = 'No support contract yet: needs the CSAM first';
      const answer = await act(VERBS.handBackHandoff, handoffId, DANA, { reason });
      expect(verbsOf(answer.card)).toEqual([VERBS.acceptHandoff]);
      expect(shownText(answer.card)).toContain(`: ${reason}`);
      expect(shownText(cardIn(updates()[0]?.activity))).toContain(`: ${reason}`);
      const record = await bot.record(handoffId);
      expect(record).toMatchObject({ status: 'proposed', owner: null });
      expect(record?.history.at(-1)).toMatchObject({ action: 'handBack', reason });
    });

    it('refused: completing a handoff nobody has accepted', async () => {
      const answer = await act(VERBS.completeHandoff, handoffId, DANA);
      expect(shownText(answer.card)).toContain('Nobody has accepted it yet');
    });

    it('accepted again by someone else, then completed by them: no actions left', async () => {
      await act(VERBS.acceptHandoff, handoffId, LEE);
      connector.reset();
      const done = await act(VERBS.completeHandoff, handoffId, LEE);
      expect(shownText(done.card)).toContain('Completed');
      expect(verbsOf(done.card)).toEqual([]);
      expect(done.card?.refresh).toBeUndefined();
      expect(verbsOf(cardIn(updates()[0]?.activity))).toEqual([]);
      const record = await bot.record(handoffId);
      expect(record?.history.map((entry) => [entry.action, entry.by.name])).toEqual([
        ['propose', 'Avery Field'],
        ['accept', 'Dana Lee'],
        ['handBack', 'Dana Lee'],
        ['accept', 'Lee Morgan'],
        ['complete', 'Lee Morgan'],
      ]);
      // The card shows the latest three.
      expect(shownText(done.card)).not.toContain('proposed it');
      expect(shownText(done.card)).toContain('completed it');
    });

    it.each<[string, string, ChannelAccount]>([
      ['accept', VERBS.acceptHandoff, DANA],
      ['complete', VERBS.completeHandoff, LEE],
      ['hand back', VERBS.handBackHandoff, LEE],
    ])('refused once completed: %s', async (_name, verb, from) => {
      const answer = await act(verb, handoffId, from, { reason: 'again' });
      expect(shownText(answer.card)).toContain(
        'It is already completed by Lee Morgan: nothing more can be done with it.',
      );
    });
  });

  describe('payloads that are wrong are answered, never crashed on', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['no handoff id', {}, '(the handoff it names: missing)'],
      [
        'a handoff id that is not one',
        { handoffId: '../../etc' },
        '(the handoff it names: not valid)',
      ],
      [
        'a reason that is not text',
        { handoffId: 'h0123456789abcdef0123', reason: 5 },
        '(the reason for handing it back: not of the right kind)',
      ],
    ])('%s: a card says what was wrong, in words', async (_name, data, words) => {
      const answer = invokeAnswer(
        await post(teams.cardAction({ verb: VERBS.acceptHandoff, data, conversation: 'channel' })),
      );
      expect(answer).toMatchObject({
        status: 200,
        type: 'application/vnd.microsoft.card.adaptive',
      });
      expect(shownText(answer.card)).toContain(words);
      expect(shownText(answer.card)).not.toMatch(/handoffId|reason:/);
    });

    it('a handoff that does not exist is not found', async () => {
      const answer = invokeAnswer(
        await post(
          teams.cardAction({
            verb: VERBS.acceptHandoff,
            data: { handoffId: 'h0123456789abcdef0123' },
            conversation: 'channel',
          }),
        ),
      );
      expect(answer).toMatchObject({
        status: 200,
        type: 'application/vnd.microsoft.activity.message',
      });
      expect(answer.text).toMatch(/can't find that handoff/);
    });

    it('a handoff from another tenant is not found there', async () => {
      const { handoffId } = await proposeInChannel();
      const elsewhere = teamsActivities({ serviceUrl: connector.url, tenantId: 'another-tenant' });
      const answer = invokeAnswer(
        await post(
          elsewhere.cardAction({
            verb: VERBS.acceptHandoff,
            data: { handoffId },
            conversation: 'channel',
          }),
        ),
      );
      expect(answer.text).toMatch(/can't find that handoff/);
      await expect(bot.record(handoffId)).resolves.toMatchObject({ status: 'proposed' });
    });
  });

  describe('Action.Submit fallback: the same transitions from a message with a value', () => {
    it('accept updates the card in place for everyone and sends the owner their own card', async () => {
      const { handoffId } = await proposeInChannel();
      connector.reset();
      await post(
        teams.cardSubmit(
          { verb: VERBS.acceptHandoff, handoffId },
          { conversation: 'channel', replyToId: 'posted-1', from: DANA },
        ),
      );
      const [update, owners] = await connector.nextActivities(2);
      expect(update).toMatchObject({ kind: 'update', activityId: 'posted-1' });
      expect(verbsOf(cardIn(update?.activity))).toEqual([VERBS.refreshHandoff]);
      expect(verbsOf(cardIn(owners?.activity))).toEqual(OWNER_VERBS);

      connector.reset();
      await post(
        teams.cardSubmit(
          { verb: VERBS.completeHandoff, handoffId },
          { conversation: 'channel', replyToId: 'posted-1', from: LEE },
        ),
      );
      const [refusal] = await connector.nextActivities(1);
      expect(refusal?.activity.text).toBe('Only Dana Lee, who accepted it, can complete it.');
      expect(refusal?.activity.textFormat).toBe('plain');

      connector.reset();
      await post(
        teams.cardSubmit(
          { verb: VERBS.refreshHandoff, handoffId },
          { conversation: 'channel', replyToId: 'posted-1', from: LEE },
        ),
      );
      const [refreshed] = await connector.nextActivities(1);
      expect(refreshed).toMatchObject({ kind: 'update', activityId: 'posted-1' });
      expect(shownText(cardIn(refreshed?.activity))).toContain('Owned by Dana Lee');

      await post(
        teams.cardSubmit(
          { verb: VERBS.handBackHandoff, handoffId, reason: 'Back to the pool' },
          { conversation: 'channel', replyToId: 'posted-1', from: DANA },
        ),
      );
      await expect(bot.record(handoffId)).resolves.toMatchObject({ status: 'proposed' });
    });

    it('without the id of the card acted on, the updated card is posted', async () => {
      const { handoffId } = await proposeInChannel();
      connector.reset();
      await post(
        teams.cardSubmit(
          { verb: VERBS.acceptHandoff, handoffId },
          { conversation: 'channel', from: LEE },
        ),
      );
      const [everyone, owners] = await connector.nextActivities(2);
      expect(everyone?.kind).toBe('reply');
      expect(shownText(cardIn(everyone?.activity))).toContain('Owned by Lee Morgan');
      expect(verbsOf(cardIn(owners?.activity))).toEqual(OWNER_VERBS);
    });
  });

  describe('at the same moment, and twice', () => {
    it('two people press "Accept" at once: exactly one owns it, the other sees who accepted first', async () => {
      const { handoffId } = await proposeInChannel();
      const [dana, lee] = await Promise.all([
        act(VERBS.acceptHandoff, handoffId, DANA),
        act(VERBS.acceptHandoff, handoffId, LEE),
      ]);
      const record = await bot.record(handoffId);
      const owner = record?.owner?.name;
      expect(['Dana Lee', 'Lee Morgan']).toContain(owner);
      expect(record?.history.map((entry) => entry.action)).toEqual(['propose', 'accept']);
      const [winner, loser] = owner === 'Dana Lee' ? [dana, lee] : [lee, dana];
      expect(verbsOf(winner.card)).toEqual(OWNER_VERBS);
      expect(shownText(loser.card)).toContain(`It is already accepted by ${owner}.`);
      expect(shownText(loser.card)).toContain(`Owned by ${owner}`);
      expect(verbsOf(loser.card)).toEqual([VERBS.refreshHandoff]);
    });

    it('ten people at once: still exactly one owner and one accept in the history', async () => {
      const { handoffId } = await proposeInChannel();
      const people = Array.from({ length: 10 }, (_, n) => ({
        id: `29:p${n}`,
        name: `Person ${n}`,
      }));
      const answers = await Promise.all(
        people.map((person) => act(VERBS.acceptHandoff, handoffId, person)),
      );
      const record = await bot.record(handoffId);
      expect(record?.history.filter((entry) => entry.action === 'accept')).toHaveLength(1);
      const refused = answers.filter((answer) =>
        shownText(answer.card).includes('It is already accepted by'),
      );
      expect(refused).toHaveLength(9);
    });

    it('the same invoke delivered twice: the second changes nothing and answers the same card', async () => {
      const { handoffId } = await proposeInChannel();
      const activity = teams.cardAction({
        verb: VERBS.acceptHandoff,
        data: { handoffId },
        conversation: 'channel',
        replyToId: 'posted-1',
        from: DANA,
      });
      connector.reset();
      const first = invokeAnswer(await post(activity));
      const afterFirst = await bot.record(handoffId);
      const second = invokeAnswer(await post(activity));
      const afterSecond = await bot.record(handoffId);
      expect(afterSecond).toEqual(afterFirst);
      expect(afterSecond?.history).toHaveLength(2);
      expect(second.card).toEqual(first.card);
      // Only the first changed anything, so only the first updated the card in place.
      expect(updates()).toHaveLength(1);
    });

    it('the same "handoff" message delivered twice proposes and posts one handoff', async () => {
      connector.reset();
      const message = teams.channelMessage(`handoff Northwind: ${ONE_LINER}`);
      await post(message);
      await post(message);
      const posted = connector.activities();
      expect(posted).toHaveLength(1);
    });
  });

  describe('posting from personal chat into a remembered place', () => {
    // A tenant of its own: the channel handoffs above remembered their channel in theirs.
    let poster: ReturnType<typeof teamsActivities>;
    beforeAll(() => {
      poster = teamsActivities({ serviceUrl: connector.url, tenantId: 'tenant-of-poster' });
    });
    const places = () => placeActivities(poster);
    /** Dana, in the same tenant, who added the bot nowhere */
    const danaInTenant = () =>
      teamsActivities({ serviceUrl: connector.url, tenantId: poster.tenantId, user: DANA });

    async function pickerFor(facts: Record<string, unknown>): Promise<AdaptiveCardJson> {
      connector.reset();
      await post(poster.cardSubmit({ verb: VERBS.postHandoff, facts }));
      const [picker] = await connector.nextActivities(1);
      return cardIn(picker?.activity);
    }
    const contoso = {
      account: 'Contoso',
      salesStage: 'postsales',
      supportContract: true,
      subscriptions: 3,
      regions: 2,
      vmSkus: 14,
      quotaGroupVcpus: 600,
      monthlySpendUsd: 60_000,
      gpuOrRestricted: false,
      processCoordination: true,
      designReview: [],
    };
    const choices = (card: AdaptiveCardJson) =>
      (inputsOf(card).get('placeId')?.choices as { title: string; value: string }[] | undefined) ??
      [];

    it('with the bot in no place yet, the picker says how to add it and how to post there', async () => {
      const card = await pickerFor(contoso);
      const text = shownText(card);
      expect(text).toContain(
        "I haven't seen you yet in any team channel, group chat or meeting chat",
      );
      expect(text).toContain('"Add to a team" or "Add to a chat"');
      expect(text).toContain('"@Handoff Advisor handoff"');
      expect(actionWithVerb(card, VERBS.postHandoffTo)).toBeUndefined();
    });

    it('remembers where it is installed, durably; whoever installed it sees those places at once', async () => {
      for (const activity of [
        places().installIn('team'),
        places().teamEvent('channelCreated', CHANNEL),
        places().installIn('groupChat'),
        places().installIn('meeting'),
      ]) {
        await post(activity);
      }
      const stored = await bot.read([placesKey(poster.tenantId)]);
      expect(stored[placesKey(poster.tenantId)]).toBeDefined();
      const meetingPeople = placePeopleKey(poster.tenantId, '19:meeting_abc@thread.v2');
      expect((await bot.read([meetingPeople]))[meetingPeople]).toMatchObject({
        people: [poster.user.aadObjectId],
      });
      // The channel created since: nobody has been seen there yet.
      expect(choices(await pickerFor(contoso)).map((choice) => choice.title)).toEqual([
        `${TEAM.name} › General`,
        'Contoso capacity review',
        'Contoso handoff',
      ]);
    });

    it('someone never seen in any of those places is offered none of them', async () => {
      connector.reset();
      await post(danaInTenant().cardSubmit({ verb: VERBS.postHandoff, facts: contoso }));
      const [picker] = await connector.nextActivities(1);
      const card = cardIn(picker?.activity);
      expect(choices(card)).toEqual([]);
      expect(shownText(card)).toContain("I haven't seen you yet");
      expect(shownText(card)).not.toContain('Contoso capacity review');
    });

    it.each<[string, () => ReturnType<typeof teamsActivities>, string]>([
      ['a channel of their team they were never seen in', () => poster, CHANNEL.id],
      ['a meeting chat someone else added the bot to', danaInTenant, '19:meeting_abc@thread.v2'],
    ])('a crafted "Post" into %s is refused and posts nothing', async (_name, who, placeId) => {
      const picker = await pickerFor(contoso);
      const data = actionWithVerb(picker, VERBS.postHandoffTo)!.data as Record<string, unknown>;
      const crafted = who().cardAction({ verb: VERBS.postHandoffTo, data: { ...data, placeId } });
      connector.reset();
      const answer = invokeAnswer(await post(crafted));
      expect(answer).toMatchObject({ type: 'application/vnd.microsoft.activity.message' });
      expect(answer.text).toBe(
        'You can only post into a channel or chat you are in; say something there first or ask someone in it to post the handoff.',
      );
      expect(connector.calls).toEqual([]);
      await expect(
        bot.record(handoffIdFor(crafted.conversation.id, crafted.id)),
      ).resolves.toBeUndefined();
    });

    it('once they say something in that channel it is listed, and posting there works', async () => {
      await post(poster.channelMessage('help'));
      const picker = await pickerFor(contoso);
      expect(choices(picker).map((choice) => choice.title)).toEqual([
        `${TEAM.name} › Capacity`,
        `${TEAM.name} › General`,
        'Contoso capacity review',
        'Contoso handoff',
      ]);
      const data = actionWithVerb(picker, VERBS.postHandoffTo)!.data as Record<string, unknown>;
      connector.reset();
      const answer = invokeAnswer(
        await post(
          poster.cardAction({
            verb: VERBS.postHandoffTo,
            data: { ...data, placeId: CHANNEL.id },
          }),
        ),
      );
      expect(shownText(answer.card)).toContain(`Posted in ${TEAM.name} › Capacity`);
      const [proactive] = await connector.nextActivities(1);
      expect(proactive?.conversationId).toBe(CHANNEL.id);
      expect(verbsOf(cardIn(proactive?.activity))).toEqual([VERBS.acceptHandoff]);
    });

    it('acting on a card in a channel counts as being seen there', async () => {
      const lee = teamsActivities({
        serviceUrl: connector.url,
        tenantId: poster.tenantId,
        user: LEE,
      });
      await post(
        lee.cardAction({
          verb: VERBS.refreshHandoff,
          data: { handoffId: 'h0123456789abcdef0123' },
          conversation: 'channel',
        }),
      );
      connector.reset();
      await post(lee.cardSubmit({ verb: VERBS.postHandoff, facts: contoso }));
      const [picker] = await connector.nextActivities(1);
      expect(choices(cardIn(picker?.activity)).map((choice) => choice.title)).toEqual([
        `${TEAM.name} › Capacity`,
      ]);
    });

    it('someone removed from a chat no longer sees it, nor can post there', async () => {
      const dana = danaInTenant();
      await post(dana.groupChatMessage('help'));
      const listed = async () => {
        connector.reset();
        await post(dana.cardSubmit({ verb: VERBS.postHandoff, facts: contoso }));
        const [picker] = await connector.nextActivities(1);
        return choices(cardIn(picker?.activity)).map((choice) => choice.title);
      };
      expect(await listed()).toEqual(['Contoso handoff']);

      await post(places().peopleLeave('groupChat', [DANA]));
      expect(await listed()).toEqual([]);
      const crafted = dana.cardAction({
        verb: VERBS.postHandoffTo,
        data: { verb: VERBS.postHandoffTo, facts: contoso, placeId: '19:group-chat@thread.v2' },
      });
      connector.reset();
      expect(invokeAnswer(await post(crafted)).text).toMatch(/^You can only post into a channel/);
      expect(connector.calls).toEqual([]);
    });

    it('"Post" posts the card into the chosen place as a proactive message and confirms', async () => {
      const picker = await pickerFor(contoso);
      const meeting = choices(picker).find((choice) => choice.title === 'Contoso capacity review')!;
      const postAction = actionWithVerb(picker, VERBS.postHandoffTo)! as {
        data: Record<string, unknown>;
      };
      connector.reset();
      const answer = invokeAnswer(
        await post(
          poster.cardAction({
            verb: VERBS.postHandoffTo,
            data: { ...postAction.data, placeId: meeting.value },
          }),
        ),
      );
      expect(shownText(answer.card)).toContain('Posted in Contoso capacity review');

      const [proactive] = await connector.nextActivities(1);
      expect(proactive?.conversationId).toBe('19:meeting_abc@thread.v2');
      const card = cardIn(proactive?.activity);
      expect(shownText(card)).toContain('Contoso');
      expect(verbsOf(card)).toEqual([VERBS.acceptHandoff]);
      const handoffId = (actionWithVerb(card, VERBS.acceptHandoff)?.data as { handoffId: string })
        .handoffId;
      await expect(bot.record(handoffId)).resolves.toMatchObject({
        status: 'proposed',
        postedIn: { conversationId: '19:meeting_abc@thread.v2', name: 'Contoso capacity review' },
      });

      // People in the meeting act on it there.
      const accepted = invokeAnswer(
        await post(
          poster.cardAction({
            verb: VERBS.acceptHandoff,
            data: { handoffId },
            conversation: 'meeting',
            replyToId: 'posted-1',
            from: DANA,
          }),
        ),
      );
      expect(verbsOf(accepted.card)).toEqual(OWNER_VERBS);
    });

    it('"Post" with nothing chosen, or a place the bot has left, asks again and says why', async () => {
      const picker = await pickerFor(contoso);
      const data = actionWithVerb(picker, VERBS.postHandoffTo)!.data as Record<string, unknown>;
      const none = invokeAnswer(await post(poster.cardAction({ verb: VERBS.postHandoffTo, data })));
      expect(shownText(none.card)).toContain('Choose where to post it');
      const gone = invokeAnswer(
        await post(
          poster.cardAction({
            verb: VERBS.postHandoffTo,
            data: { ...data, placeId: '19:left@thread.v2' },
          }),
        ),
      );
      expect(shownText(gone.card)).toContain("I'm no longer in that place");
    });

    it('forgets a place when the bot is removed from it', async () => {
      await post(places().removeFrom('groupChat'));
      await post(places().removeFrom('team'));
      expect(choices(await pickerFor(contoso)).map((choice) => choice.title)).toEqual([
        'Contoso capacity review',
      ]);
    });

    it('"handoff" in personal chat offers the places for the last recommendation', async () => {
      connector.reset();
      await post(poster.personalMessage(`assess Contoso: ${ONE_LINER}`));
      await connector.nextActivities(2);
      await post(poster.personalMessage('handoff'));
      const [picker] = await connector.nextActivities(1);
      const card = cardIn(picker?.activity);
      expect(shownText(card)).toContain('Post the handoff');
      expect(choices(card).map((choice) => choice.title)).toEqual(['Contoso capacity review']);
    });
  });

  describe('"my handoffs" in personal chat', () => {
    it('lists the open handoffs the person proposed or owns, with their status', async () => {
      const sam = { id: '29:sam', name: 'Sam Rivera', aadObjectId: 'sam-aad' };
      const samTeams = teamsActivities({ serviceUrl: connector.url, user: sam });
      const alpha = await proposeInChannel('Alpha', samTeams);
      const beta = await proposeInChannel('Beta');
      await act(VERBS.acceptHandoff, beta.handoffId, sam);
      const gamma = await proposeInChannel('Gamma', samTeams);
      await act(VERBS.acceptHandoff, gamma.handoffId, DANA);
      await act(VERBS.completeHandoff, gamma.handoffId, DANA);

      connector.reset();
      await post(samTeams.personalMessage('my handoffs'));
      const [reply] = await connector.nextActivities(1);
      const lines = cardLines(cardIn(reply?.activity));
      expect(lines).toEqual([
        'Your open handoffs',
        'You own',
        'Beta',
        'Accepted',
        'Recommended owner: Customer Success Architect (CSA)',
        `Posted in ${TEAM.name} › ${CHANNEL.name}`,
        expect.stringMatching(/^Sam Rivera accepted it, 15 Jan 2025, \d\d:\d\d UTC$/),
        'You proposed',
        'Alpha',
        'Proposed: waiting for someone to accept it',
        'Recommended owner: Customer Success Architect (CSA)',
        `Posted in ${TEAM.name} › ${CHANNEL.name}`,
        expect.stringMatching(/^Sam Rivera proposed it, /),
      ]);
      expect(alpha.handoffId).not.toBe(beta.handoffId);
      const index = await bot.read([userIndexKey({ ...sam })]);
      expect(Object.values(index)[0]).toMatchObject({
        ids: [alpha.handoffId, beta.handoffId, gamma.handoffId],
      });
    });

    it('someone with none is told so', async () => {
      const nobody = teamsActivities({
        serviceUrl: connector.url,
        user: { id: '29:nobody', name: 'No Body' },
      });
      connector.reset();
      await post(nobody.personalMessage('my handoffs'));
      const [reply] = await connector.nextActivities(1);
      expect(shownText(cardIn(reply?.activity))).toContain('You have no open handoffs');
    });

    it('asked in a channel, it points to personal chat', async () => {
      connector.reset();
      await post(teams.channelMessage('my handoffs'));
      const [reply] = await connector.nextActivities(1);
      expect(reply?.activity.text).toMatch(/1:1 chat/);
    });
  });
});

describe('a restart between propose and accept loses nothing', () => {
  let dataDir: string;
  let connector: FakeConnector;
  beforeAll(async () => {
    dataDir = await makeTempDir('handoff-restart');
    connector = await startFakeConnector();
  });
  afterAll(async () => {
    await connector.close();
    await removeTempDir(dataDir);
  });

  it('proposed before the restart, accepted after it, with the whole history', async () => {
    const teams = teamsActivities({ serviceUrl: connector.url });
    const first = await startHandoffApp(dataDir);
    let handoffId: string;
    try {
      await postActivity(first.baseUrl, teams.channelMessage(`handoff Contoso: ${ONE_LINER}`));
      const [posted] = await connector.nextActivities(1);
      const card = cardIn(posted?.activity);
      handoffId = (actionWithVerb(card, VERBS.acceptHandoff)?.data as { handoffId: string })
        .handoffId;
    } finally {
      await first.close();
    }
    const proposed = await (async () => {
      const again = await startHandoffApp(dataDir);
      try {
        const before = await again.record(handoffId);
        const answer = invokeAnswer(
          await postActivity(
            again.baseUrl,
            teams.cardAction({
              verb: VERBS.acceptHandoff,
              data: { handoffId },
              conversation: 'channel',
              replyToId: 'posted-1',
              from: DANA,
            }),
          ),
        );
        expect(verbsOf(answer.card)).toEqual(OWNER_VERBS);
        const after = await again.record(handoffId);
        expect(after?.history.slice(0, 1)).toEqual(before?.history);
        expect(after?.history.map((entry) => [entry.action, entry.by.name])).toEqual([
          ['propose', 'Avery Field'],
          ['accept', 'Dana Lee'],
        ]);
        return before;
      } finally {
        await again.close();
      }
    })();
    expect(proposed).toMatchObject({ status: 'proposed', account: 'Contoso' });
  });
});
