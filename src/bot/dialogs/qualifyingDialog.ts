import { type Activity, ActivityTypes, MessageFactory } from 'botbuilder';
import {
  Dialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { type FactPath, factsStillNeeded, type PartialFacts } from '../../rubric';
import {
  QUESTIONS,
  recognizeCommand,
  understandAnswer,
  understandDescription,
} from '../../understanding';
import { describeAnswerProblem } from '../../words/understanding';
import { withFact, withoutFact } from './factEdits';
import { readQualifyingState } from './qualifyingState';
import { DIALOG_WORDS } from './words';

export const QUALIFYING_DIALOG = 'qualifyingDialog';

/** Where the questions have got to; kept in the dialog state, so a restart resumes here. */
export interface QualifyingState {
  facts: PartialFacts;
  /** ask the partner questions too */
  partner: boolean;
  /** facts the person chose not to give */
  declined: FactPath[];
  /** facts answered in this dialog, in order, so "back" can undo the last one */
  answered: FactPath[];
  /** the fact the open question asks for */
  asking?: FactPath;
}

/** What the dialog ends with: facts enough for the rubric to decide. */
export interface QualifyingResult {
  facts: PartialFacts;
  partner: boolean;
}

/**
 * Asks, one at a time, only the facts the rubric still needs (it says which), understands typed
 * answers, re-asks with the allowed values when an answer can't be used, and honours
 * "cancel", "start over", "back" and "help" at any question.
 *
 * One dialog with one small state rather than a waterfall of prompts: each turn reads the
 * answer, records it and asks the next question, and the stored state is only the facts so far.
 */
export class QualifyingDialog extends Dialog<QualifyingState> {
  constructor() {
    super(QUALIFYING_DIALOG);
  }

  override async beginDialog(
    dc: DialogContext,
    options?: QualifyingState,
  ): Promise<DialogTurnResult> {
    return this.askNext(dc, options ?? freshState(false));
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    // Only messages answer a question; anything else leaves it open.
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const state = readQualifyingState(dc.activeDialog?.state);
    if (!state) {
      // Nothing usable was stored for this dialog: begin again rather than guess.
      await dc.context.sendActivity(plain(DIALOG_WORDS.startingOver));
      return dc.replaceDialog(QUALIFYING_DIALOG, freshState(false));
    }
    const text = activity.text ?? '';
    const command = recognizeCommand(text);
    switch (command?.command) {
      case 'cancel':
        await dc.context.sendActivity(plain(DIALOG_WORDS.cancelled));
        return dc.cancelAllDialogs();
      case 'startOver':
        await dc.context.sendActivity(plain(DIALOG_WORDS.startingOver));
        return dc.replaceDialog(QUALIFYING_DIALOG, freshState(state.partner));
      case 'back': {
        const last = state.answered.at(-1);
        if (!last) {
          await dc.context.sendActivity(plain(DIALOG_WORDS.nothingToUndo));
          return this.askAgain(dc.context, state);
        }
        return this.askNext(dc, {
          ...state,
          facts: withoutFact(state.facts, last),
          declined: state.declined.filter((fact) => fact !== last),
          answered: state.answered.slice(0, -1),
        });
      }
      case 'help':
        await dc.context.sendActivity(plain(DIALOG_WORDS.help));
        return this.askAgain(dc.context, state);
      case 'assess':
      case 'partner': {
        // "partner" is also an answer (who is asking?): an answer wins over a restart.
        if (state.asking && understandAnswer(state.asking, text).ok) break;
        const described = understandDescription(command.rest);
        const partner = command.command === 'partner' || described.partnerAsked;
        await dc.context.sendActivity(plain(DIALOG_WORDS.startingOver));
        return dc.replaceDialog(QUALIFYING_DIALOG, freshState(partner, described.facts));
      }
      default:
        break; // other commands ("skip", …) are answers to the question
    }
    return this.recordAnswer(dc, state, text);
  }

  /** The question asked again as it was first asked (after "help", or when the dialog is resumed). */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = readQualifyingState(instance.state);
    if (state) await this.askAgain(context, state);
  }

  private async recordAnswer(
    dc: DialogContext,
    state: QualifyingState,
    text: string,
  ): Promise<DialogTurnResult> {
    const fact = state.asking;
    if (!fact) return this.askNext(dc, state);
    const answer = understandAnswer(fact, text);
    if (!answer.ok) {
      // The retry names what was wrong and what is allowed, then asks again.
      await dc.context.sendActivity(
        questionActivity(fact, undefined, describeAnswerProblem(fact, answer.problem)),
      );
      return Dialog.EndOfTurn;
    }
    const answered = [...state.answered, fact];
    return this.askNext(
      dc,
      'declined' in answer
        ? { ...state, declined: [...state.declined, fact], answered }
        : { ...state, facts: withFact(state.facts, fact, answer.value), answered },
    );
  }

  /** Asks the first fact the rubric still needs, or ends with the facts when it needs none. */
  private async askNext(dc: DialogContext, state: QualifyingState): Promise<DialogTurnResult> {
    const needed = stillNeeded(state);
    const fact = needed[0];
    if (!fact) {
      const result: QualifyingResult = { facts: state.facts, partner: state.partner };
      return dc.endDialog(result);
    }
    dc.activeDialog!.state = { ...state, asking: fact } satisfies QualifyingState;
    await dc.context.sendActivity(questionActivity(fact, needed.length));
    return Dialog.EndOfTurn;
  }

  private async askAgain(context: TurnContext, state: QualifyingState): Promise<DialogTurnResult> {
    const needed = stillNeeded(state);
    const fact = state.asking ?? needed[0];
    if (fact) await context.sendActivity(questionActivity(fact, needed.length));
    return Dialog.EndOfTurn;
  }
}

function stillNeeded(state: QualifyingState): FactPath[] {
  return factsStillNeeded(state.facts, { partner: state.partner, declined: state.declined });
}

export function freshState(partner: boolean, facts: PartialFacts = {}): QualifyingState {
  return { facts, partner, declined: [], answered: [] };
}

function questionActivity(fact: FactPath, remaining?: number, problem?: string): Partial<Activity> {
  const question = QUESTIONS[fact];
  const lines = [
    problem,
    question.prompt,
    remaining !== undefined && remaining > 1 ? DIALOG_WORDS.remaining(remaining) : undefined,
  ].filter((line): line is string => Boolean(line));
  const text = lines.join('\n\n');
  const activity = question.choices
    ? MessageFactory.suggestedActions(
        question.choices.map((choice) => choice.title),
        text,
      )
    : MessageFactory.text(text);
  return { ...activity, textFormat: 'plain' };
}

function plain(text: string): Partial<Activity> {
  return { ...MessageFactory.text(text), textFormat: 'plain' };
}
