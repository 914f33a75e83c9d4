import type { InvokeAnswer } from '../../src/app/outputs';
import { type AdaptiveCardJson, VERBS } from '../../src/cards';
import type { HandoffRecord, Person } from '../../src/handoffs';
import { actionWithVerb } from '../cards/support/cardChecks';
import { cardLines, shownText } from '../handoffs/support/handoffApp';
import { MEETING_ID, type TeamsActivityBuilders } from '../support/activities';
import { type AppDriver, cardOf, createAppDriver, peopleDirectory } from '../support/appDriver';
import { account, FILLED_FORM, JANE, LEE, STRANGER } from '../support/handoffForms';

const ONE_LINER = '3 subscriptions, 2 regions, 14 SKUs, $60K a month, GPU, contract, post-sales';
const NOTICE_BASE = 'https://handoff.example';

function driver(options: { noticeUrl?: boolean } = {}) {
  const people = peopleDirectory([JANE, LEE]);
  const bot = createAppDriver({
    people,
    ...(options.noticeUrl === false
      ? {}
      : { noticeUrl: (id: string, token: string) => `${NOTICE_BASE}/${id}?token=${token}` }),
  });
  return { bot, people };
}

/** The card a reply carries. */
const cardIn = (reply: Parameters<typeof cardOf>[0]): AdaptiveCardJson => {
  const card = cardOf(reply);
  if (!card) throw new Error(`expected a card, got ${JSON.stringify(reply)}`);
  return card as AdaptiveCardJson;
};
const cardOfAnswer = (answer: InvokeAnswer | undefined): AdaptiveCardJson => {
  if (answer?.kind !== 'card') throw new Error(`expected a card, got ${JSON.stringify(answer)}`);
  return answer.card;
};
const handoffIdOf = (card: AdaptiveCardJson): string => {
  const footer = cardLines(card).find((line) => line.startsWith('Handoff h'));
  return footer!.split(' ')[1]!;
};
const buttons = (card: AdaptiveCardJson): string[] =>
  ((card.actions ?? []) as { title: string }[]).map((action) => action.title);
const mentionsOf = (card: AdaptiveCardJson) =>
  (card.msteams as { entities?: unknown[] } | undefined)?.entities ?? [];

/** "@Handoff Advisor handoff Contoso: … to @Jane" where `kind` is; the card posted and its id. */
async function proposeTo(
  bot: AppDriver,
  kind: 'channel' | 'meeting',
  people: Person[],
  text = `handoff Contoso: ${ONE_LINER} to ${people.map((p) => `<at>${p.name}</at>`).join(' and ')}`,
) {
  const builder = kind === 'channel' ? bot.teams.channelMessage : bot.teams.meetingChatMessage;
  const turn = await bot.send(builder(text, { mentions: people.map(account) }));
  const card = cardOf(turn.replies[0]) as AdaptiveCardJson | undefined;
  return { turn, card, handoffId: card ? handoffIdOf(card) : undefined };
}

function act(
  bot: AppDriver,
  kind: 'channel' | 'meeting',
  verb: string,
  handoffId: string,
  from: Person,
  extra: Record<string, unknown> = {},
) {
  return bot.send(
    bot.teams.cardAction({
      verb,
      data: { handoffId, ...extra },
      conversation: kind,
      replyToId: 'sent-1',
      from: account(from),
    }),
  );
}

const record = (bot: AppDriver, id: string): Promise<HandoffRecord | undefined> =>
  bot.deps.handoffs.get(id);

describe('"handoff … to @Jane": a handoff for one person', () => {
  it('proposed to Jane as Teams knows her: the card @mentions her and refreshes for her alone', async () => {
    const { bot, people } = driver();
    const { card, handoffId, turn } = await proposeTo(bot, 'channel', [JANE]);
    expect(people.lookups).toEqual([JANE.id]);
    expect(shownText(card)).toContain(
      'Status: Proposed to Jane Doe: waiting for them to accept it',
    );
    expect(mentionsOf(card!)).toEqual([
      { type: 'mention', text: '<at>Jane Doe</at>', mentioned: { id: JANE.id, name: JANE.name } },
    ]);
    expect(card!.refresh).toMatchObject({ userIds: [JANE.id] });
    expect(buttons(card!)).toEqual(['Refresh']);
    // The mention is not read as part of the description.
    expect(turn.replies).toHaveLength(1);
    await expect(record(bot, handoffId!)).resolves.toMatchObject({
      account: 'Contoso',
      proposedTo: JANE,
      postedMessageId: 'sent-1',
      history: [expect.objectContaining({ action: 'propose', to: JANE })],
    });
    // Outside a meeting, the card's mention is the notification.
    expect(turn.notices).toEqual([]);
  });

  it.each([
    ['two people', [JANE, LEE], /^A handoff goes to one person/],
    ['someone not in the conversation', [STRANGER], /is not in this conversation/],
  ])('to %s: says why, and proposes nothing', async (_name, people, words) => {
    const { bot } = driver();
    const { turn } = await proposeTo(bot, 'channel', people);
    expect(turn.replies.map((reply) => reply.text)).toEqual([expect.stringMatching(words)]);
    await expect(bot.deps.handoffs.openFor(account(bot.teams.user) as Person)).resolves.toEqual([]);
  });

  it('without people to look up, it cannot name anyone and says so', async () => {
    const bot = createAppDriver();
    const { turn } = await proposeTo(bot, 'channel', [JANE]);
    expect(turn.replies[0]?.text).toMatch(/^I cannot look people up from here/);
  });

  it('a mention that is not after "to" is not the person it goes to', async () => {
    const { bot, people } = driver();
    const { card } = await proposeTo(
      bot,
      'channel',
      [JANE],
      `handoff Contoso: ${ONE_LINER}, cc <at>Jane Doe</at>`,
    );
    expect(people.lookups).toEqual([]);
    expect(shownText(card)).toContain('Status: Proposed: waiting for someone to accept it');
  });

  it('a form for what is missing keeps Jane chosen in its people picker; submitted, she is named', async () => {
    const { bot } = driver();
    const asked = await bot.send(
      bot.teams.groupChatMessage('handoff Tailspin: 3 subscriptions to <at>Jane Doe</at>', {
        mentions: [account(JANE)],
      }),
    );
    const form = cardIn(asked.replies.at(-1));
    const picker = JSON.stringify(form);
    expect(picker).toContain(`"value":"${JANE.aadObjectId}"`);
    const submitted = await bot.send(
      bot.teams.cardAction({
        verb: VERBS.submitHandoff,
        conversation: 'groupChat',
        replyToId: 'form-1',
        data: { ...FILLED_FORM, proposedTo: JANE.aadObjectId },
      }),
    );
    const card = cardOfAnswer(submitted.invoke);
    expect(shownText(card)).toContain('Proposed to Jane Doe');
    await expect(record(bot, handoffIdOf(card))).resolves.toMatchObject({
      proposedTo: JANE,
      postedMessageId: 'form-1',
    });
  });
});

describe('Accept and Decline are the named person’s alone', () => {
  it('anyone else who presses "Accept" is refused; the card stays as it is', async () => {
    const { bot } = driver();
    const { handoffId } = await proposeTo(bot, 'channel', [JANE]);
    const turn = await act(bot, 'channel', VERBS.acceptHandoff, handoffId!, LEE);
    expect(shownText(cardOfAnswer(turn.invoke))).toContain(
      'It is proposed to Jane Doe: only they can accept or decline it.',
    );
    expect(turn.updates).toEqual([]);
    await expect(record(bot, handoffId!)).resolves.toMatchObject({ status: 'proposed' });
  });

  it('Jane’s own view has "Accept" and "Decline"; she accepts, and owns it', async () => {
    const { bot } = driver();
    const { handoffId } = await proposeTo(bot, 'channel', [JANE]);
    const view = await act(bot, 'channel', VERBS.refreshHandoff, handoffId!, JANE);
    expect(buttons(cardOfAnswer(view.invoke))).toEqual(['Accept', 'Decline']);
    const accepted = await act(bot, 'channel', VERBS.acceptHandoff, handoffId!, JANE);
    expect(buttons(cardOfAnswer(accepted.invoke))).toEqual(['Complete', 'Hand back', 'Reassign']);
    expect(accepted.updates.map((update) => update.messageId)).toEqual(['sent-1']);
    expect(shownText(cardIn(accepted.updates[0]!.activity))).toContain('Owned by Jane Doe');
    await expect(record(bot, handoffId!)).resolves.toMatchObject({
      status: 'accepted',
      owner: JANE,
      proposedTo: null,
    });
  });

  it('Jane declines with a reason: proposed again for anyone, and the status says why', async () => {
    const { bot } = driver();
    const { handoffId } = await proposeTo(bot, 'channel', [JANE]);
    const empty = await act(bot, 'channel', VERBS.declineHandoff, handoffId!, JANE, {
      reason: ' ',
    });
    expect(shownText(cardOfAnswer(empty.invoke))).toContain('Say why you are declining it');
    const declined = await act(bot, 'channel', VERBS.declineHandoff, handoffId!, JANE, {
      reason: 'Not my territory',
    });
    const everyone = cardIn(declined.updates[0]!.activity);
    expect(shownText(everyone)).toContain('Status: Declined by Jane Doe: Not my territory');
    expect(shownText(everyone)).toContain('Waiting for someone to accept it.');
    expect(buttons(everyone)).toEqual(['Accept']);
    expect(everyone.msteams).toBeUndefined();
    // Now anyone may accept it.
    const taken = await act(bot, 'channel', VERBS.acceptHandoff, handoffId!, LEE);
    expect(buttons(cardOfAnswer(taken.invoke))).toEqual(['Complete', 'Hand back', 'Reassign']);
  });

  it('someone else cannot decline it for Jane', async () => {
    const { bot } = driver();
    const { handoffId } = await proposeTo(bot, 'channel', [JANE]);
    const turn = await act(bot, 'channel', VERBS.declineHandoff, handoffId!, LEE, { reason: 'x' });
    expect(shownText(cardOfAnswer(turn.invoke))).toContain(
      'It is proposed to Jane Doe: only they can decline it.',
    );
  });
});

describe('Reassign is the owner’s', () => {
  async function ownedByJane(kind: 'channel' | 'meeting' = 'channel') {
    const setup = driver();
    const { handoffId } = await proposeTo(setup.bot, kind, [JANE]);
    await act(setup.bot, kind, VERBS.acceptHandoff, handoffId!, JANE);
    return { ...setup, handoffId: handoffId! };
  }

  it('to Lee: proposed to him, @mentioned, and his to accept', async () => {
    const { bot, handoffId } = await ownedByJane();
    const turn = await act(bot, 'channel', VERBS.reassignHandoff, handoffId, JANE, {
      reassignTo: LEE.aadObjectId,
    });
    const everyone = cardIn(turn.updates[0]!.activity);
    expect(shownText(everyone)).toContain('Status: Proposed to Lee Morgan');
    expect(shownText(everyone)).toContain('Jane Doe reassigned it to Lee Morgan');
    expect(mentionsOf(everyone)).toHaveLength(1);
    expect(everyone.refresh).toMatchObject({ userIds: [LEE.id] });
    await expect(record(bot, handoffId)).resolves.toMatchObject({
      status: 'proposed',
      owner: null,
      proposedTo: LEE,
    });
  });

  it.each([
    ['nobody chosen', {}, 'Choose the person to reassign it to'],
    [
      'someone not in the conversation',
      { reassignTo: STRANGER.aadObjectId },
      'is not in this conversation',
    ],
    ['the owner herself', { reassignTo: JANE.aadObjectId }, 'You own it already'],
  ])('to %s: refused in her own card, nothing changes', async (_name, extra, words) => {
    const { bot, handoffId } = await ownedByJane();
    const before = await record(bot, handoffId);
    const turn = await act(bot, 'channel', VERBS.reassignHandoff, handoffId, JANE, extra);
    expect(shownText(cardOfAnswer(turn.invoke))).toContain(words);
    expect(turn.updates).toEqual([]);
    await expect(record(bot, handoffId)).resolves.toEqual(before);
  });

  it('by anyone but the owner: refused', async () => {
    const { bot, handoffId } = await ownedByJane();
    const turn = await act(bot, 'channel', VERBS.reassignHandoff, handoffId, LEE, {
      reassignTo: LEE.aadObjectId,
    });
    expect(shownText(cardOfAnswer(turn.invoke))).toContain(
      'Only Jane Doe, who accepted it, can reassign it.',
    );
  });

  it('in a meeting, the new person is sent a meeting notification too', async () => {
    const { bot, handoffId } = await ownedByJane('meeting');
    const turn = await act(bot, 'meeting', VERBS.reassignHandoff, handoffId, JANE, {
      reassignTo: LEE.aadObjectId,
    });
    expect(turn.notices).toEqual([
      expect.objectContaining({ meetingId: MEETING_ID, recipients: [LEE], from: account(JANE) }),
    ]);
  });
});

describe('in a meeting chat', () => {
  it('the person named is sent a targeted notification with a page of its own', async () => {
    const { bot } = driver();
    const { turn, handoffId } = await proposeTo(bot, 'meeting', [JANE]);
    const stored = await record(bot, handoffId!);
    expect(turn.notices).toEqual([
      {
        meetingId: MEETING_ID,
        recipients: [JANE],
        title: 'Handoff proposed to you',
        url: `${NOTICE_BASE}/${handoffId}?token=${stored!.noticeToken}`,
        from: expect.objectContaining({ id: bot.teams.user.id }),
      },
    ]);
  });

  it('without the bot’s public address there is no page, so no notification: the card alone', async () => {
    const { bot } = driver({ noticeUrl: false });
    const { turn, card } = await proposeTo(bot, 'meeting', [JANE]);
    expect(turn.notices).toEqual([]);
    expect(mentionsOf(card!)).toHaveLength(1);
  });

  it('a handoff proposed to nobody in particular notifies nobody', async () => {
    const { bot } = driver();
    const turn = await bot.send(bot.teams.meetingChatMessage(`handoff Contoso: ${ONE_LINER}`));
    expect(turn.notices).toEqual([]);
  });
});

describe('"my handoffs" for the person named', () => {
  it('lists it as proposed to them, with a link to its card', async () => {
    const { bot } = driver();
    const { handoffId } = await proposeTo(bot, 'channel', [JANE]);
    const asJane: TeamsActivityBuilders = {
      ...bot.teams,
      personalMessage: (text) => ({ ...bot.teams.personalMessage(text), from: account(JANE) }),
    };
    const turn = await bot.send(asJane.personalMessage('my handoffs'));
    const card = cardIn(turn.replies[0]);
    expect(cardLines(card).slice(0, 3)).toEqual([
      'Your open handoffs',
      'Proposed to you',
      'Contoso',
    ]);
    const open = actionWithVerb(card, 'none') ?? JSON.stringify(card);
    expect(open).toContain('https://teams.microsoft.com/l/message/');
    expect(open).toContain('sent-1');
    expect(handoffId).toMatch(/^h[0-9a-f]{20}$/);
  });
});
