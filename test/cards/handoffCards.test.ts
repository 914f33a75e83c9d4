import {
  type AdaptiveCardJson,
  CardActionData,
  handoffCardLink,
  handoffWorkflowCard,
  myHandoffsCard,
  postHandoffCard,
  VERBS,
} from '../../src/cards';
import { RUBRIC_VERSION } from '../../src/rubric';
import { actionWithVerb, cardObjects, inputsOf, stringsIn } from './support/cardChecks';
import { expectNoConsoleOutput } from './support/quietConsole';
import {
  DECIDED_SCENARIOS,
  MY_HANDOFFS_SCENARIOS,
  NAMED,
  OWNER,
  PLACE_SCENARIOS,
  SOMEONE_ELSE,
  WORKFLOW_SCENARIOS,
} from './support/scenarios';

expectNoConsoleOutput();

const scenario = (name: string) => WORKFLOW_SCENARIOS.find((s) => s.name.startsWith(name))!.input;
const myHandoffs = (name: string) => MY_HANDOFFS_SCENARIOS.find((s) => s.name.startsWith(name))!;

/** What a card shows, a line per text block (a rich text block's runs joined). */
const lines = (card: AdaptiveCardJson): string[] =>
  cardObjects(card).flatMap(({ kind, object }) => {
    if (kind === 'TextBlock') return [String(object.text)];
    if (kind !== 'RichTextBlock' || !Array.isArray(object.inlines)) return [];
    return [object.inlines.map((inline) => (inline as { text: string }).text).join('')];
  });
const topActions = (card: AdaptiveCardJson) =>
  ((card.actions ?? []) as { title: string; verb: string }[]).map((a) => [a.title, a.verb]);

/** Every button on the card, each ShowCard's own buttons after it, as [title, verb or "…"]. */
type Button = { type: string; title: string; verb?: string; card?: AdaptiveCardJson };
const allActions = (card: AdaptiveCardJson): [string, string][] =>
  ((card.actions ?? []) as Button[]).flatMap((action): [string, string][] =>
    action.type === 'Action.ShowCard'
      ? [[action.title, '…'], ...allActions(action.card!)]
      : [[action.title, action.verb ?? action.type]],
  );
const showCard = (card: AdaptiveCardJson, title: string) =>
  ((card.actions ?? []) as { type: string; title: string; card?: AdaptiveCardJson }[]).find(
    (action) => action.type === 'Action.ShowCard' && action.title === title,
  )?.card;
const mentionsOf = (card: AdaptiveCardJson) =>
  (card.msteams as { entities?: unknown[] } | undefined)?.entities;

describe('handoff workflow card', () => {
  it('proposed: status, the history so far, and "Accept" for everyone; nothing to refresh', () => {
    const card = handoffWorkflowCard(scenario('proposed, for everyone'));
    expect(lines(card)).toContain('Status: Proposed: waiting for someone to accept it');
    expect(lines(card)).toContain('15 Jan 2025, 10:00 UTC · Avery Field proposed it');
    expect(topActions(card)).toEqual([['Accept', VERBS.acceptHandoff]]);
    expect(card.refresh).toBeUndefined();
    expect(card.msteams).toBeUndefined();
    expect(inputsOf(card).size).toBe(0);
  });

  it('accepted, for everyone: who owns it, a "Refresh", and a refresh for the owner alone', () => {
    const card = handoffWorkflowCard(scenario('accepted, for everyone'));
    expect(lines(card)).toContain('Owned by Dana Lee');
    expect(topActions(card)).toEqual([['Refresh', VERBS.refreshHandoff]]);
    expect(card.refresh).toMatchObject({
      action: {
        type: 'Action.Execute',
        verb: VERBS.refreshHandoff,
        data: { handoffId: 'h0123456789abcdef0123', verb: VERBS.refreshHandoff },
      },
      userIds: [OWNER.id],
    });
  });

  it('accepted, for the owner: "Complete", and "Hand back" and "Reassign" each with its own input', () => {
    const card = handoffWorkflowCard(scenario('accepted, for the owner'));
    expect(lines(card)).toContain(
      'You own it: complete it when it is done, hand it back with a reason, or reassign it.',
    );
    expect(lines(card).some((line) => line.startsWith('Owned by'))).toBe(false);
    expect(allActions(card)).toEqual([
      ['Complete', VERBS.completeHandoff],
      ['Hand back', '…'],
      ['Hand back', VERBS.handBackHandoff],
      ['Reassign', '…'],
      ['Reassign', VERBS.reassignHandoff],
    ]);
    // Each input sits in the card that its action opens: one never blocks another.
    expect(inputsOf(showCard(card, 'Hand back')!).get('reason')).toMatchObject({
      type: 'Input.Text',
      isRequired: true,
      maxLength: 500,
      value: '',
    });
    expect([...inputsOf(showCard(card, 'Hand back')!).keys()]).toEqual(['reason']);
    expect(inputsOf(showCard(card, 'Reassign')!).get('reassignTo')).toMatchObject({
      type: 'Input.ChoiceSet',
      isRequired: true,
      choices: [],
      'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' },
    });
    expect([...inputsOf(showCard(card, 'Reassign')!).keys()]).toEqual(['reassignTo']);
    expect(actionWithVerb(card, VERBS.completeHandoff)).toMatchObject({
      associatedInputs: 'none',
      fallback: { associatedInputs: 'none' },
    });
    expect(card.refresh).toMatchObject({ userIds: [OWNER.id] });
  });

  it('proposed to a person, for everyone: an @mention of them, no "Accept", and a refresh for them alone', () => {
    const card = handoffWorkflowCard(scenario('proposed to a person, for everyone'));
    expect(lines(card)).toContain('Status: Proposed to Jane Doe: waiting for them to accept it');
    expect(lines(card)).toContain('<at>Jane Doe</at>, it is yours to accept or decline.');
    expect(mentionsOf(card)).toEqual([
      {
        type: 'mention',
        text: '<at>Jane Doe</at>',
        mentioned: { id: NAMED.id, name: NAMED.name },
      },
    ]);
    expect(lines(card)).toContain('15 Jan 2025, 10:00 UTC · Avery Field proposed it to Jane Doe');
    expect(allActions(card)).toEqual([['Refresh', VERBS.refreshHandoff]]);
    expect(card.refresh).toMatchObject({ userIds: [NAMED.id] });
  });

  it('proposed to a person, for them: "Accept", and "Decline" with a required reason', () => {
    const card = handoffWorkflowCard(scenario('proposed to a person, for them'));
    expect(lines(card)).toContain('It is proposed to you: accept it, or decline it with a reason.');
    expect(allActions(card)).toEqual([
      ['Accept', VERBS.acceptHandoff],
      ['Decline', '…'],
      ['Decline', VERBS.declineHandoff],
    ]);
    expect(inputsOf(showCard(card, 'Decline')!).get('reason')).toMatchObject({
      type: 'Input.Text',
      isRequired: true,
      maxLength: 500,
      label: 'Why are you declining it?',
    });
    // Their own view needs no mention of them.
    expect(card.msteams).toBeUndefined();
  });

  it("someone else never gets the named person's actions", () => {
    const card = handoffWorkflowCard(scenario('proposed to a person, for someone else'));
    expect(allActions(card)).toEqual([['Refresh', VERBS.refreshHandoff]]);
    expect(inputsOf(card).size).toBe(0);
  });

  it.each([
    [
      'declined, for everyone',
      'Status: Declined by Jane Doe: I am not on this account',
      '15 Jan 2025, 10:01 UTC · Jane Doe declined it: I am not on this account',
    ],
    [
      'handed back, for everyone',
      'Status: Handed back: No support contract yet',
      '15 Jan 2025, 10:02 UTC · Dana Lee handed it back: No support contract yet',
    ],
  ])('%s: the status says why, and anyone may accept it again', (name, status, history) => {
    const card = handoffWorkflowCard(scenario(name));
    expect(lines(card)).toContain(status);
    expect(lines(card)).toContain('Waiting for someone to accept it.');
    expect(lines(card)).toContain(history);
    expect(allActions(card)).toEqual([['Accept', VERBS.acceptHandoff]]);
    expect(card.refresh).toBeUndefined();
  });

  it('reassigned: proposed to the new person, mentioned, the reassign in the history', () => {
    const card = handoffWorkflowCard(scenario('reassigned, for everyone'));
    expect(lines(card)).toContain('Status: Proposed to Jane Doe: waiting for them to accept it');
    expect(lines(card)).toContain('15 Jan 2025, 10:02 UTC · Dana Lee reassigned it to Jane Doe');
    expect(mentionsOf(card)).toHaveLength(1);
    expect(card.refresh).toMatchObject({ userIds: [NAMED.id] });
  });

  it('a preview: the card as it will be posted, with nothing to press and no refresh', () => {
    const card = handoffWorkflowCard(scenario('preview, proposed to a person'));
    expect(lines(card)).toContain('<at>Jane Doe</at>, it is yours to accept or decline.');
    expect(lines(card)).toContain('A preview: nothing is posted until you send it.');
    expect(allActions(card)).toEqual([]);
    expect(card.refresh).toBeUndefined();
  });

  it('a name that reads as markup is mentioned as plain words', () => {
    const card = handoffWorkflowCard(scenario('worst case: reassigned'));
    const [entity] = mentionsOf(card) as { text: string }[];
    expect(entity!.text).toMatch(/^<at>[^<>[\]()*_`#~|!{}\\]*<\/at>$/);
    expect(lines(card)).toContain(`${entity!.text}, it is yours to accept or decline.`);
  });

  it('a refusal is shown to the person who acted, in the attention colour', () => {
    const card = handoffWorkflowCard(scenario('accepted, refused'));
    const notice = cardObjects(card).find(
      ({ kind, object }) => kind === 'Container' && object.style === 'attention',
    );
    expect(lines({ ...card, body: [notice!.object] })).toEqual([
      'It is already accepted by Dana Lee.',
    ]);
    expect(topActions(card)).toEqual([['Refresh', VERBS.refreshHandoff]]);
  });

  it('completed: the latest three things done, no actions and no refresh', () => {
    const card = handoffWorkflowCard(scenario('completed'));
    expect(lines(card)).toContain('Status: Completed');
    expect(lines(card).filter((line) => line.includes(' UTC · '))).toEqual([
      '15 Jan 2025, 10:00 UTC · Avery Field proposed it',
      '15 Jan 2025, 10:01 UTC · Dana Lee accepted it',
      '15 Jan 2025, 10:02 UTC · Dana Lee completed it',
    ]);
    expect(topActions(card)).toEqual([]);
    expect(card.refresh).toBeUndefined();
  });

  it('shows only the latest three entries of a longer history, with the reasons given', () => {
    const card = handoffWorkflowCard(scenario('worst case: longest'));
    const history = lines(card).filter((line) => line.includes(' UTC · '));
    expect(history).toHaveLength(3);
    expect(history[0]).toMatch(/accepted it$/);
    expect(history[1]).toMatch(/handed it back: /);
    expect(history[2]).toMatch(/accepted it$/);
  });

  it('names the handoff and the rubric version that decided it', () => {
    expect(lines(handoffWorkflowCard(scenario('proposed')))).toContain(
      `Handoff h0123456789abcdef0123 · rubric ${RUBRIC_VERSION}`,
    );
  });

  it("a viewer who is not the owner never gets the owner's actions", () => {
    const input = scenario('accepted, for everyone');
    const card = handoffWorkflowCard({ ...input, viewer: SOMEONE_ELSE });
    expect(topActions(card)).toEqual([['Refresh', VERBS.refreshHandoff]]);
    expect(inputsOf(card).size).toBe(0);
  });
});

describe('place picker card', () => {
  const worst = DECIDED_SCENARIOS[2]!;
  const [none, few, many] = PLACE_SCENARIOS;

  it('lists the places by name and posts to the one chosen', () => {
    const card = postHandoffCard({ ...worst, places: few!.places });
    expect(inputsOf(card).get('placeId')).toMatchObject({
      type: 'Input.ChoiceSet',
      isRequired: true,
      value: '',
      choices: few!.places.map((place) => ({ title: place.name, value: place.id })),
    });
    expect(actionWithVerb(card, VERBS.postHandoffTo)).toMatchObject({
      type: 'Action.Execute',
      title: 'Post',
      data: { verb: VERBS.postHandoffTo, facts: worst.facts },
    });
  });

  it('lists 50 places at most', () => {
    const card = postHandoffCard({ ...worst, places: many!.places });
    expect(inputsOf(card).get('placeId')?.choices).toHaveLength(50);
  });

  it('with no places, says how to add the bot and post there, and offers no "Post"', () => {
    const card = postHandoffCard({ ...worst, places: none!.places });
    const text = lines(card).join('\n');
    expect(text).toMatch(/haven't seen you yet in any team channel, group chat or meeting chat/);
    expect(text).toContain('type "@Handoff Advisor handoff"');
    expect(actionWithVerb(card, VERBS.postHandoffTo)).toBeUndefined();
  });

  it('keeps the choice made and says what went wrong', () => {
    const card = postHandoffCard({
      ...worst,
      places: few!.places,
      chosen: few!.places[1]!.id,
      problem: 'Choose where to post it.',
    });
    expect(inputsOf(card).get('placeId')?.value).toBe(few!.places[1]!.id);
    expect(lines(card)).toContain('Choose where to post it.');
    // A place no longer listed is not kept as the choice.
    const gone = postHandoffCard({ ...worst, places: few!.places, chosen: '19:gone' });
    expect(inputsOf(gone).get('placeId')?.value).toBe('');
  });

  it('once posted, says where and asks nothing more', () => {
    const card = postHandoffCard({
      ...worst,
      places: few!.places,
      postedIn: 'Contoso capacity review',
    });
    expect(lines(card)[3]).toMatch(/^Posted in Contoso capacity review\. /);
    expect(inputsOf(card).size).toBe(0);
    expect(card.actions).toEqual([]);
  });
});

describe('my handoffs card', () => {
  it('with none, says so', () => {
    const card = myHandoffsCard(MY_HANDOFFS_SCENARIOS[0]!);
    expect(lines(card).join('\n')).toContain('You have no open handoffs');
  });

  it("lists the reader's handoffs in their parts, each with where it stands, its owner persona, its place and its latest change", () => {
    const card = myHandoffsCard(myHandoffs('one in each part'));
    expect(lines(card)).toEqual([
      'Your open handoffs',
      'Proposed to you',
      'Contoso',
      'Proposed to Jane Doe: waiting for them to accept it',
      'Recommended owner: Customer Success Account Manager (CSAM)',
      'Posted in Contoso account team › Capacity',
      'Dana Lee reassigned it to Jane Doe, 15 Jan 2025, 10:02 UTC',
      'You own',
      'Contoso',
      'Accepted',
      'Recommended owner: Customer Success Account Manager (CSAM)',
      'Posted in Contoso account team › Capacity',
      'Dana Lee accepted it, 15 Jan 2025, 10:01 UTC',
      'You proposed',
      'Contoso',
      'Proposed: waiting for someone to accept it',
      'Recommended owner: Customer Success Account Manager (CSAM)',
      'Posted in Contoso account team › Capacity',
      'Jane Doe proposed it, 15 Jan 2025, 10:00 UTC',
    ]);
  });

  it('opens each card where it was posted, in its channel thread', () => {
    const card = myHandoffsCard(myHandoffs('one in each part'));
    const links = cardObjects(card)
      .filter(({ kind }) => kind === 'Action.OpenUrl')
      .map(({ object }) => [object.title, object.url]);
    expect(links).toHaveLength(3);
    for (const [title, url] of links) {
      expect(title).toBe('Open the card');
      const link = new URL(String(url));
      expect(link.origin + link.pathname).toBe(
        'https://teams.microsoft.com/l/message/19%3Achannel%40thread.tacv2/1736935200000',
      );
      expect(Object.fromEntries(link.searchParams)).toEqual({
        tenantId: 'tenant',
        parentMessageId: '1736935200000',
      });
    }
  });

  it('offers no link to a card not known to be posted', () => {
    const card = myHandoffsCard(MY_HANDOFFS_SCENARIOS[1]!);
    expect(cardObjects(card).filter(({ kind }) => kind === 'Action.OpenUrl')).toEqual([]);
  });

  it('lists fifteen and says how many more there are', () => {
    const card = myHandoffsCard(
      MY_HANDOFFS_SCENARIOS.find(({ name }) => name.startsWith('worst'))!,
    );
    const items = cardObjects(card).filter(
      ({ kind, object }) => kind === 'Container' && object.separator === true,
    );
    expect(items).toHaveLength(15);
    expect(lines(card).at(-1)).toBe('…and 25 more, changed longer ago.');
  });

  it('carries no payloads', () => {
    const card = myHandoffsCard(myHandoffs('one in each part'));
    expect(stringsIn(card).filter(({ where }) => where === 'data')).toEqual([]);
  });
});

describe('the link to a handoff card', () => {
  const record = (conversationId: string) => ({
    ...WORKFLOW_SCENARIOS[0]!.input.record,
    postedIn: { conversationId, name: 'x' },
    postedMessageId: '1736935299999',
  });
  it.each([
    [
      'a reply in a channel thread',
      '19:c@thread.tacv2;messageid=1736935200000',
      { tenantId: 'tenant', parentMessageId: '1736935200000' },
    ],
    [
      'a post of its own in a channel',
      '19:c@thread.tacv2',
      { tenantId: 'tenant', parentMessageId: '1736935299999' },
    ],
    [
      'a group or meeting chat',
      '19:meeting_abc@thread.v2',
      { tenantId: 'tenant', context: '{"contextType":"chat"}' },
    ],
  ])('%s', (_name, conversationId, params) => {
    const link = new URL(handoffCardLink(record(conversationId))!);
    expect(decodeURIComponent(link.pathname)).toBe(
      `/l/message/${conversationId.split(';')[0]}/1736935299999`,
    );
    expect(Object.fromEntries(link.searchParams)).toEqual(params);
  });

  it('is not there before the card is posted', () => {
    expect(handoffCardLink(WORKFLOW_SCENARIOS[0]!.input.record)).toBeUndefined();
  });
});

describe('CardActionData: the handoff verbs', () => {
  const handoffId = 'h0123456789abcdef0123';
  it.each([
    { verb: VERBS.acceptHandoff, handoffId },
    { verb: VERBS.completeHandoff, handoffId },
    { verb: VERBS.handBackHandoff, handoffId, reason: 'busy' },
    { verb: VERBS.declineHandoff, handoffId, reason: 'not my account' },
    { verb: VERBS.reassignHandoff, handoffId, reassignTo: '00000000-0000-0000-0000-0000000000e1' },
    { verb: VERBS.reassignHandoff, handoffId, reassignTo: '' },
    { verb: VERBS.refreshHandoff, handoffId },
    { verb: VERBS.postHandoff, facts: { vmSkus: 3 } },
    { verb: VERBS.postHandoffTo, facts: { vmSkus: 3 }, placeId: '19:x@thread.v2' },
  ])('accepts %j', (value) => {
    expect(CardActionData.safeParse(value).success).toBe(true);
  });

  it.each([
    ['no handoff id', { verb: VERBS.acceptHandoff }, 'handoffId'],
    [
      'a handoff id that is not one',
      { verb: VERBS.completeHandoff, handoffId: 'h1' },
      'handoff id',
    ],
    ['a reason that is not text', { verb: VERBS.handBackHandoff, handoffId, reason: 3 }, 'reason'],
    [
      'two people to reassign it to',
      { verb: VERBS.reassignHandoff, handoffId, reassignTo: 'a,b' },
      'choose one person only',
    ],
    [
      'a person who is not text',
      { verb: VERBS.reassignHandoff, handoffId, reassignTo: ['a'] },
      'reassignTo',
    ],
    [
      'a place id longer than any place has',
      { verb: VERBS.postHandoffTo, facts: {}, placeId: 'x'.repeat(600) },
      'not one of the places listed',
    ],
    ['facts that are not facts', { verb: VERBS.postHandoff, facts: { regions: 0 } }, 'regions'],
  ])('rejects %s', (_name, value, message) => {
    const parsed = CardActionData.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(message);
  });

  it.each([undefined, '', '   '])(
    'reads no place chosen (%p) as none, for the picker to ask again',
    (placeId) => {
      const parsed = CardActionData.parse({ verb: VERBS.postHandoffTo, facts: {}, placeId });
      expect(parsed).toMatchObject({ verb: VERBS.postHandoffTo });
      expect((parsed as { placeId?: string }).placeId).toBeUndefined();
    },
  );
});
