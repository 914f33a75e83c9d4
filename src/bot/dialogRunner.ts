import type { TurnContext } from 'botbuilder';
import {
  type DialogContext,
  DialogSet,
  type DialogStateManagerConfiguration,
  DialogTurnStatus,
} from 'botbuilder-dialogs';
import type { PartialFacts } from '../rubric';
import {
  freshState,
  QUALIFYING_DIALOG,
  QualifyingDialog,
  type QualifyingResult,
} from './dialogs/qualifyingDialog';
import type { BotState } from './state';

// botbuilder-dialogs assembles the memory scopes of a dialog context's state manager on every
// turn and keeps them in turnState under this key. They hold no turn's data, so the set built on
// the first turn is handed to every later one.
const STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

/** Runs the qualifying dialog in personal chat and says when it has finished. */
export class DialogRunner {
  private readonly dialogs: DialogSet;
  private stateManagerConfiguration: DialogStateManagerConfiguration | undefined;

  constructor(state: BotState) {
    this.dialogs = new DialogSet(state.dialogState);
    this.dialogs.add(new QualifyingDialog());
  }

  /** Starts the questions afresh (any dialog under way is dropped). */
  async start(
    context: TurnContext,
    options: { partner: boolean; facts?: PartialFacts },
  ): Promise<QualifyingResult | undefined> {
    const dc = await this.createContext(context);
    await dc.cancelAllDialogs();
    const result = await dc.beginDialog(
      QUALIFYING_DIALOG,
      freshState(options.partner, options.facts),
    );
    return completed(result.status, result.result);
  }

  /**
   * Hands the message to the dialog under way: undefined when none is, else what it finished
   * with (`finished` is absent while questions remain or when it was cancelled).
   */
  async continueActive(
    context: TurnContext,
  ): Promise<{ finished: QualifyingResult | undefined } | undefined> {
    const dc = await this.createContext(context);
    if (dc.activeDialog === undefined) return undefined;
    const result = await dc.continueDialog();
    return { finished: completed(result.status, result.result) };
  }

  private async createContext(context: TurnContext): Promise<DialogContext> {
    if (this.stateManagerConfiguration) {
      context.turnState.set(STATE_MANAGER_CONFIGURATION, this.stateManagerConfiguration);
    }
    const dc = await this.dialogs.createContext(context);
    this.stateManagerConfiguration ??= dc.state.configuration;
    return dc;
  }
}

function completed(status: DialogTurnStatus, result: unknown): QualifyingResult | undefined {
  // Cancelled dialogs complete with no result.
  return status === DialogTurnStatus.complete && result ? (result as QualifyingResult) : undefined;
}
