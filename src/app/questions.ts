import {
  decide,
  type Decision,
  type FactPath,
  factsStillNeeded,
  type PartialFacts,
  readFact,
  recordThresholdAnswer,
  type Scope,
  thresholdQuestion,
  type ThresholdQuestion,
} from '../rubric';
import {
  type Asking,
  DECLINABLE_FACTS,
  type FactBound,
  isQuantityFact,
  QUESTIONS,
  readReply,
  type Statement,
} from '../understanding';
import { CHAT_WORDS, QUESTION_WORDS } from '../words/chat';
import { describeFact, thresholdQuestionText } from '../words/facts';
import { askForEstimate, describeAnswerProblem, describeBound } from '../words/understanding';
import { mergeFacts } from './advice';
import { text, type Message } from './outputs';
import type { QuestionsState } from './state';

/** Where the questions stand after a message. */
export type QuestionsOutcome =
  | { readonly kind: 'asking'; readonly state: QuestionsState }
  /** nothing more to ask: the rubric's decision, a recommendation or a conditional answer */
  | { readonly kind: 'finished'; readonly state: QuestionsState; readonly decision: Decision }
  | { readonly kind: 'cancelled' }
  /** a question for the knowledge base, typed while a question is open: it stays open */
  | { readonly kind: 'aside'; readonly state: QuestionsState; readonly question: string }
  /** a command the questions leave to the chat ("my handoffs"): they stay open */
  | { readonly kind: 'command'; readonly state: QuestionsState; readonly command: string };

/** A step of the questions: what to say, and where they stand. */
export interface QuestionsStep {
  readonly say: readonly Message[];
  readonly outcome: QuestionsOutcome;
}

/** How a new run of questions starts. */
export interface QuestionsStart {
  scope: Scope;
  facts?: PartialFacts;
  unknown?: readonly FactPath[];
}

/**
 * The qualifying questions as a state machine over the facts so far. Asks, one at a time, only
 * what the rubric still needs; takes every fact a message gives, whichever question it answers;
 * answers a question typed in the middle and asks again; asks for the side of the threshold
 * when a number isn't known, and goes on without a fact nobody knows; honours "back", "start
 * over", "cancel" and "help". Pure: the state in, what to say and the next state out.
 */
export function beginQuestions(start: QuestionsStart): QuestionsStep {
  return askNext(freshState(start), []);
}

/** The questions after the person wrote `typed` while they were open. */
export function continueQuestions(state: QuestionsState, typed: string): QuestionsStep {
  const reply = readReply(typed, { asking: state.asking, partner: state.scope !== 'capacity' });
  switch (reply.kind) {
    case 'question':
      return { say: [], outcome: { kind: 'aside', state, question: reply.text } };
    case 'command':
      return commandStep(state, reply.command, reply.details);
    case 'statement':
      return statementStep(state, reply);
  }
}

/** The open question again, as it was first asked (after "help", or an aside). */
export function repeatQuestion(state: QuestionsState, said: Message[] = []): QuestionsStep {
  if (!state.asking) return askNext(state, said);
  return { say: [...said, ask(state)], outcome: { kind: 'asking', state } };
}

function commandStep(state: QuestionsState, command: string, details: Statement): QuestionsStep {
  switch (command) {
    case 'cancel':
      return { say: [text(CHAT_WORDS.cancelled)], outcome: { kind: 'cancelled' } };
    case 'startOver':
      return askNext(freshState({ scope: state.scope }), [text(CHAT_WORDS.startingOver)]);
    case 'back': {
      const previous = state.history.at(-1);
      if (!previous) return repeatQuestion(state, [text(CHAT_WORDS.nothingToUndo)]);
      return askNext({ ...state, ...previous, history: state.history.slice(0, -1) }, []);
    }
    case 'help':
      return repeatQuestion(state, [text(CHAT_WORDS.questionsHelp)]);
    case 'assess':
    case 'partner': {
      const scope: Scope =
        command === 'partner' ? 'partner' : details.partnerAsked ? 'both' : 'capacity';
      const restarted = freshState({ scope, facts: details.facts });
      return askNext(withBounds(restarted, details.bounds), [text(CHAT_WORDS.startingOver)]);
    }
    default:
      return { say: [], outcome: { kind: 'command', state, command } };
  }
}

/** Every fact the message gives is taken; then what it does to the open question. */
function statementStep(state: QuestionsState, statement: Statement): QuestionsStep {
  const said: Message[] = [];
  const asking = state.asking;
  // Not knowing the open question's fact is what the pending reading says: it is handled below.
  const unknownNow = statement.unknown.filter((fact) => fact !== asking?.fact);
  let next: QuestionsState = {
    ...state,
    facts: mergeFacts(state.facts, statement.facts),
    unknown: union(state.unknown, unknownNow),
  };
  next = withBounds(next, statement.bounds);
  const pending = statement.pending;
  const others = statement.given.filter((given) => !given.asAnswer && given.fact !== asking?.fact);
  if (others.length > 0)
    said.push(
      text(QUESTION_WORDS.noted(others.map(({ fact, value }) => describeFact(fact, value)))),
    );
  for (const problem of statement.problems) {
    said.push(text(describeAnswerProblem(problem.fact, problem.problem)));
  }

  if (asking && pending) {
    switch (pending.kind) {
      case 'problem':
        return retry(state, next, said, describeAnswerProblem(asking.fact, pending.problem));
      case 'estimate': {
        if (pending.estimate.settles.length === 0) {
          return retry(state, next, said, askForEstimate(pending.estimate));
        }
        const settled = pending.estimate.settles;
        said.push(text(QUESTION_WORDS.tookAs(pending.estimate.words, settled.map(describeBound))));
        next = withBounds(next, settled);
        break;
      }
      case 'unknown':
        next = notKnown(next, asking);
        break;
      case 'open':
        // The message was about other facts: the question is asked again, unless they settled it.
        break;
      case 'answered':
      case 'bound':
        break;
    }
  }
  return askNext(remembering(state, next), said);
}

/** The next state, with the one before it kept for "back" when the facts changed. */
function remembering(state: QuestionsState, next: QuestionsState): QuestionsState {
  const before = snapshot(state);
  if (JSON.stringify(snapshot(next)) === JSON.stringify(before)) return next;
  return { ...next, history: [...state.history, before].slice(-HISTORY_KEPT) };
}

/** The person doesn't know the open fact: ask which side of its threshold, else go on without. */
function notKnown(state: QuestionsState, asking: Asking): QuestionsState {
  const { fact } = asking;
  if (DECLINABLE_FACTS.has(fact)) return { ...state, declined: union(state.declined, [fact]) };
  if (!('threshold' in asking) && isQuantityFact(fact)) {
    const threshold = thresholdQuestion(fact, state.facts, options(state));
    // Asked next (askNext asks an open threshold first).
    if (threshold) return { ...state, threshold };
  }
  return { ...state, unknown: union(state.unknown, [fact]) };
}

/** The answer could not be used: the same question again, with what was wrong first. */
function retry(
  state: QuestionsState,
  next: QuestionsState,
  said: Message[],
  problem: string,
): QuestionsStep {
  const kept = remembering(state, next);
  return { say: [...said, ask(kept, problem)], outcome: { kind: 'asking', state: kept } };
}

/**
 * Asks the threshold question under way, else the first fact the rubric still needs; with
 * nothing left to ask, the questions finish with the rubric's decision.
 */
function askNext(state: QuestionsState, said: Message[]): QuestionsStep {
  const threshold = state.threshold && openThreshold(state, state.threshold);
  if (threshold) {
    const asking: Asking = {
      fact: threshold.fact,
      threshold: { is: threshold.is, value: threshold.value },
    };
    const next = { ...state, asking, threshold };
    return { say: [...said, ask(next)], outcome: { kind: 'asking', state: next } };
  }
  const { threshold: _done, asking: _asked, ...rest } = state;
  const needed = factsStillNeeded(rest.facts, options(rest));
  const fact = needed[0];
  if (!fact) {
    return {
      say: said,
      outcome: { kind: 'finished', state: rest, decision: decide(rest.facts, options(rest)) },
    };
  }
  const next: QuestionsState = { ...rest, asking: { fact } };
  return {
    say: [...said, ask(next, undefined, needed.length)],
    outcome: { kind: 'asking', state: next },
  };
}

/** The threshold question, while its fact is not yet on one side of it. */
function openThreshold(state: QuestionsState, question: ThresholdQuestion) {
  if (readFact(state.facts, question.fact) !== undefined) return undefined;
  if (state.unknown.includes(question.fact)) return undefined;
  const current = thresholdQuestion(question.fact, state.facts, options(state));
  return current && current.is === question.is && current.value === question.value
    ? current
    : undefined;
}

function options(state: Pick<QuestionsState, 'scope' | 'declined' | 'unknown'>) {
  return { scope: state.scope, declined: state.declined, unknown: state.unknown };
}

/**
 * The open question's words and its buttons, after what was wrong with the last answer (if
 * anything): the question is said once, never twice.
 */
function ask(state: QuestionsState, problem?: string, remaining?: number): Message {
  const asking = state.asking!;
  const threshold = 'threshold' in asking ? state.threshold : undefined;
  const prompt = threshold ? thresholdQuestionText(threshold) : QUESTIONS[asking.fact].prompt;
  const lines = [
    problem,
    problem?.includes(prompt) ? undefined : prompt,
    remaining !== undefined && remaining > 1 ? CHAT_WORDS.remaining(remaining) : undefined,
  ].filter((line): line is string => line !== undefined);
  return text(
    lines.join('\n\n'),
    threshold ? QUESTION_WORDS.thresholdChoices : buttonsFor(asking.fact),
  );
}

/** A choice's buttons; a number question offers "Not sure", since not knowing is an answer. */
function buttonsFor(fact: FactPath): readonly string[] {
  const choices = QUESTIONS[fact].choices?.map((choice) => choice.title);
  return choices ?? (isQuantityFact(fact) ? [QUESTION_WORDS.notSure] : []);
}

/** The facts with each side of a threshold recorded: "over 500 vCPUs", "one region". */
function withBounds(state: QuestionsState, bounds: readonly FactBound[]): QuestionsState {
  return { ...state, facts: recordBounds(state.facts, bounds) };
}

/** The facts with each side of a threshold recorded. */
export function recordBounds(facts: PartialFacts, bounds: readonly FactBound[]): PartialFacts {
  return bounds.reduce(recordBound, facts);
}

function recordBound(facts: PartialFacts, { fact, is, value }: FactBound): PartialFacts {
  // A bound is a yes or a no to the question "over the value?" (gt) or "the value or more?" (gte).
  switch (is) {
    case 'gt':
    case 'gte':
      return recordThresholdAnswer(facts, { fact, is, value }, true);
    case 'lte':
      return recordThresholdAnswer(facts, { fact, is: 'gt', value }, false);
    case 'lt':
      return recordThresholdAnswer(facts, { fact, is: 'gte', value }, false);
  }
}

type Snapshot = Pick<QuestionsState, 'facts' | 'declined' | 'unknown'>;

function snapshot(state: QuestionsState): Snapshot {
  return { facts: state.facts, declined: state.declined, unknown: state.unknown };
}

/** "back" can undo this many answers. */
const HISTORY_KEPT = 30;

function freshState(start: QuestionsStart): QuestionsState {
  return {
    facts: start.facts ?? {},
    scope: start.scope,
    declined: [],
    unknown: [...(start.unknown ?? [])],
    history: [],
  };
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}
