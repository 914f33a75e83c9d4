import { conditionalResultCard, myHandoffsCard, resultCard, welcomeCard } from '../cards';
import {
  decide,
  type Decision,
  type FactPath,
  isRangedFact,
  type PartialFacts,
  readFact,
  type Scope,
  scopeOf,
} from '../rubric';
import { isSmallTalk, readReply, type Statement } from '../understanding';
import { describeCorrection } from '../words/changes';
import { settledByText } from '../words/rubric';
import { describeRefusedValues } from '../words/understanding';
import { CHAT_WORDS, QUESTION_WORDS } from '../words/chat';
import { mergeFacts, scopeSaid } from './advice';
import { answerQuestion } from './answers';
import type { MessageEvent } from './events';
import { placePicker } from './handoffPosting';
import { text } from './outputs';
import {
  beginQuestions,
  continueQuestions,
  type QuestionsStart,
  type QuestionsStep,
  recordBounds,
  repeatQuestion,
} from './questions';
import type { Turn } from './turn';

type PersonalTurn = Turn<MessageEvent>;

/**
 * Personal chat: commands (typos and all), the qualifying questions, corrections to the last
 * result, and questions for the knowledge base. A description typed here ("3 subscriptions,
 * 2 regions, …") starts the questions with it.
 */
export async function handlePersonalMessage(turn: PersonalTurn): Promise<void> {
  const typed = turn.event.text.trim();
  // While the questions run, they read every message: answers, asides and commands alike.
  const open = turn.questions;
  if (open) return applyStep(turn, continueQuestions(open, typed));

  if (isSmallTalk(typed)) return void turn.sendCard(welcomeCard());
  const reply = readReply(typed);
  if (reply.kind === 'question') return void turn.sendCard(answerQuestion(turn.deps, reply.text));
  if (reply.kind === 'command') return runCommand(turn, reply.command, reply.details);
  if (correctsTheLastResult(turn, reply)) return correct(turn, reply);
  if (reply.looksLikeAssessment || reply.given.length >= 2) {
    turn.say(CHAT_WORDS.startingQuestions);
    sayProblems(turn, reply);
    return startQuestions(turn, startOf(reply, scopeSaid(reply)));
  }
  turn.sendCard(answerQuestion(turn.deps, typed));
}

async function runCommand(turn: PersonalTurn, command: string, details: Statement) {
  switch (command) {
    case 'assess':
    case 'partner':
      turn.say(CHAT_WORDS.startingQuestions);
      sayProblems(turn, details);
      return startQuestions(turn, startOf(details, scopeSaid(details, command)));
    case 'startOver':
      turn.say(CHAT_WORDS.startingQuestions);
      return startQuestions(turn, { scope: 'capacity' });
    case 'cancel':
      return turn.say(CHAT_WORDS.nothingToCancel);
    case 'back':
      return turn.say(CHAT_WORDS.nothingToGoBackTo);
    case 'handoff':
      return offerPlaces(turn);
    case 'myHandoffs':
      return listHandoffs(turn);
    case 'skip':
      return turn.say(CHAT_WORDS.nothingToSkip);
    default:
      return void turn.sendCard(welcomeCard());
  }
}

/** The handoff goes where the team meets: ask where to post the last recommendation. */
async function offerPlaces(turn: PersonalTurn): Promise<void> {
  const { lastFacts, lastScope, lastUnknown } = turn.state.user;
  const decision = lastFacts && lastDecision(lastFacts, lastScope, lastUnknown);
  // An owner not known yet cannot be handed off: what would settle it comes first.
  if (decision?.kind === 'conditional') {
    return turn.say(CHAT_WORDS.settleBeforeHandoff(settledByText(decision.answer)));
  }
  if (!lastFacts || decision?.kind !== 'recommendation') return turn.say(CHAT_WORDS.noLastFacts);
  const decided = { facts: lastFacts, recommendation: decision.recommendation };
  turn.sendCard(await placePicker(turn, decided));
}

async function listHandoffs(turn: PersonalTurn): Promise<void> {
  const reader = turn.event.from;
  turn.sendCard(myHandoffsCard({ handoffs: await turn.deps.handoffs.openFor(reader), reader }));
}

function startQuestions(turn: PersonalTurn, start: QuestionsStart): Promise<void> {
  return applyStep(turn, beginQuestions(start));
}

/** Says what the questions say and keeps where they stand; when done, the answer card. */
async function applyStep(turn: PersonalTurn, step: QuestionsStep): Promise<void> {
  step.say.forEach((message) => turn.send(message));
  const { outcome } = step;
  switch (outcome.kind) {
    case 'asking':
      turn.setQuestions(outcome.state);
      return;
    case 'cancelled':
      turn.setQuestions(null);
      return;
    case 'aside':
      // A question in the middle of the questions is answered, and the open one asked again.
      turn.sendCard(answerQuestion(turn.deps, outcome.question));
      return applyStep(
        turn,
        repeatQuestion(outcome.state, [text(QUESTION_WORDS.backToTheQuestion)]),
      );
    case 'command':
      if (outcome.command === 'myHandoffs') await listHandoffs(turn);
      else turn.say(CHAT_WORDS.finishQuestionsFirst);
      return applyStep(turn, repeatQuestion(outcome.state));
    case 'finished':
      turn.setQuestions(null);
      showDecision(turn, outcome.state.facts, outcome.decision, outcome.state);
  }
}

/** The card for a decision, remembered for corrections and handoffs. */
function showDecision(
  turn: PersonalTurn,
  facts: PartialFacts,
  decision: Decision,
  asked: { scope: Scope; unknown: readonly FactPath[] },
): void {
  turn.rememberFacts(facts, { scope: asked.scope, unknown: [...asked.unknown] });
  if (decision.kind === 'recommendation') {
    turn.sendCard(resultCard({ facts, recommendation: decision.recommendation }));
  } else if (decision.kind === 'conditional') {
    turn.sendCard(conditionalResultCard({ facts, answer: decision.answer }));
  }
}

/**
 * A message after a result that changes its facts is a correction: "actually they have 3
 * regions", "3 regions", "they also need GPU", "it is over 500 vCPUs". A new description, with
 * another account or many facts and no word of correcting, starts new questions.
 */
function correctsTheLastResult(turn: PersonalTurn, statement: Statement): boolean {
  const { lastFacts } = turn.state.user;
  if (!lastFacts) return false;
  const changes = statement.given.length + statement.bounds.length;
  if (changes === 0) return false;
  if (statement.correction) return true;
  const account = statement.facts.account?.trim();
  const anotherAccount = account !== undefined && account !== lastFacts.account?.trim();
  return !anotherAccount && changes <= CORRECTION_MAX_FACTS;
}

/** More facts than this at once, without "actually" or "sorry", describe a customer afresh. */
const CORRECTION_MAX_FACTS = 3;

/** The rubric again with the change: the new card, and what changed. */
function correct(turn: PersonalTurn, statement: Statement): Promise<void> | void {
  const { lastFacts = {}, lastScope, lastUnknown = [] } = turn.state.user;
  const scope = lastScope ?? scopeOf(lastFacts);
  const facts = recordBounds(mergeFacts(lastFacts, statement.facts), statement.bounds);
  // A fact given now is no longer unknown.
  const unknown = lastUnknown.filter((fact) => !isKnown(facts, fact));
  const before = lastDecision(lastFacts, scope, lastUnknown);
  const after = decide(facts, { scope, unknown });
  if (after.kind === 'needsFacts') {
    // The change makes other facts matter: ask for them, the rest kept.
    turn.say(CHAT_WORDS.correctionNeedsMore);
    return startQuestions(turn, { scope, facts, unknown });
  }
  turn.say(describeCorrection({ facts: lastFacts, decision: before }, { facts, decision: after }));
  showDecision(turn, facts, after, { scope, unknown });
}

function isKnown(facts: PartialFacts, fact: FactPath): boolean {
  return (
    readFact(facts, fact) !== undefined ||
    (isRangedFact(fact) && facts.ranges?.[fact] !== undefined)
  );
}

function lastDecision(
  facts: PartialFacts,
  scope: Scope | undefined,
  unknown: readonly FactPath[] | undefined,
): Decision {
  return decide(facts, { scope: scope ?? scopeOf(facts), unknown: [...(unknown ?? [])] });
}

/** Values the message gave that a fact does not take ("0 regions") are said, never dropped. */
function sayProblems(turn: PersonalTurn, statement: Statement): void {
  for (const refused of describeRefusedValues(statement.problems)) turn.say(refused);
}

/** How questions start from what a message said: its facts and the sides of thresholds. */
function startOf(statement: Statement, scope: Scope): QuestionsStart {
  return {
    scope,
    facts: recordBounds(statement.facts, statement.bounds),
    unknown: statement.unknown,
  };
}
