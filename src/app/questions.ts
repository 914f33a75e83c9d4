import { type FactPath, factsStillNeeded, type PartialFacts } from '../rubric';
import {
  QUESTIONS,
  recognizeCommand,
  understandAnswer,
  understandDescription,
} from '../understanding';
import { CHAT_WORDS } from '../words/chat';
import { describeAnswerProblem } from '../words/understanding';
import { withFact, withoutFact } from './factEdits';
import { text, type Message } from './outputs';
import type { QuestionsState } from './state';

/** Where the questions stand after a message: still asking, done, or given up. */
export type QuestionsOutcome =
  | { readonly kind: 'asking'; readonly state: QuestionsState }
  | { readonly kind: 'finished'; readonly facts: PartialFacts; readonly partner: boolean }
  | { readonly kind: 'cancelled' };

/** A step of the questions: what to say, and where they stand. */
export interface QuestionsStep {
  readonly say: readonly Message[];
  readonly outcome: QuestionsOutcome;
}

/**
 * The qualifying questions as a state machine over the facts so far: asks, one at a time, only
 * the facts the rubric still needs, reads typed answers, asks again naming what is allowed when
 * an answer can't be used, and honours "cancel", "start over", "back" and "help" at any
 * question. Pure: the state in, what to say and the next state out.
 */
export function beginQuestions(options: { partner: boolean; facts?: PartialFacts }): QuestionsStep {
  return askNext(freshState(options.partner, options.facts), []);
}

/** The questions after the person wrote `typed` while they were open. */
export function continueQuestions(state: QuestionsState, typed: string): QuestionsStep {
  const command = recognizeCommand(typed);
  switch (command?.command) {
    case 'cancel':
      return { say: [text(CHAT_WORDS.cancelled)], outcome: { kind: 'cancelled' } };
    case 'startOver':
      return askNext(freshState(state.partner), [text(CHAT_WORDS.startingOver)]);
    case 'back': {
      const last = state.answered.at(-1);
      if (!last) return askAgain(state, [text(CHAT_WORDS.nothingToUndo)]);
      return askNext(
        {
          ...state,
          facts: withoutFact(state.facts, last),
          declined: state.declined.filter((fact) => fact !== last),
          answered: state.answered.slice(0, -1),
        },
        [],
      );
    }
    case 'help':
      return askAgain(state, [text(CHAT_WORDS.questionsHelp)]);
    case 'assess':
    case 'partner': {
      // "partner" is also an answer (who is asking?): an answer wins over a restart.
      if (state.asking && understandAnswer(state.asking, typed).ok) break;
      const described = understandDescription(command.rest);
      const partner = command.command === 'partner' || described.partnerAsked;
      return askNext(freshState(partner, described.facts), [text(CHAT_WORDS.startingOver)]);
    }
    default:
      break; // other commands ("skip", …) are answers to the question
  }
  return recordAnswer(state, typed);
}

/** The open question again, as it was first asked (after "help", or when resumed). */
export function repeatQuestion(state: QuestionsState): QuestionsStep {
  return askAgain(state, []);
}

function recordAnswer(state: QuestionsState, typed: string): QuestionsStep {
  const fact = state.asking;
  if (!fact) return askNext(state, []);
  const answer = understandAnswer(fact, typed);
  if (!answer.ok) {
    // The retry names what was wrong and what is allowed, then asks again.
    return {
      say: [question(fact, undefined, describeAnswerProblem(fact, answer.problem))],
      outcome: { kind: 'asking', state },
    };
  }
  const answered = [...state.answered, fact];
  return askNext(
    'declined' in answer
      ? { ...state, declined: [...state.declined, fact], answered }
      : { ...state, facts: withFact(state.facts, fact, answer.value), answered },
    [],
  );
}

/** Asks the first fact the rubric still needs, or finishes with the facts when it needs none. */
function askNext(state: QuestionsState, said: Message[]): QuestionsStep {
  const needed = stillNeeded(state);
  const fact = needed[0];
  if (!fact) {
    return { say: said, outcome: { kind: 'finished', facts: state.facts, partner: state.partner } };
  }
  return {
    say: [...said, question(fact, needed.length)],
    outcome: { kind: 'asking', state: { ...state, asking: fact } },
  };
}

function askAgain(state: QuestionsState, said: Message[]): QuestionsStep {
  const needed = stillNeeded(state);
  const fact = state.asking ?? needed[0];
  return {
    say: fact ? [...said, question(fact, needed.length)] : said,
    outcome: { kind: 'asking', state },
  };
}

function stillNeeded(state: QuestionsState): FactPath[] {
  return factsStillNeeded(state.facts, { partner: state.partner, declined: state.declined });
}

function freshState(partner: boolean, facts: PartialFacts = {}): QuestionsState {
  return { facts, partner, declined: [], answered: [] };
}

/** A question, with what was wrong with the last answer first (said once: never the prompt twice). */
function question(fact: FactPath, remaining?: number, problem?: string): Message {
  const { prompt, choices } = QUESTIONS[fact];
  const lines = [
    problem,
    problem?.includes(prompt) ? undefined : prompt,
    remaining !== undefined && remaining > 1 ? CHAT_WORDS.remaining(remaining) : undefined,
  ].filter((line): line is string => Boolean(line));
  return text(
    lines.join('\n\n'),
    choices?.map((choice) => choice.title),
  );
}
