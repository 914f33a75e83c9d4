import type { AdaptiveCardJson, JsonValue } from '../../src/cards';
import {
  adaptiveCardsEvents,
  executeProblems,
  inputProblems,
  teamsProblems,
} from './support/cardChecks';
import { expectNoConsoleOutput } from './support/quietConsole';

expectNoConsoleOutput();

const card = (body: JsonValue[], actions: JsonValue[] = []): AdaptiveCardJson => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body,
  actions,
});

describe('the card checks catch what they are for', () => {
  it.each<[string, AdaptiveCardJson, string]>([
    ['Media', card([{ type: 'Media', sources: [] }]), 'Media is not on the Teams allow-list'],
    [
      'a link inside a text run',
      card([
        {
          type: 'RichTextBlock',
          inlines: [
            {
              type: 'TextRun',
              text: 'x',
              selectAction: { type: 'Action.OpenUrl', url: 'https://x' },
            },
          ],
        },
      ]),
      'TextRun.selectAction',
    ],
    [
      'a destructive button',
      card([], [{ type: 'Action.Submit', title: 'x', style: 'destructive' }]),
      'Action.Submit.style',
    ],
    [
      'seven buttons',
      card([], Array(7).fill({ type: 'Action.Submit', title: 'x' })),
      'more than 6 actions',
    ],
  ])('the Teams allow-list rejects %s', (_name, bad, problem) => {
    expect(teamsProblems(bad).join('\n')).toContain(problem);
  });

  it('the adaptivecards library reports unknown elements, bad values and duplicate ids', () => {
    const bad = card([
      { type: 'Bogus' },
      { type: 'TextBlock', text: 'x', color: 'reddish' },
      { type: 'Input.Text', id: 'a' },
      { type: 'Input.Text', id: 'a' },
    ]);
    expect(adaptiveCardsEvents(bad).join('\n')).toMatch(/Bogus[\s\S]*reddish[\s\S]*Duplicate Id/);
  });

  it.each<[string, JsonValue, string]>([
    ['no verb', { type: 'Action.Execute', title: 'x' }, 'verb undefined'],
    [
      'no fallback',
      { type: 'Action.Execute', title: 'x', verb: 'ask', data: { verb: 'ask' } },
      'needs an Action.Submit fallback',
    ],
    [
      'a fallback with other data',
      {
        type: 'Action.Execute',
        title: 'x',
        verb: 'ask',
        data: { verb: 'ask', question: 'a' },
        fallback: { type: 'Action.Submit', title: 'x', data: { verb: 'ask' } },
      },
      'fallback data differs',
    ],
  ])('the Action.Execute check rejects %s', (_name, action, problem) => {
    expect(executeProblems(card([], [action])).join('\n')).toContain(problem);
  });

  it.each<[string, JsonValue, string]>([
    ['text in a number input', { type: 'Input.Number', id: 'n', value: '3' }, 'must be a number'],
    [
      'a toggle neither on nor off',
      { type: 'Input.Toggle', id: 't', title: 't', value: 'yes' },
      'neither on nor off',
    ],
    [
      'a value that is not a choice',
      { type: 'Input.ChoiceSet', id: 'c', choices: [{ title: 'A', value: 'a' }], value: 'b' },
      'not a choice',
    ],
    [
      'a toggle aimed at nothing',
      {
        type: 'ActionSet',
        actions: [{ type: 'Action.ToggleVisibility', title: 'x', targetElements: ['gone'] }],
      },
      'no element gone',
    ],
  ])('the input check rejects %s', (_name, element, problem) => {
    expect(inputProblems(card([element])).join('\n')).toContain(problem);
  });
});
