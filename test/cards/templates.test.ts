import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoConsoleOutput } from './support/quietConsole';

expectNoConsoleOutput();

type Templating = typeof import('adaptivecards-templating');
type Cards = typeof import('../../src/cards');

describe('templates', () => {
  it('are parsed once, when the cards module loads, not per card', () => {
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
      const loaded = constructed.mock.calls.length;
      cards.welcomeCard();
      cards.welcomeCard();
      cards.noAnswerCard({ question: 'why?' });
      cards.factsFormCard({ facts: {}, verb: cards.VERBS.submitFacts });
      expect(constructed).toHaveBeenCalledTimes(loaded);
      expect(loaded).toBe(readdirSync(join(__dirname, '../../cards')).length);
    });
  });
});
