import {
  answerCard,
  factsFormCard,
  handoffCard,
  handoffWorkflowCard,
  myHandoffsCard,
  noAnswerCard,
  postHandoffCard,
  readFactsForm,
  resultCard,
  VERBS,
  welcomeCard,
  type AdaptiveCardJson,
} from '../../src/cards';
import { applyAction, type HandoffRecord, proposeHandoff } from '../../src/handoffs';
import { ask } from '../../src/knowledge';
import { recommend } from '../../src/rubric';
import { formProblemText } from '../../src/words/forms';
import { simpleFacts } from '../support/facts';
import { actionWithVerb, stringsIn } from './support/cardChecks';
import { expectNoConsoleOutput } from './support/quietConsole';
import {
  HOSTILE_MARKERS,
  HOSTILE_PERSON,
  HOSTILE_TEXT,
  LONGEST_REASON,
  problemsOf,
} from './support/scenarios';
import { refusalMessage } from '../../src/words/handoffs';

expectNoConsoleOutput();

/** Where user text may sit: text runs (never markdown) and input values; action data is a payload. */
const LITERAL_PLACES = ['TextRun.text', 'Input.Text.value', 'data'];

/** Every place a marker of user text shows up in the card. */
function placesOf(card: AdaptiveCardJson): string[] {
  return stringsIn(card)
    .filter(({ value }) => HOSTILE_MARKERS.some((marker) => value.includes(marker)))
    .map(({ where }) => where);
}

function textRuns(card: AdaptiveCardJson): string[] {
  return stringsIn(card)
    .filter(({ where }) => where === 'TextRun.text')
    .map(({ value }) => value);
}

const facts = simpleFacts({ account: HOSTILE_TEXT, processCoordination: true });
const recommendation = recommend(facts);

/** A handoff where every piece of user text is hostile: account, names, reason, place. */
function hostileHandoff(): HandoffRecord {
  const record = proposeHandoff({
    id: 'h0123456789abcdef0123',
    facts,
    recommendation,
    postedIn: { conversationId: '19:x@thread.v2', name: HOSTILE_TEXT },
    by: HOSTILE_PERSON,
    now: new Date('2025-01-15T10:00:00Z'),
    requestId: 'propose',
  });
  const steps = [
    { action: 'accept' as const },
    { action: 'handBack' as const, reason: LONGEST_REASON },
    { action: 'accept' as const },
  ];
  return steps.reduce((current, request, index) => {
    const result = applyAction(current, request, HOSTILE_PERSON, new Date(0), `r${index}`);
    if (!result.ok) throw new Error(refusalMessage(result.refusal));
    return result.record;
  }, record);
}
const notice = `It is already accepted by ${HOSTILE_PERSON.name}.`;

describe('user text appears literally, never evaluated and never as markdown', () => {
  it('fits in an account name, so every card can be tried with it', () => {
    const parsed = readFactsForm({
      account: HOSTILE_TEXT,
      salesStage: 'postsales',
      supportContract: 'true',
      subscriptions: '1',
      regions: '1',
      vmSkus: '1',
      quotaGroupVcpus: '1',
      monthlySpendUsd: '1',
      gpuOrRestricted: 'false',
      processCoordination: 'false',
    });
    expect(parsed.ok && parsed.facts.account).toBe(HOSTILE_TEXT);
  });

  it('welcome: carries no user text and no unexpanded expression', () => {
    expect(placesOf(welcomeCard())).toEqual([]);
  });

  it('result: the account is one text run, unchanged, and rides along unchanged in "Edit answers"', () => {
    const card = resultCard({ facts, recommendation });
    expect(textRuns(card)).toContain(HOSTILE_TEXT);
    expect(new Set(placesOf(card))).toEqual(new Set(['TextRun.text', 'data']));
    expect(actionWithVerb(card, VERBS.editAnswers)?.data).toEqual({
      facts,
      verb: VERBS.editAnswers,
    });
  });

  it('handoff: the account is one text run, unchanged', () => {
    const card = handoffCard({ facts, recommendation });
    expect(textRuns(card)).toContain(HOSTILE_TEXT);
    expect(placesOf(card)).toEqual(['TextRun.text']);
  });

  it('facts form: the account prefills its input unchanged', () => {
    const card = factsFormCard({ facts: { account: HOSTILE_TEXT }, verb: 'submitFacts' });
    expect(stringsIn(card)).toContainEqual({ where: 'Input.Text.value', value: HOSTILE_TEXT });
    expect(placesOf(card)).toEqual(['Input.Text.value']);
  });

  it('facts form: values echoed in problem messages are text runs, unchanged', () => {
    const problems = problemsOf({
      account: HOSTILE_TEXT,
      salesStage: HOSTILE_MARKERS[0],
      regions: '**2**',
    });
    const card = factsFormCard({ facts: {}, problems, verb: 'submitFacts' });
    const messages = problems.map(formProblemText);
    for (const message of messages) expect(textRuns(card)).toContain(message);
    expect(messages.some((message) => message.includes('${account}'))).toBe(true);
    for (const where of placesOf(card)) expect(LITERAL_PLACES).toContain(where);
  });

  it('answer: the question asked is a text run, unchanged', () => {
    const result = ask('what is TPD');
    if (!result.answered) throw new Error('the knowledge base should answer "what is TPD"');
    const question = `what is TPD ${HOSTILE_TEXT}`;
    const card = answerCard({ question, results: result.results });
    expect(textRuns(card)).toContain(question);
    expect(placesOf(card)).toEqual(['TextRun.text']);
  });

  it('no answer: the echoed question is a text run, unchanged', () => {
    const card = noAnswerCard({ question: HOSTILE_TEXT });
    expect(textRuns(card)).toContain(HOSTILE_TEXT);
    expect(placesOf(card)).toEqual(['TextRun.text']);
  });

  it('handoff workflow: account, names, the reason and the notice are text runs, unchanged', () => {
    const record = hostileHandoff();
    for (const viewer of [undefined, HOSTILE_PERSON]) {
      const card = handoffWorkflowCard({ record, viewer, notice });
      const runs = textRuns(card);
      expect(runs).toContain(HOSTILE_TEXT);
      expect(runs).toContain(HOSTILE_PERSON.name);
      expect(runs).toContain(`: ${LONGEST_REASON}`);
      expect(runs).toContain(notice);
      expect(new Set(placesOf(card))).toEqual(new Set(['TextRun.text']));
    }
  });

  it('place picker: place names are choice titles, the account a text run, the facts ride along', () => {
    const card = postHandoffCard({
      facts,
      recommendation,
      places: [{ id: '19:x@thread.v2', name: HOSTILE_TEXT }],
    });
    expect(stringsIn(card)).toContainEqual({ where: 'Choice.title', value: HOSTILE_TEXT });
    expect(new Set(placesOf(card))).toEqual(new Set(['TextRun.text', 'Choice.title', 'data']));
    expect(actionWithVerb(card, VERBS.postHandoffTo)?.data).toEqual({
      facts,
      verb: VERBS.postHandoffTo,
    });
    const posted = postHandoffCard({ facts, recommendation, places: [], postedIn: HOSTILE_TEXT });
    expect(textRuns(posted)).toContain(HOSTILE_TEXT);
    expect(placesOf(posted)).toEqual(['TextRun.text', 'TextRun.text']);
  });

  it('my handoffs: accounts, names and places are text runs, unchanged', () => {
    const card = myHandoffsCard({ handoffs: [hostileHandoff()], reader: HOSTILE_PERSON });
    const runs = textRuns(card);
    expect(runs).toContain(HOSTILE_TEXT);
    // The latest change reads as one run: the name, what they did, when.
    expect(runs.some((run) => run.startsWith(`${HOSTILE_PERSON.name} accepted it, `))).toBe(true);
    expect(new Set(placesOf(card))).toEqual(new Set(['TextRun.text']));
  });

  it('result: "Post handoff" carries the facts unchanged', () => {
    expect(actionWithVerb(resultCard({ facts, recommendation }), VERBS.postHandoff)?.data).toEqual({
      verb: VERBS.postHandoff,
      facts,
    });
  });

  it.each(HOSTILE_MARKERS)('no TextBlock or FactSet on any card contains %s', (marker) => {
    const cards = [
      welcomeCard(),
      resultCard({ facts, recommendation }),
      handoffCard({ facts, recommendation }),
      factsFormCard({
        facts,
        problems: problemsOf({ account: HOSTILE_TEXT.repeat(2) }),
        verb: 'submitFacts',
      }),
      noAnswerCard({ question: HOSTILE_TEXT }),
      handoffWorkflowCard({ record: hostileHandoff(), viewer: HOSTILE_PERSON, notice }),
      postHandoffCard({ facts, recommendation, places: [{ id: 'x', name: HOSTILE_TEXT }] }),
      postHandoffCard({ facts, recommendation, places: [], postedIn: HOSTILE_TEXT }),
      myHandoffsCard({ handoffs: [hostileHandoff()], reader: HOSTILE_PERSON }),
    ];
    const rendered = cards.flatMap((card) =>
      stringsIn(card).filter(
        ({ where }) => where.startsWith('TextBlock.') || where.startsWith('Fact.'),
      ),
    );
    expect(rendered.filter(({ value }) => value.includes(marker))).toEqual([]);
  });
});
