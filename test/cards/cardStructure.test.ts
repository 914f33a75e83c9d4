import {
  answerCard,
  factsFormCard,
  handoffCard,
  noAnswerCard,
  resultCard,
  welcomeCard,
  type AdaptiveCardJson,
} from '../../src/cards';
import {
  activityBytes,
  adaptiveCardsEvents,
  executeProblems,
  inputProblems,
  TEAMS_MESSAGE_LIMIT_BYTES,
  teamsProblems,
} from './support/cardChecks';
import { expectNoConsoleOutput } from './support/quietConsole';
import {
  ANSWER_SCENARIOS,
  DECIDED_SCENARIOS,
  FORM_SCENARIOS,
  NO_ANSWER_QUESTIONS,
} from './support/scenarios';

expectNoConsoleOutput();

/** Every card the bot sends, expanded with typical and worst-case data. */
const CARDS: [string, () => AdaptiveCardJson][] = [
  ['welcome', () => welcomeCard()],
  ...DECIDED_SCENARIOS.flatMap(
    ({ name, facts, recommendation }): [string, () => AdaptiveCardJson][] => [
      [`result (${name})`, () => resultCard({ facts, recommendation })],
      [`handoff (${name})`, () => handoffCard({ facts, recommendation })],
    ],
  ),
  ...FORM_SCENARIOS.map(({ name, ...input }): [string, () => AdaptiveCardJson] => [
    `factsForm (${name})`,
    () => factsFormCard(input),
  ]),
  ...ANSWER_SCENARIOS.map(({ name, question, results }): [string, () => AdaptiveCardJson] => [
    `answer (${name})`,
    () => answerCard({ question, results }),
  ]),
  ...NO_ANSWER_QUESTIONS.map((question): [string, () => AdaptiveCardJson] => [
    `noAnswer (${question.slice(0, 30)})`,
    () => noAnswerCard({ question }),
  ]),
];

describe.each(CARDS)('%s', (_name, render) => {
  const card = render();

  it('is an Adaptive Card 1.5', () => {
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
  });

  it('parses with the adaptivecards library at 1.5 with no parse or validation events', () => {
    expect(adaptiveCardsEvents(card)).toEqual([]);
  });

  it('uses only element types and properties Teams supports', () => {
    expect(teamsProblems(card)).toEqual([]);
  });

  it('pairs every Action.Execute with a verb and an Action.Submit fallback', () => {
    expect(executeProblems(card)).toEqual([]);
  });

  it('prefills inputs with values they accept and toggles only elements that exist', () => {
    expect(inputProblems(card)).toEqual([]);
  });

  it('fits in a Teams message', () => {
    expect(activityBytes(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
  });

  it('leaves no template expression unexpanded', () => {
    // Scenario data here holds no "${", so any left is a field the template names but the data lacks.
    const withoutUserText = JSON.stringify(card)
      .replaceAll('${account}', '')
      .replaceAll('${1+1}', '');
    expect(withoutUserText).not.toContain('${');
  });
});
