import {
  type AdaptiveCardJson,
  CardActionData,
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
  OWNER,
  PLACE_SCENARIOS,
  SOMEONE_ELSE,
  WORKFLOW_SCENARIOS,
} from './support/scenarios';

expectNoConsoleOutput();

const scenario = (name: string) => WORKFLOW_SCENARIOS.find((s) => s.name.startsWith(name))!.input;

/** What a card shows, a line per text block (a rich text block's runs joined). */
const lines = (card: AdaptiveCardJson): string[] =>
  cardObjects(card).flatMap(({ kind, object }) => {
    if (kind === 'TextBlock') return [String(object.text)];
    if (kind !== 'RichTextBlock' || !Array.isArray(object.inlines)) return [];
    return [object.inlines.map((inline) => (inline as { text: string }).text).join('')];
  });
const topActions = (card: AdaptiveCardJson) =>
  ((card.actions ?? []) as { title: string; verb: string }[]).map((a) => [a.title, a.verb]);

describe('handoff workflow card', () => {
  it('proposed: status, the history so far, and "Accept" for everyone; nothing to refresh', () => {
    const card = handoffWorkflowCard(scenario('proposed'));
    expect(lines(card)).toContain('Status: Proposed: waiting for someone to accept it');
    expect(lines(card)).toContain('15 Jan 2025, 10:00 UTC · Avery Field proposed it');
    expect(topActions(card)).toEqual([['Accept', VERBS.acceptHandoff]]);
    expect(card.refresh).toBeUndefined();
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

  it('accepted, for the owner: "Complete" and "Hand back" with a required reason of 500 characters at most', () => {
    const card = handoffWorkflowCard(scenario('accepted, for the owner'));
    expect(lines(card)).toContain(
      'You own it: complete it when it is done, or hand it back with a reason.',
    );
    expect(lines(card).some((line) => line.startsWith('Owned by'))).toBe(false);
    expect(topActions(card)).toEqual([
      ['Complete', VERBS.completeHandoff],
      ['Hand back', VERBS.handBackHandoff],
    ]);
    expect(inputsOf(card).get('reason')).toMatchObject({
      type: 'Input.Text',
      isRequired: true,
      maxLength: 500,
      value: '',
    });
    // "Complete" neither sends nor requires the reason; "Hand back" does.
    expect(actionWithVerb(card, VERBS.completeHandoff)).toMatchObject({
      associatedInputs: 'none',
      fallback: { associatedInputs: 'none' },
    });
    expect(actionWithVerb(card, VERBS.handBackHandoff)?.associatedInputs).toBeUndefined();
    expect(card.refresh).toMatchObject({ userIds: [OWNER.id] });
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
    const card = handoffWorkflowCard(scenario('worst case'));
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

  it("lists each with its status, the reader's part, the owner persona and where it was posted", () => {
    const card = myHandoffsCard(MY_HANDOFFS_SCENARIOS[1]!);
    expect(lines(card)).toEqual([
      'Your open handoffs',
      'Contoso',
      'Accepted · You own it',
      'Recommended owner: Customer Success Account Manager (CSAM)',
      'Posted in Contoso account team › Capacity',
      'Dana Lee accepted it, 15 Jan 2025, 10:01 UTC',
      'Contoso',
      'Proposed: waiting for someone to accept it · You proposed it',
      'Recommended owner: Customer Success Account Manager (CSAM)',
      'Posted in Contoso account team › Capacity',
      'Avery Field proposed it, 15 Jan 2025, 10:00 UTC',
    ]);
  });

  it('lists fifteen and says how many more there are', () => {
    const card = myHandoffsCard(MY_HANDOFFS_SCENARIOS[2]!);
    expect(cardObjects(card).filter(({ kind }) => kind === 'Container')).toHaveLength(15);
    expect(lines(card).at(-1)).toBe('…and 25 more, changed longer ago.');
  });

  it('carries no actions and no payloads', () => {
    const card = myHandoffsCard(MY_HANDOFFS_SCENARIOS[1]!);
    expect(stringsIn(card).filter(({ where }) => where === 'data')).toEqual([]);
  });
});

describe('CardActionData: the handoff verbs', () => {
  const handoffId = 'h0123456789abcdef0123';
  it.each([
    { verb: VERBS.acceptHandoff, handoffId },
    { verb: VERBS.completeHandoff, handoffId },
    { verb: VERBS.handBackHandoff, handoffId, reason: 'busy' },
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
