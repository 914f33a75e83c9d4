import { type Activity, TestAdapter, TurnContext } from 'botbuilder';
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
import type { QuestionsState } from '../../src/app/state';
import { QUALIFYING_DIALOG, QualifyingDialogRunner } from '../../src/teams/qualifyingDialog';

const started: QuestionsState = {
  scope: 'capacity',
  facts: {},
  declined: [],
  unknown: [],
  history: [],
};
const movedOn: QuestionsState = { ...started, facts: { supportContract: true } };

function turn(): TurnContext {
  const activity: Partial<Activity> = { type: 'message', text: 'yes', channelId: 'msteams' };
  return new TurnContext(new TestAdapter(), activity);
}
const stored = (state: QuestionsState) => ({ dialogStack: [{ id: QUALIFYING_DIALOG, state }] });

let createContext: jest.SpyInstance;
beforeEach(() => {
  createContext = jest.spyOn(DialogSet.prototype, 'createContext');
});
afterEach(() => {
  createContext.mockRestore();
});

describe('the qualifying dialog on the stack', () => {
  it('begins the questions as the dialog stack begins a dialog', async () => {
    const stack = await new QualifyingDialogRunner().open(turn(), undefined);
    expect(stack.questions).toBeUndefined();
    await stack.keep(started);
    expect(stack.dialogState.dialogStack).toEqual([
      expect.objectContaining({ id: QUALIFYING_DIALOG, state: started }),
    ]);
    expect(createContext).toHaveBeenCalledTimes(1);
  });

  it('moves on within the questions in the active instance, without building a dialog context', async () => {
    const stack = await new QualifyingDialogRunner().open(turn(), stored(started));
    expect(stack.questions).toEqual(started);
    await stack.keep(movedOn);
    expect(stack.dialogState.dialogStack).toEqual([{ id: QUALIFYING_DIALOG, state: movedOn }]);
    expect(createContext).not.toHaveBeenCalled();
  });

  it('ends the questions by emptying the stack, and leaves an empty one alone', async () => {
    const active = await new QualifyingDialogRunner().open(turn(), stored(started));
    await active.keep(null);
    expect(active.dialogState.dialogStack).toEqual([]);
    expect(createContext).toHaveBeenCalledTimes(1);

    const empty = await new QualifyingDialogRunner().open(turn(), undefined);
    await empty.keep(null);
    await empty.keep(undefined);
    expect(empty.dialogState.dialogStack).toEqual([]);
    expect(createContext).toHaveBeenCalledTimes(1);
  });

  it('says when the stored stack cannot be read, and starts from an empty one', async () => {
    const forged = { dialogStack: [{ id: 'someOtherDialog', state: {} }] };
    const stack = await new QualifyingDialogRunner().open(turn(), forged);
    expect(stack.unreadable).toBe(true);
    expect(stack.questions).toBeUndefined();
    expect(stack.dialogState.dialogStack).toEqual([]);
  });
});
