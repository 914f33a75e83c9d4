import type { z } from 'zod';
import {
  type AdaptiveCardJson,
  CardActionData,
  factsFormCard,
  problemCard,
  PROPOSED_TO_INPUT_ID,
  readFactsForm,
  REASON_INPUT_ID,
  requiredProblem,
  REASSIGN_INPUT_ID,
  resultCard,
  type Verb,
  VERBS,
} from '../cards';
import type { PartialFacts } from '../rubric';
import { ACTION_WORDS, CHAT_WORDS } from '../words/chat';
import { actionProblem } from '../words/actions';
import { advise, type Decided } from './advice';
import { answerQuestion } from './answers';
import type { CardActionEvent } from './events';
import { actOnHandoff, deliver, reassignHandoff, refreshHandoff } from './handoffActions';
import { placePicker, postHandoffHere, postHandoffTo, proposeInPlace } from './handoffPosting';
import { card, text } from './outputs';
import { personFromPicker, proposedToOnForm } from './people';
import { beginQuestions } from './questions';
import type { Turn } from './turn';

type ActionTurn = Turn<CardActionEvent>;
type DataOf<V extends Verb> = Extract<CardActionData, { verb: V }>;
type Route<V extends Verb> = (turn: ActionTurn, data: DataOf<V>) => Promise<void>;

/**
 * Card actions by verb: one table for Action.Execute invokes and Action.Submit messages alike.
 * Its type names every verb, so a verb without a route does not compile; each route gets its
 * payload already checked by that verb's schema.
 */
const ROUTES: { [V in Verb]: Route<V> } = {
  [VERBS.assess]: (turn) => startQuestions(turn, false),
  [VERBS.partner]: (turn) => startQuestions(turn, true),
  [VERBS.startOver]: (turn) => startQuestions(turn, false),
  [VERBS.editAnswers]: async (turn, data) =>
    replyCard(turn, factsFormCard({ facts: data.facts, verb: VERBS.submitFacts })),
  [VERBS.submitFacts]: (turn, data) => submitForm(turn, data, 'result'),
  [VERBS.submitHandoff]: (turn, data) => submitForm(turn, data, 'handoff'),
  [VERBS.ask]: async (turn, data) => replyCard(turn, answerQuestion(turn.deps, data.question)),
  // A result card's "Post handoff": where to post it from personal chat, or post it right here.
  [VERBS.postHandoff]: async (turn, data) => {
    const decided = decide(data.facts);
    if (!decided) return replyText(turn, ACTION_WORDS.badHandoffFacts);
    if (turn.event.conversation.kind === 'personal') {
      return replyCard(turn, await placePicker(turn, decided));
    }
    await postHandoffHere(turn, decided);
    done(turn);
  },
  [VERBS.postHandoffTo]: async (turn, data) => {
    const facts = data.account ? { ...data.facts, account: data.account } : data.facts;
    const decided = decide(facts);
    if (!decided) return replyText(turn, ACTION_WORDS.badHandoffFacts);
    const placeId = data.placeId;
    if (placeId === undefined) {
      return replyCard(
        turn,
        await placePicker(turn, decided, { problem: ACTION_WORDS.choosePlace }),
      );
    }
    const posted = await postHandoffTo(turn, decided, placeId);
    if ('card' in posted) replyCard(turn, posted.card);
    else replyText(turn, posted.text);
  },
  [VERBS.acceptHandoff]: (turn, data) => actOnHandoff(turn, data.handoffId, { action: 'accept' }),
  [VERBS.declineHandoff]: (turn, data) =>
    actOnHandoff(turn, data.handoffId, { action: 'decline', reason: data[REASON_INPUT_ID] ?? '' }),
  [VERBS.completeHandoff]: (turn, data) =>
    actOnHandoff(turn, data.handoffId, { action: 'complete' }),
  [VERBS.handBackHandoff]: (turn, data) =>
    actOnHandoff(turn, data.handoffId, { action: 'handBack', reason: data[REASON_INPUT_ID] ?? '' }),
  [VERBS.reassignHandoff]: (turn, data) =>
    reassignHandoff(turn, data.handoffId, data[REASSIGN_INPUT_ID]),
  [VERBS.refreshHandoff]: (turn, data) => refreshHandoff(turn, data.handoffId),
};

/** Routes a card action by its verb; anything unknown or malformed is answered, never thrown. */
export async function routeCardAction(turn: ActionTurn): Promise<void> {
  const parsed = CardActionData.safeParse(turn.event.action);
  if (!parsed.success) return answerBadAction(turn, parsed.error);
  const data = parsed.data;
  // The table pairs each verb with its own route; TypeScript cannot follow the pairing here.
  const route = ROUTES[data.verb] as Route<typeof data.verb>;
  await route(turn, data as never);
}

/** The action's verb is unknown, or its data is not what its verb carries: a card says which. */
function answerBadAction(turn: ActionTurn, error: z.ZodError): void {
  const problem = actionProblem(turn.event.action, error);
  replyCard(turn, problemCard({ title: problem.title, problem: problem.text }));
}

/** Personal chat starts the questions; shared conversations get the form instead. */
async function startQuestions(turn: ActionTurn, partner: boolean): Promise<void> {
  if (turn.event.conversation.kind !== 'personal') {
    const facts: PartialFacts = partner ? { partner: {} } : {};
    return replyCard(turn, factsFormCard({ facts, verb: VERBS.submitFacts }));
  }
  turn.say(CHAT_WORDS.startingQuestions);
  const step = beginQuestions({ scope: partner ? 'partner' : 'capacity' });
  step.say.forEach((message) => turn.send(message));
  if (step.outcome.kind === 'asking') turn.setQuestions(step.outcome.state);
  done(turn);
}

async function submitForm(
  turn: ActionTurn,
  data: Record<string, unknown>,
  answer: 'result' | 'handoff',
): Promise<void> {
  const verb = answer === 'result' ? VERBS.submitFacts : VERBS.submitHandoff;
  // A handoff's form names the person it goes to (or nobody), found in this conversation.
  const named =
    answer === 'handoff' && turn.event.conversation.kind !== 'personal'
      ? await personFromPicker(turn, data[PROPOSED_TO_INPUT_ID])
      : { ok: true as const, person: undefined };
  const proposedTo = proposedToOnForm(named);
  const form = readFactsForm(data);
  if (!form.ok) {
    return replyCard(
      turn,
      factsFormCard({ facts: {}, submitted: data, problems: form.problems, verb, proposedTo }),
    );
  }
  const advice = advise(form.facts);
  if (!advice.decided || !named.ok) {
    // readFactsForm already asks for what the rules need; should they still lack a fact, say which.
    const problems = advice.decided ? [] : advice.needed.map(requiredProblem);
    return replyCard(turn, factsFormCard({ facts: form.facts, problems, verb, proposedTo }));
  }
  turn.rememberFacts(advice.facts);
  const decided: Decided = { facts: advice.facts, recommendation: advice.recommendation };
  if (answer === 'result') return replyCard(turn, resultCard(decided));
  // The form asked for what a handoff lacked: the handoff is proposed and its card replaces it.
  if (turn.event.conversation.kind === 'personal') {
    return replyCard(turn, await placePicker(turn, decided));
  }
  const record = await proposeInPlace(turn, decided, turn.event.cardMessageId, named.person);
  deliver(turn, { record, viewer: turn.event.from, updateForEveryone: true });
}

/** Facts carried by a card, decided afresh; undefined if they decide nothing. */
function decide(facts: PartialFacts): Decided | undefined {
  const advice = advise(facts);
  return advice.decided
    ? { facts: advice.facts, recommendation: advice.recommendation }
    : undefined;
}

/** A card that replaces the one acted on where the client can (an invoke), else a new one. */
function replyCard(turn: ActionTurn, content: AdaptiveCardJson): void {
  if (turn.event.via === 'execute') turn.answerInvoke({ kind: 'card', card: content });
  else turn.send(card(content));
}

function replyText(turn: ActionTurn, words: string): void {
  if (turn.event.via === 'execute') turn.answerInvoke({ kind: 'message', text: words });
  else turn.send(text(words));
}

/** An invoke whose route answered in the conversation still needs an answer of its own. */
function done(turn: ActionTurn): void {
  if (turn.event.via === 'execute') turn.answerInvoke({ kind: 'message', text: ACTION_WORDS.done });
}
