import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
// The three modules the dialog stack needs, not the package index: the index also loads the
// date-time recognizers and their culture data (+300 ms and ~50 MiB at start) for prompts the bot
// never uses. botbuilder-dialogs has no `exports` map, and the version is pinned in package.json.
import { Dialog, type DialogTurnResult } from 'botbuilder-dialogs/lib/dialog';
import type { DialogContext, DialogState } from 'botbuilder-dialogs/lib/dialogContext';
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
import { z } from 'zod';
import { QuestionsState } from '../app/state';

export const QUALIFYING_DIALOG = 'qualifyingDialog';

/**
 * The qualifying questions on botbuilder's dialog stack. The application decides every step
 * (what to ask, how to read an answer, back, skip, start over); the dialog holds where the
 * questions have got to, as the stack's active instance, between turns.
 */
class QualifyingDialog extends Dialog<QuestionsState> {
  constructor() {
    super(QUALIFYING_DIALOG);
  }

  override async beginDialog(dc: DialogContext, state?: QuestionsState): Promise<DialogTurnResult> {
    dc.activeDialog!.state = state;
    return Dialog.EndOfTurn;
  }

  override async continueDialog(): Promise<DialogTurnResult> {
    return Dialog.EndOfTurn;
  }
}

/** The dialog stack of one turn, and the questions it holds. */
export interface QuestionsOnStack {
  readonly questions: QuestionsState | undefined;
  /** the stack held something this version cannot read (a stack of older dialogs, a forged one) */
  readonly unreadable: boolean;
  /** puts the application's questions on the stack: null ends them */
  keep(questions: QuestionsState | null | undefined): Promise<void>;
  /** the stack as it is to be stored */
  readonly dialogState: DialogState;
}

/** Runs the qualifying dialog over the stack stored with the conversation. */
export class QualifyingDialogRunner {
  private readonly dialogs: DialogSet;
  private readonly stacks = new WeakMap<TurnContext, DialogState>();

  constructor() {
    this.dialogs = new DialogSet(new StackAccessor(this.stacks));
    this.dialogs.add(new QualifyingDialog());
  }

  async open(context: TurnContext, stored: unknown): Promise<QuestionsOnStack> {
    const parsed = stored === undefined ? undefined : StoredStack.safeParse(stored);
    const unreadable = parsed !== undefined && !parsed.success;
    const dialogState: DialogState = { dialogStack: parsed?.data?.dialogStack ?? [] };
    this.stacks.set(context, dialogState);
    return {
      questions: parsed?.data?.dialogStack[0]?.state,
      unreadable,
      dialogState,
      keep: async (questions) => {
        if (questions === undefined) return;
        const active = dialogState.dialogStack[0];
        if (questions === null && !active) return;
        // Moving on within the questions is the active instance's state, as DialogContext's
        // activeDialog sets it; the context (costly to build) only begins and ends them.
        if (questions !== null && active) {
          active.state = questions;
          return;
        }
        const dc = await this.dialogs.createContext(context);
        if (questions === null) await dc.cancelAllDialogs();
        else await dc.beginDialog(QUALIFYING_DIALOG, questions);
      },
    };
  }
}

/** The stack lives with the rest of the conversation's state, which the translator loads. */
class StackAccessor implements StatePropertyAccessor<DialogState> {
  constructor(private readonly stacks: WeakMap<TurnContext, DialogState>) {}

  get(context: TurnContext): Promise<DialogState | undefined>;
  get(context: TurnContext, fallback: DialogState): Promise<DialogState>;
  async get(context: TurnContext, fallback?: DialogState): Promise<DialogState | undefined> {
    return this.stacks.get(context) ?? fallback;
  }

  async set(context: TurnContext, value: DialogState): Promise<void> {
    this.stacks.set(context, value);
  }

  async delete(context: TurnContext): Promise<void> {
    this.stacks.delete(context);
  }
}

/** The stack as stored: at most the qualifying dialog, holding the questions' state. */
const StoredStack = z.object({
  dialogStack: z
    .array(z.object({ id: z.literal(QUALIFYING_DIALOG), state: QuestionsState }))
    .max(1)
    .default([]),
});
