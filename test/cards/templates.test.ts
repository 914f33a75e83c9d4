import { expectNoConsoleOutput } from './support/quietConsole';

expectNoConsoleOutput();

type Templating = typeof import('adaptivecards-templating');
type Cards = typeof import('../../src/cards');

describe('templates', () => {
  it('are parsed once each, when first expanded: not when the cards module loads, not per card', () => {
    const constructed = jest.fn();
    jest.isolateModules(() => {
      jest.doMock('adaptivecards-templating', () => {
        const actual = jest.requireActual<Templating>('adaptivecards-templating');
        return {
          ...actual,
          Template: constructed.mockImplementation(
            (payload: unknown) => new actual.Template(payload),
          ),
        };
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const cards = require('../../src/cards') as Cards;
      expect(constructed).not.toHaveBeenCalled();
      cards.welcomeCard();
      cards.welcomeCard();
      cards.noAnswerCard({ question: 'why?' });
      cards.factsFormCard({ facts: {}, verb: cards.VERBS.submitFacts });
      expect(constructed).toHaveBeenCalledTimes(3);
      cards.noAnswerCard({ question: 'and now?' });
      cards.welcomeCard();
      expect(constructed).toHaveBeenCalledTimes(3);
    });
  });
});
