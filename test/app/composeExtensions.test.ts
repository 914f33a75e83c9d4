import type { Outbox } from '../../src/app/deps';
import type { InvokeAnswer, Message } from '../../src/app/outputs';
import type { AdaptiveCardJson } from '../../src/cards';
import type { HandoffRecord } from '../../src/handoffs';
import type { PlaceReference } from '../../src/places';
import { actionWithVerb, inputsOf } from '../cards/support/cardChecks';
import { cardLines, shownText } from '../handoffs/support/handoffApp';
import { MEETING_ID } from '../support/activities';
import { type AppDriver, createAppDriver, peopleDirectory } from '../support/appDriver';
import { FILLED_FORM, JANE, LEE, STRANGER } from '../support/handoffForms';

/** An outbox that keeps what it posts, and says where (or fails, when told to). */
function recordingOutbox() {
  const posts: { place: PlaceReference; message: Message }[] = [];
  let failing = false;
  const outbox: Outbox = {
    post: async (place, message) => {
      if (failing) throw new Error('403 BotNotInConversationRoster');
      posts.push({ place, message });
      return { messageId: `out-${posts.length}` };
    },
  };
  return { outbox, posts, fail: () => (failing = true) };
}

function driver() {
  const out = recordingOutbox();
  const people = peopleDirectory([JANE, LEE]);
  const bot = createAppDriver({
    outbox: out.outbox,
    people,
    noticeUrl: (id, token) => `https://handoff.example/handoffs/${id}/notice?token=${token}`,
  });
  return { bot, ...out, people };
}

const dialogOf = (answer: InvokeAnswer | undefined): { title: string; card: AdaptiveCardJson } => {
  if (answer?.kind !== 'dialog')
    throw new Error(`expected a dialog, got ${JSON.stringify(answer)}`);
  return answer;
};
const messageOf = (answer: InvokeAnswer | undefined): string => {
  if (answer?.kind !== 'message')
    throw new Error(`expected a message, got ${JSON.stringify(answer)}`);
  return answer.text;
};
const previewOf = (answer: InvokeAnswer | undefined): AdaptiveCardJson => {
  if (answer?.kind !== 'preview')
    throw new Error(`expected a preview, got ${JSON.stringify(answer)}`);
  return answer.card;
};

/** The open handoffs the driver's person proposed, as stored. */
const storedHandoffs = (bot: AppDriver): Promise<HandoffRecord[]> =>
  bot.deps.handoffs.openFor({
    id: bot.teams.user.id,
    name: bot.teams.user.name ?? '',
    aadObjectId: bot.teams.user.aadObjectId,
  });

describe('"Hand off": the dialog', () => {
  it('from the compose box: the facts form, empty, with the people picker and "Preview the handoff"', async () => {
    const { bot } = driver();
    const turn = await bot.send(bot.teams.composeFetchTask());
    const { title, card } = dialogOf(turn.invoke);
    expect(title).toBe('Hand off');
    expect(actionWithVerb(card, 'submitHandoff')).toBeUndefined();
    expect(card.actions).toEqual([
      { type: 'Action.Submit', title: 'Preview the handoff', data: { dialog: 'submitHandoff' } },
    ]);
    expect(inputsOf(card).get('proposedTo')).toMatchObject({
      type: 'Input.ChoiceSet',
      choices: [],
      'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' },
      value: '',
    });
    expect(inputsOf(card).get('subscriptions')?.value).toBeUndefined();
    expect(shownText(card)).not.toContain('from the message');
    expect(turn.replies).toEqual([]);
  });

  it('from a message\'s "…" menu: the facts read from it, said which, and what it could not read', async () => {
    const { bot } = driver();
    const turn = await bot.send(
      bot.teams.composeFetchTask({
        commandContext: 'message',
        messageHtml:
          '<p>Contoso call: 3 subscriptions, 2 regions, GPU, contract, post-sales</p><p>ask Dana &quot;first&quot;</p>',
      }),
    );
    const { card } = dialogOf(turn.invoke);
    const lines = cardLines(card);
    expect(lines).toContain('I read these from the message:');
    // Each fact found is a line of plain text runs: what a message said is never markdown.
    expect(lines).toEqual(
      expect.arrayContaining([
        'Subscriptions: 3',
        'Regions: 2',
        'GPU or restricted SKUs: yes',
        'Support contract: yes',
        'Sales stage: post-sales',
      ]),
    );
    expect(inputsOf(card).get('subscriptions')?.value).toBe(3);
    expect(inputsOf(card).get('gpuOrRestricted')?.value).toBe('true');
    expect(shownText(card)).toContain('I could not read: ');
    expect(shownText(card)).toContain('ask Dana "first"');
  });

  it('from a message with no facts in it, says so', async () => {
    const { bot } = driver();
    const turn = await bot.send(
      bot.teams.composeFetchTask({ commandContext: 'message', messageHtml: '<p>see you at 3</p>' }),
    );
    expect(shownText(dialogOf(turn.invoke).card)).toContain(
      'I found no facts I could use in the message: fill them in below.',
    );
  });

  it('in a 1:1 chat, says where a handoff belongs', async () => {
    const { bot } = driver();
    const turn = await bot.send(bot.teams.composeFetchTask({ conversation: 'personal' }));
    expect(messageOf(turn.invoke)).toMatch(/channel, a group chat or a meeting chat/);
  });

  it.each([
    [
      'fetchTask',
      (bot: AppDriver) => bot.teams.composeFetchTask({ commandId: 'deleteEverything' }),
    ],
    [
      'submitAction',
      (bot: AppDriver) =>
        bot.teams.composeSubmit({ commandId: 'deleteEverything', data: FILLED_FORM }),
    ],
  ])('%s with a command id it does not have: says which commands it has', async (_name, build) => {
    const { bot, posts } = driver();
    const turn = await bot.send(build(bot));
    expect(messageOf(turn.invoke)).toBe(
      'That command is not one Handoff Advisor has. Its commands are "Hand off" and "Ask": update the app in Teams if one is missing.',
    );
    expect(posts).toEqual([]);
  });
});

describe('"Hand off": submit, preview, edit, send', () => {
  it('a form that still lacks facts comes back, saying which; nothing is kept', async () => {
    const { bot } = driver();
    const turn = await bot.send(bot.teams.composeSubmit({ data: { subscriptions: '3' } }));
    const { card } = dialogOf(turn.invoke);
    expect(shownText(card)).toContain('Some answers need fixing:');
    expect(shownText(card)).toContain('Sales stage: this answer is needed.');
    expect(inputsOf(card).get('subscriptions')?.value).toBe(3);
    await expect(storedHandoffs(bot)).resolves.toEqual([]);
  });

  it('a bad value comes back named, in words', async () => {
    const { bot } = driver();
    const turn = await bot.send(
      bot.teams.composeSubmit({ data: { ...FILLED_FORM, subscriptions: '2.5' } }),
    );
    expect(shownText(dialogOf(turn.invoke).card)).toContain(
      'Subscriptions: 2.5 is not a whole number.',
    );
  });

  it.each([
    ['someone not in the conversation', STRANGER.aadObjectId!, 'is not in this conversation'],
    ['two people', `${JANE.aadObjectId},${LEE.aadObjectId}`, 'A handoff goes to one person'],
  ])(
    'naming %s: the form comes back with the facts kept and the reason',
    async (_name, proposedTo, words) => {
      const { bot } = driver();
      const turn = await bot.send(
        bot.teams.composeSubmit({ data: { ...FILLED_FORM, proposedTo } }),
      );
      const { card } = dialogOf(turn.invoke);
      expect(shownText(card)).toContain(words);
      expect(inputsOf(card).get('vmSkus')?.value).toBe(14);
    },
  );

  it('a complete form: the preview of the card as it will be posted, nothing posted or kept yet', async () => {
    const { bot, posts } = driver();
    const turn = await bot.send(
      bot.teams.composeSubmit({ data: { ...FILLED_FORM, proposedTo: JANE.aadObjectId } }),
    );
    const card = previewOf(turn.invoke);
    const text = shownText(card);
    expect(text).toContain('Account: Contoso');
    expect(text).toContain('Status: Proposed to Jane Doe: waiting for them to accept it');
    expect(text).toContain('<at>Jane Doe</at>, it is yours to accept or decline.');
    expect(text).toContain('A preview: nothing is posted until you send it.');
    expect(card.actions).toEqual([]);
    expect(posts).toEqual([]);
    await expect(storedHandoffs(bot)).resolves.toEqual([]);
  });

  it('"Edit" opens the form again, as it was filled, the person still chosen', async () => {
    const { bot } = driver();
    await bot.send(
      bot.teams.composeSubmit({ data: { ...FILLED_FORM, proposedTo: JANE.aadObjectId } }),
    );
    const turn = await bot.send(bot.teams.composeSubmit({ previewAction: 'edit' }));
    const { card } = dialogOf(turn.invoke);
    expect(inputsOf(card).get('account')?.value).toBe('Contoso');
    expect(inputsOf(card).get('quotaGroupVcpus')?.value).toBe(600);
    expect(inputsOf(card).get('proposedTo')).toMatchObject({
      value: JANE.aadObjectId,
      choices: [{ title: 'Jane Doe', value: JANE.aadObjectId }],
    });
  });

  it('"Send" posts the card into that conversation as the bot, proposes it there, and closes the dialog', async () => {
    const { bot, posts } = driver();
    await bot.send(
      bot.teams.composeSubmit({ data: { ...FILLED_FORM, proposedTo: JANE.aadObjectId } }),
    );
    const turn = await bot.send(bot.teams.composeSubmit({ previewAction: 'send' }));
    expect(turn.invoke).toEqual({ kind: 'done' });
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post!.place.conversation).toMatchObject({ id: '19:group-chat@thread.v2' });
    expect(post!.message.kind).toBe('card');
    const card = post!.message.kind === 'card' ? post!.message.card : undefined;
    expect(shownText(card)).toContain('<at>Jane Doe</at>, it is yours to accept or decline.');
    const [record] = await storedHandoffs(bot);
    expect(record).toMatchObject({
      account: 'Contoso',
      status: 'proposed',
      proposedTo: JANE,
      proposedBy: { id: bot.teams.user.id },
      postedIn: { conversationId: '19:group-chat@thread.v2', name: 'Contoso handoff' },
      postedMessageId: 'out-1',
    });
    // Not a meeting: nobody is notified beyond the card's mention.
    expect(turn.notices).toEqual([]);
    expect(record!.noticeToken).toBeUndefined();
  });

  it('"Send" a second time finds no preview and posts nothing more', async () => {
    const { bot, posts } = driver();
    await bot.send(bot.teams.composeSubmit({ data: FILLED_FORM }));
    await bot.send(bot.teams.composeSubmit({ previewAction: 'send' }));
    const again = await bot.send(bot.teams.composeSubmit({ previewAction: 'send' }));
    expect(messageOf(again.invoke)).toMatch(/^That preview is no longer available/);
    expect(posts).toHaveLength(1);
  });

  it('a preview is kept per conversation: "Send" elsewhere finds none', async () => {
    const { bot, posts } = driver();
    await bot.send(bot.teams.composeSubmit({ data: FILLED_FORM, conversation: 'groupChat' }));
    const elsewhere = await bot.send(
      bot.teams.composeSubmit({ previewAction: 'send', conversation: 'channel' }),
    );
    expect(messageOf(elsewhere.invoke)).toMatch(/^That preview is no longer available/);
    expect(posts).toEqual([]);
  });

  it('a preview more than a day old is gone', async () => {
    let now = new Date('2025-01-15T10:00:00Z');
    const out = recordingOutbox();
    const bot = createAppDriver({ outbox: out.outbox, now: () => now });
    await bot.send(bot.teams.composeSubmit({ data: FILLED_FORM }));
    now = new Date('2025-01-16T10:00:01Z');
    const late = await bot.send(bot.teams.composeSubmit({ previewAction: 'send' }));
    expect(messageOf(late.invoke)).toMatch(/more than a day old/);
    expect(out.posts).toEqual([]);
  });

  it('when the bot cannot post there, says to add it, and keeps no handoff', async () => {
    const { bot, fail } = driver();
    await bot.send(bot.teams.composeSubmit({ data: FILLED_FORM }));
    fail();
    const turn = await bot.send(bot.teams.composeSubmit({ previewAction: 'send' }));
    expect(messageOf(turn.invoke)).toBe(
      'I could not post the handoff here: add Handoff Advisor to this conversation first, then try again.',
    );
    await expect(storedHandoffs(bot)).resolves.toEqual([]);
  });

  it('in a meeting chat, the person named is sent a meeting notification with a page of its own', async () => {
    const { bot } = driver();
    await bot.send(
      bot.teams.composeSubmit({
        data: { ...FILLED_FORM, proposedTo: JANE.aadObjectId },
        conversation: 'meeting',
      }),
    );
    const turn = await bot.send(
      bot.teams.composeSubmit({ previewAction: 'send', conversation: 'meeting' }),
    );
    const [record] = await storedHandoffs(bot);
    expect(record!.noticeToken).toMatch(/^[0-9a-f]{32}$/);
    expect(turn.notices).toEqual([
      {
        meetingId: MEETING_ID,
        recipients: [JANE],
        title: 'Handoff proposed to you',
        url: `https://handoff.example/handoffs/${record!.id}/notice?token=${record!.noticeToken}`,
        from: expect.objectContaining({ id: bot.teams.user.id }),
      },
    ]);
  });
});

describe('"Ask": the FAQ in the compose box', () => {
  it('lists the answers that match, each with its title, the start of its answer and its source', async () => {
    const { bot } = driver();
    const turn = await bot.send(
      bot.teams.composeQuery({ parameters: { question: 'how do partners get support?' } }),
    );
    if (turn.invoke?.kind !== 'searchResults') throw new Error(JSON.stringify(turn.invoke));
    const { results } = turn.invoke;
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.title.length).toBeGreaterThan(0);
      const [answer, source] = result.text.split('\n');
      expect(answer!.length).toBeLessThanOrEqual(160);
      expect(source).toMatch(/^Source: .+ \(\d{3}_.+\)$/);
      // The card it inserts: the answer with its source, for what was asked.
      expect(shownText(result.card)).toContain('You asked: how do partners get support?');
      expect(shownText(result.card)).toContain(result.title);
    }
  });

  it('pages through the results as Teams asks', async () => {
    const { bot } = driver();
    const all = await bot.send(bot.teams.composeQuery({ parameters: { question: 'quota' } }));
    const second = await bot.send(
      bot.teams.composeQuery({ parameters: { question: 'quota' }, skip: 1, count: 1 }),
    );
    if (all.invoke?.kind !== 'searchResults' || second.invoke?.kind !== 'searchResults') {
      throw new Error('expected results');
    }
    expect(all.invoke.results.length).toBeGreaterThan(1);
    expect(second.invoke.results.map((result) => result.title)).toEqual([
      all.invoke.results[1]!.title,
    ]);
  });

  it.each([
    ['opened, nothing typed', { initialRun: 'true' }, /^Type a question/],
    ['an empty question', { question: '   ' }, /^Type a question/],
    ['no parameter at all', {}, /^Type a question/],
    [
      'a question nothing answers',
      { question: 'what is the weather in Redmond?' },
      /^No answer in the FAQ matches/,
    ],
    ['only punctuation', { question: '?!' }, /^No answer in the FAQ matches/],
    [
      'a question too long',
      { question: 'quota '.repeat(100) },
      /keep it to 500 characters or fewer/,
    ],
  ])('%s: one line that says what to do', async (_name, parameters, words) => {
    const { bot } = driver();
    const turn = await bot.send(bot.teams.composeQuery({ parameters }));
    expect(messageOf(turn.invoke)).toMatch(words);
  });

  it('a command id it does not have', async () => {
    const { bot } = driver();
    const turn = await bot.send(
      bot.teams.composeQuery({ commandId: 'searchEverything', parameters: { question: 'quota' } }),
    );
    expect(messageOf(turn.invoke)).toMatch(/^That command is not one Handoff Advisor has\./);
  });
});

describe('message extension requests that are not what Teams sends', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['no command id', { commandContext: 'compose' }, 'which command it is: missing'],
    [
      'a command id that is not text',
      { commandId: 7 },
      'which command it is: not of the right kind',
    ],
    [
      'an unknown context',
      { commandId: 'handOff', commandContext: 'sidebar' },
      'where the command was started: not one of the values allowed',
    ],
    [
      'a preview action that is neither edit nor send',
      { commandId: 'handOff', botMessagePreviewAction: 'publish' },
      'what to do with the preview: not one of the values allowed',
    ],
    [
      'a message that is not text',
      { commandId: 'handOff', messagePayload: { body: { content: 5 } } },
      'the message it was started from: not of the right kind',
    ],
  ])('an action with %s: refused, saying what was wrong', async (_name, value, words) => {
    const { bot } = driver();
    const activity = { ...bot.teams.composeFetchTask(), value };
    const turn = await bot.send(activity);
    expect(turn.invoke).toMatchObject({ kind: 'error', status: 400, code: 'BadRequest' });
    expect(turn.invoke?.kind === 'error' && turn.invoke.message).toContain(words);
  });

  it.each<[string, unknown, string]>([
    ['no form answers', { commandId: 'handOff' }, "the form's answers: missing"],
    [
      'form answers that are not an object',
      { commandId: 'handOff', data: 'all of them' },
      "the form's answers: not of the right kind",
    ],
    ['no value at all', undefined, 'its content: missing'],
  ])('a submit with %s: refused, saying what was wrong', async (_name, value, words) => {
    const { bot, posts } = driver();
    const turn = await bot.send({ ...bot.teams.composeSubmit(), value });
    expect(turn.invoke).toMatchObject({ kind: 'error', status: 400 });
    expect(turn.invoke?.kind === 'error' && turn.invoke.message).toContain(words);
    expect(posts).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'parameters that are not a list',
      { commandId: 'searchAnswers', parameters: 'quota' },
      'what was typed in the search: not of the right kind',
    ],
    [
      'a parameter value that is not text',
      { commandId: 'searchAnswers', parameters: [{ name: 'question', value: 3 }] },
      'what was typed in the search: not of the right kind',
    ],
    [
      'a negative skip',
      { commandId: 'searchAnswers', queryOptions: { skip: -1 } },
      'which results to show',
    ],
  ])('a search with %s: refused, saying what was wrong', async (_name, value, words) => {
    const { bot } = driver();
    const turn = await bot.send({ ...bot.teams.composeQuery(), value });
    expect(turn.invoke).toMatchObject({ kind: 'error', status: 400 });
    expect(turn.invoke?.kind === 'error' && turn.invoke.message).toContain(words);
  });
});
