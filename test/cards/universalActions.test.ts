import { withSubmitFallbacks } from '../../src/cards/universalActions';
import { expectNoConsoleOutput } from './support/quietConsole';

expectNoConsoleOutput();

describe('withSubmitFallbacks: the one place Action.Execute gets its Action.Submit fallback', () => {
  it('puts the verb in the data and adds a fallback with the same title and data', () => {
    const card = {
      type: 'AdaptiveCard',
      actions: [
        {
          type: 'Action.Execute',
          title: 'Edit',
          verb: 'editAnswers',
          data: { facts: { vmSkus: 3 } },
        },
      ],
    };
    const data = { facts: { vmSkus: 3 }, verb: 'editAnswers' };
    expect(withSubmitFallbacks(card).actions[0]).toEqual({
      type: 'Action.Execute',
      title: 'Edit',
      verb: 'editAnswers',
      data,
      fallback: { type: 'Action.Submit', title: 'Edit', data },
    });
  });

  it('finds actions nested anywhere in the card, and gives data-less actions the verb alone', () => {
    const card = {
      body: [
        {
          type: 'ActionSet',
          actions: [{ type: 'Action.Execute', title: 'Go', verb: 'startOver' }],
        },
      ],
    };
    const [set] = withSubmitFallbacks(card).body;
    expect(set?.actions[0]).toMatchObject({
      data: { verb: 'startOver' },
      fallback: { type: 'Action.Submit', data: { verb: 'startOver' } },
    });
  });

  it('gives the fallback the same associatedInputs, so it sends and requires the same inputs', () => {
    const card = {
      actions: [
        {
          type: 'Action.Execute',
          title: 'Done',
          verb: 'completeHandoff',
          associatedInputs: 'none',
        },
      ],
    };
    expect(withSubmitFallbacks(card).actions[0]).toHaveProperty('fallback', {
      type: 'Action.Submit',
      title: 'Done',
      data: { verb: 'completeHandoff' },
      associatedInputs: 'none',
    });
  });

  it('leaves action data alone, even when it looks like an action', () => {
    const data = { nested: { type: 'Action.Execute', title: 'not an action' } };
    const card = { type: 'Action.Submit', title: 'Send', data };
    expect(withSubmitFallbacks(card)).toEqual(card);
  });

  it('refuses an Action.Execute without a verb', () => {
    expect(() => withSubmitFallbacks({ type: 'Action.Execute', title: 'Go' })).toThrow(
      '"Go" needs a verb',
    );
  });
});
