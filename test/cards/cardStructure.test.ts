import {
  answerCard,
  conditionalResultCard,
  factsFormCard,
  handoffCard,
  handoffWorkflowCard,
  myHandoffsCard,
  noAnswerCard,
  postHandoffCard,
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
  CONDITIONAL_SCENARIOS,
  DECIDED_SCENARIOS,
  FORM_SCENARIOS,
  MY_HANDOFFS_SCENARIOS,
  NO_ANSWER_QUESTIONS,
  PARTNER_SCENARIOS,
  PLACE_SCENARIOS,
  WORKFLOW_SCENARIOS,
} from './support/scenarios';

expectNoConsoleOutput();

/** Every card the bot sends, expanded with typical and worst-case data. */
const CARDS: [string, () => AdaptiveCardJson][] = [
  ['welcome', () => welcomeCard()],
  ...[...DECIDED_SCENARIOS, ...PARTNER_SCENARIOS].flatMap(
    ({ name, facts, recommendation }): [string, () => AdaptiveCardJson][] => [
      [`result (${name})`, () => resultCard({ facts, recommendation })],
      [`handoff (${name})`, () => handoffCard({ facts, recommendation })],
    ],
  ),
  ...CONDITIONAL_SCENARIOS.map(({ name, facts, answer }): [string, () => AdaptiveCardJson] => [
    `conditional result (${name})`,
    () => conditionalResultCard({ facts, answer }),
  ]),
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
  ...WORKFLOW_SCENARIOS.map(({ name, input }): [string, () => AdaptiveCardJson] => [
    `handoff workflow (${name})`,
    () => handoffWorkflowCard(input),
  ]),
  ...PLACE_SCENARIOS.flatMap(({ name, places }): [string, () => AdaptiveCardJson][] => {
    const worst = DECIDED_SCENARIOS[2]!;
    const partner = PARTNER_SCENARIOS[0]!;
    return [
      [
        `postHandoff (${name}, a partner's own request)`,
        () => postHandoffCard({ ...partner, places }),
      ],
      [`postHandoff (${name})`, () => postHandoffCard({ ...worst, places })],
      [
        `postHandoff (${name}, with a problem, one chosen)`,
        () =>
          postHandoffCard({
            ...worst,
            places,
            problem: "I'm no longer in that place, or it was removed.",
            chosen: places[0]?.id,
          }),
      ],
      [
        `postHandoff (${name}, posted)`,
        () => postHandoffCard({ ...worst, places, postedIn: places[0]?.name ?? 'a chat' }),
      ],
    ];
  }),
  ...MY_HANDOFFS_SCENARIOS.map(({ name, handoffs, reader }): [string, () => AdaptiveCardJson] => [
    `myHandoffs (${name})`,
    () => myHandoffsCard({ handoffs, reader }),
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
