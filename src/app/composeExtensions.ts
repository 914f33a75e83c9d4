import {
  answerCard,
  factsFormCard,
  type FactsFormInput,
  handoffWorkflowCard,
  PROPOSED_TO_INPUT_ID,
  readFactsForm,
  requiredProblem,
  shortAnswer,
  sourceText,
  VERBS,
} from '../cards';
import { handoffIdFor, type Person, proposeHandoff } from '../handoffs';
import { AskInputError, MAX_LIMIT, QUESTION_MAX_LENGTH } from '../knowledge';
import { understandDescription } from '../understanding';
import { COMPOSE_WORDS, malformedRequest } from '../words/composeExtensions';
import { advise, type Decided } from './advice';
import { COMPOSE_COMMANDS, SEARCH_PARAMETER } from './composeCommands';
import { draftIn, withDraft, withoutDraft } from './drafts';
import type { ComposeActionEvent, ComposeSearchEvent, MalformedRequestEvent } from './events';
import { postHandoffFromCompose } from './handoffPosting';
import { personFromPicker, proposedToOnForm } from './people';
import type { SearchResult } from './outputs';
import type { Turn } from './turn';

type ActionTurn = Turn<ComposeActionEvent>;

/**
 * "Hand off" from the compose box or a message's "…" menu: the facts form in a dialog (read
 * from the message, when it was started from one), then a preview of the handoff card, which
 * the person edits or sends. Sent, the bot posts the card into that conversation and the
 * handoff is proposed there. What a preview would post is kept by the bot: the preview card
 * Teams hands back with "Send" is never read.
 */
export async function handleComposeAction(turn: ActionTurn): Promise<void> {
  const { commandId, step, conversation } = turn.event;
  if (commandId !== COMPOSE_COMMANDS.handOff) return unknownCommand(turn);
  if (conversation.kind === 'personal') return say(turn, COMPOSE_WORDS.onlyShared);
  switch (step) {
    case 'open':
      return openForm(turn);
    case 'submit':
      return submitForm(turn);
    case 'editPreview': {
      const draft = draftIn(turn.user, conversation.id, turn.deps.now());
      if (!draft) return say(turn, COMPOSE_WORDS.previewGone);
      return showForm(turn, {
        facts: draft.facts,
        ...(draft.proposedTo ? { proposedTo: { chosen: draft.proposedTo } } : {}),
      });
    }
    case 'sendPreview':
      return sendPreview(turn);
  }
}

/** The form, empty from the compose box; from a message, with what its text says. */
function openForm(turn: ActionTurn): void {
  const { context, messageText } = turn.event;
  if (context !== 'message') return showForm(turn, { facts: {} });
  const described = understandDescription(messageText ?? '');
  showForm(turn, {
    facts: described.facts,
    found: { facts: described.understood, unread: described.ignored },
  });
}

async function submitForm(turn: ActionTurn): Promise<void> {
  const data = turn.event.data;
  const inputs = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const named = await personFromPicker(turn, inputs[PROPOSED_TO_INPUT_ID]);
  const proposedTo = proposedToOnForm(named);
  const form = readFactsForm(data);
  if (!form.ok) {
    return showForm(turn, { facts: {}, submitted: data, problems: form.problems, proposedTo });
  }
  const advice = advise(form.facts);
  if (!advice.decided || !named.ok) {
    const problems = advice.decided ? [] : advice.needed.map(requiredProblem);
    return showForm(turn, { facts: form.facts, problems, proposedTo });
  }
  const to = named.person;
  const { conversation } = turn.event;
  turn.setUser(
    withDraft(
      turn.user,
      conversation.id,
      { facts: advice.facts, ...(to ? { proposedTo: to } : {}) },
      turn.deps.now(),
    ),
  );
  turn.answerInvoke({ kind: 'preview', card: previewCard(turn, advice, to) });
}

/** The card as it will be posted, nothing on it to press yet. */
function previewCard(turn: ActionTurn, decided: Decided, to: Person | undefined) {
  const { conversation, from, requestId } = turn.event;
  const record = proposeHandoff({
    id: handoffIdFor(conversation.id, requestId),
    facts: decided.facts,
    recommendation: decided.recommendation,
    postedIn: { conversationId: conversation.id, name: conversation.name },
    by: from,
    ...(to ? { to } : {}),
    now: turn.deps.now(),
    requestId,
  });
  return handoffWorkflowCard({ record, preview: true });
}

async function sendPreview(turn: ActionTurn): Promise<void> {
  const { conversation } = turn.event;
  const now = turn.deps.now();
  const draft = draftIn(turn.user, conversation.id, now);
  // The facts are decided afresh: a preview kept across a rubric change posts today's answer.
  const advice = draft ? advise(draft.facts) : undefined;
  if (!draft || !advice?.decided) return say(turn, COMPOSE_WORDS.previewGone);
  const posted = await postHandoffFromCompose(turn, advice, draft.proposedTo);
  if (!posted) return say(turn, COMPOSE_WORDS.couldNotPostHere);
  turn.setUser(withoutDraft(turn.user, conversation.id, now));
  turn.answerInvoke({ kind: 'done' });
}

function showForm(turn: ActionTurn, form: Omit<FactsFormInput, 'verb' | 'surface'>): void {
  const card = factsFormCard({ ...form, verb: VERBS.submitHandoff, surface: 'dialog' });
  turn.answerInvoke({ kind: 'dialog', title: COMPOSE_WORDS.dialogTitle, card });
}

/**
 * "Ask" in the compose box: the FAQ answers that match what was typed, each with its title, the
 * start of its answer and its source; the one chosen is inserted as the answer card.
 */
export async function handleComposeSearch(turn: Turn<ComposeSearchEvent>): Promise<void> {
  const { commandId, parameters, initialRun, skip, count } = turn.event;
  if (commandId !== COMPOSE_COMMANDS.searchAnswers) return unknownCommand(turn);
  const question = (parameters[SEARCH_PARAMETER] ?? '').trim();
  if (initialRun || question === '') return say(turn, COMPOSE_WORDS.typeQuestion);
  if (question.length > QUESTION_MAX_LENGTH) {
    return say(turn, COMPOSE_WORDS.questionTooLong(QUESTION_MAX_LENGTH));
  }
  let found;
  try {
    found = turn.deps.ask(question, { limit: MAX_LIMIT });
  } catch (error) {
    // A question with nothing to search by (only punctuation, say) has no answer either.
    if (error instanceof AskInputError) return say(turn, COMPOSE_WORDS.noAnswer);
    throw error;
  }
  if (!found.answered) return say(turn, COMPOSE_WORDS.noAnswer);
  const results: SearchResult[] = found.results.slice(skip, skip + count).map((result) => ({
    title: result.entry.question,
    text: COMPOSE_WORDS.resultText(
      shortAnswer(result.entry.answer),
      sourceText(result.entry.source),
    ),
    card: answerCard({ question, results: [result] }),
  }));
  turn.answerInvoke({ kind: 'searchResults', results });
}

/** A request whose payload is not what Teams sends: refused, saying what was wrong. */
export function answerMalformed(turn: Turn<MalformedRequestEvent>): void {
  turn.answerInvoke({
    kind: 'error',
    status: 400,
    code: 'BadRequest',
    message: malformedRequest(turn.event.problems),
  });
}

/** A command id the app does not declare: said by the commands' names, never their ids. */
function unknownCommand(turn: Turn): void {
  say(turn, COMPOSE_WORDS.unknownCommand);
}

function say(turn: Turn, words: string): void {
  turn.answerInvoke({ kind: 'message', text: words });
}
