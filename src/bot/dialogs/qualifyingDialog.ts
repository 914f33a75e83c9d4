import { type Activity, ActivityTypes, MessageFactory } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  type PromptValidatorContext,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { type FactPath, factsStillNeeded, type PartialFacts } from '../../rubric';
import {
  QUESTIONS,
  recognizeCommand,
  understandAnswer,
  understandDescription,
} from '../../understanding';
import { withFact, withoutFact } from './factEdits';
import { DIALOG_WORDS } from './words';

export const QUALIFYING_DIALOG = 'qualifyingDialog';
const QUESTION_LOOP = 'qualifyingLoop';
const ANSWER_PROMPT = 'answerPrompt';

/** Where the questions have got to; kept in the dialog state, so a restart resumes here. */
export interface QualifyingState {
  facts: PartialFacts;
  /** ask the partner questions too */
  partner: boolean;
  /** facts the person chose not to give */
  declined: FactPath[];
  /** facts answered in this dialog, in order, so "back" can undo the last one */
  answered: FactPath[];
}

/** What the dialog ends with: facts enough for the rubric to decide. */
export interface QualifyingResult {
  facts: PartialFacts;
  partner: boolean;
}

interface AnswerValidation {
  fact: FactPath;
}

/**
 * Asks, one at a time, only the facts the rubric still needs (it says which), understands typed
 * answers, re-asks with the allowed values when an answer can't be used, and honours
 * "cancel", "start over", "back" and "help" at any question.
 */
export class QualifyingDialog extends ComponentDialog {
  constructor() {
    super(QUALIFYING_DIALOG);
    this.addDialog(new TextPrompt(ANSWER_PROMPT, (prompt) => this.validateAnswer(prompt)));
    this.addDialog(
      new WaterfallDialog(QUESTION_LOOP, [
        (step) => this.askNextFactStep(step),
        (step) => this.recordAnswerStep(step),
      ]),
    );
    this.initialDialogId = QUESTION_LOOP;
  }

  private async askNextFactStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.options as QualifyingState;
    const needed = factsStillNeeded(state.facts, {
      partner: state.partner,
      declined: state.declined,
    });
    const fact = needed[0];
    if (!fact) {
      const result: QualifyingResult = { facts: state.facts, partner: state.partner };
      return step.endDialog(result);
    }
    const validations: AnswerValidation = { fact };
    return step.prompt(ANSWER_PROMPT, {
      prompt: questionActivity(fact, needed.length),
      retryPrompt: questionActivity(fact, needed.length),
      validations,
    });
  }

  private async recordAnswerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.options as QualifyingState;
    // The validator has read the answer already; reading it again would cost a recognizer pass.
    const { fact, answer } = step.context.turnState.get(ANSWERED_FACT) as UnderstoodAnswer;
    if (!answer.ok) return step.replaceDialog(QUESTION_LOOP, state);
    const next: QualifyingState =
      'declined' in answer
        ? { ...state, declined: [...state.declined, fact], answered: [...state.answered, fact] }
        : {
            ...state,
            facts: withFact(state.facts, fact, answer.value),
            answered: [...state.answered, fact],
          };
    return step.replaceDialog(QUESTION_LOOP, next);
  }

  private async validateAnswer(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { fact } = prompt.options.validations as AnswerValidation;
    const answer = understandAnswer(fact, prompt.recognized.value ?? '');
    if (answer.ok) {
      prompt.context.turnState.set(ANSWERED_FACT, { fact, answer } satisfies UnderstoodAnswer);
      return true;
    }
    // The retry names what was wrong and what is allowed, then asks again.
    prompt.options.retryPrompt = questionActivity(fact, undefined, answer.message);
    return false;
  }

  /** Commands work at any question, before the answer is read. */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const activity = inner.context.activity;
    const command =
      activity.type === ActivityTypes.Message ? recognizeCommand(activity.text ?? '') : undefined;
    const state = loopState(inner);
    if (command && state) {
      switch (command.command) {
        case 'cancel':
          await inner.context.sendActivity(plain(DIALOG_WORDS.cancelled));
          return inner.cancelAllDialogs();
        case 'startOver':
          await inner.context.sendActivity(plain(DIALOG_WORDS.startingOver));
          await inner.cancelAllDialogs();
          return inner.beginDialog(QUESTION_LOOP, freshState(state.partner));
        case 'back': {
          const last = state.answered.at(-1);
          if (!last) {
            await inner.context.sendActivity(plain(DIALOG_WORDS.nothingToUndo));
            await inner.repromptDialog();
            return Dialog.EndOfTurn;
          }
          await inner.cancelAllDialogs();
          return inner.beginDialog(QUESTION_LOOP, {
            ...state,
            facts: withoutFact(state.facts, last),
            declined: state.declined.filter((fact) => fact !== last),
            answered: state.answered.slice(0, -1),
          } satisfies QualifyingState);
        }
        case 'help':
          await inner.context.sendActivity(plain(DIALOG_WORDS.help));
          await inner.repromptDialog();
          return Dialog.EndOfTurn;
        case 'assess':
        case 'partner': {
          // "partner" is also an answer (who is asking?): an answer wins over a restart.
          const pending = pendingFact(inner);
          if (pending && understandAnswer(pending, activity.text ?? '').ok) break;
          const described = understandDescription(command.rest);
          const partner = command.command === 'partner' || described.partnerAsked;
          await inner.context.sendActivity(plain(DIALOG_WORDS.startingOver));
          await inner.cancelAllDialogs();
          return inner.beginDialog(QUESTION_LOOP, freshState(partner, described.facts));
        }
        default:
          break; // other commands ("skip", …) are answers to the question
      }
    }
    return super.onContinueDialog(inner);
  }
}

const ANSWERED_FACT = Symbol('answeredFact');

interface UnderstoodAnswer {
  fact: FactPath;
  answer: ReturnType<typeof understandAnswer>;
}

/** The fact the open question asks for (kept in the prompt's options). */
function pendingFact(inner: DialogContext): FactPath | undefined {
  const options = (
    inner.activeDialog?.state as { options?: { validations?: AnswerValidation } } | undefined
  )?.options;
  return options?.validations?.fact;
}

/** The state of the question loop, wherever it sits on the component's stack. */
function loopState(inner: DialogContext): QualifyingState | undefined {
  const loop = inner.stack.find((instance) => instance.id === QUESTION_LOOP);
  return (loop?.state as { options?: QualifyingState } | undefined)?.options;
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
