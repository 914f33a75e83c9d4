import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
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
import { recommend } from '../../src/rubric';
import { simpleFacts } from '../support/facts';
import { expectNoConsoleOutput } from './support/quietConsole';
import type { RenderedSummary } from './support/renderCardsMain';
import {
  ANSWER_SCENARIOS,
  DATE_MACRO,
  DECIDED_SCENARIOS,
  HOSTILE_PERSON,
  HOSTILE_TEXT,
  MY_HANDOFFS_SCENARIOS,
  PLACE_SCENARIOS,
  WORKFLOW_SCENARIOS,
} from './support/scenarios';

expectNoConsoleOutput();

const ROOT = join(__dirname, '../..');
const RENDERER = join(__dirname, 'support/renderCardsMain.ts');

/** Renders the cards with the adaptivecards HTML renderer (as web hosts do), in a child process. */
function renderAll(cards: AdaptiveCardJson[]): { rendered: RenderedSummary[]; logged: string[] } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', RENDERER], {
    cwd: ROOT,
    input: JSON.stringify(cards),
    encoding: 'utf8',
    // stderr too: a warning from the child must not reach the test run's output.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return JSON.parse(output) as { rendered: RenderedSummary[]; logged: string[] };
}

const worst = DECIDED_SCENARIOS.find(({ name }) => name.startsWith('worst case'))!;
const hostileFacts = simpleFacts({ account: HOSTILE_TEXT });

const CARDS: [string, AdaptiveCardJson][] = [
  ['welcome', welcomeCard()],
  ['result', resultCard(worst)],
  ['handoff', handoffCard(worst)],
  ['factsForm', factsFormCard({ facts: worst.facts, verb: VERBS.submitFacts })],
  ['answer', answerCard(ANSWER_SCENARIOS[1]!)],
  ['noAnswer', noAnswerCard({ question: 'why?' })],
  [
    'result with hostile account',
    resultCard({ facts: hostileFacts, recommendation: recommend(hostileFacts) }),
  ],
  [
    'handoff workflow, hostile names, for the owner',
    handoffWorkflowCard(
      WORKFLOW_SCENARIOS.find(({ name }) => name.startsWith('worst case: longest names'))!.input,
    ),
  ],
  [
    'handoff workflow, reassigned to a hostile name, for everyone',
    handoffWorkflowCard(
      WORKFLOW_SCENARIOS.find(({ name }) => name.startsWith('worst case: reassigned'))!.input,
    ),
  ],
  ['postHandoff', postHandoffCard({ ...worst, places: PLACE_SCENARIOS[1]!.places })],
  ['myHandoffs', myHandoffsCard(MY_HANDOFFS_SCENARIOS[1]!)],
];

describe('cards in the adaptivecards HTML renderer (jsdom)', () => {
  let rendered: Map<string, RenderedSummary>;
  let logged: string[];

  beforeAll(() => {
    const output = renderAll(CARDS.map(([, card]) => card));
    rendered = new Map(CARDS.map(([name], index) => [name, output.rendered[index]!]));
    logged = output.logged;
  }, 30_000);

  it('renders every card, with nothing logged', () => {
    for (const [name] of CARDS) expect(rendered.get(name)?.text).not.toBe('');
    expect(logged).toEqual([]);
  });

  it('turns resource links into links people can open', () => {
    const hrefs = rendered.get('result')?.hrefs;
    for (const link of worst.recommendation.resources) expect(hrefs).toContain(link.url);
  });

  it('shows user text literally where the host renders markdown', () => {
    const card = rendered.get('result with hostile account')!;
    const [beforeDate, afterDate] = HOSTILE_TEXT.split(DATE_MACRO);
    expect(card.text).toContain(beforeDate);
    expect(card.text).toContain(afterDate);
    expect(card.hrefs).not.toContain('http://x');
    expect(card.strongTexts).not.toContain('bold');
  });

  it("shows names and reasons on the handoff card literally, and the owner's actions", () => {
    const card = rendered.get('handoff workflow, hostile names, for the owner')!;
    const [beforeDate] = HOSTILE_PERSON.name.split(DATE_MACRO);
    expect(card.text).toContain(beforeDate);
    expect(card.hrefs).not.toContain('http://x');
    expect(card.strongTexts).not.toContain('bold');
    for (const shown of ['Complete', 'Hand back', 'Reassign']) {
      expect(card.text).toContain(shown);
    }
  });

  it('shows the @mention of a person with markup in their name as plain words', () => {
    const card = rendered.get('handoff workflow, reassigned to a hostile name, for everyone')!;
    expect(card.text).toContain('it is yours to accept or decline');
    expect(card.hrefs).not.toContain('http://x');
    expect(card.strongTexts).not.toContain('bold');
  });

  it('a rendered place picker lists the places by name, with none chosen yet', () => {
    const picker = rendered.get('postHandoff')!;
    expect(picker.text).toContain('Contoso capacity review');
    expect(picker.text).toContain('Contoso account team › General');
    expect(picker.inputs.placeId).toBeUndefined();
  });

  it('known host behaviour: the renderer formats an exact {{DATE(...)}} even in a text run', () => {
    // The card's JSON keeps it literal (see userText.test.ts); no card property turns this off.
    expect(rendered.get('result with hostile account')?.text).not.toContain(DATE_MACRO);
  });

  it('a rendered form submits what it shows, and that reads back as the same facts', () => {
    const { inputs } = rendered.get('factsForm')!;
    expect(readFactsForm({ verb: VERBS.submitFacts, ...inputs })).toEqual({
      ok: true,
      facts: worst.facts,
    });
  });
});
