import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import {
  type AdaptiveCardJson,
  factsFormCard,
  readFactsForm,
  requiredProblem,
  resultCard,
  VERBS,
} from '../cards';
import { parsePartialFacts } from '../rubric';
import { advise } from './advice';
import { answerQuestion } from './answers';
import { conversationKind } from './conversationKind';
import type { HandoffReply } from './handoffActions';
import { placePicker, proposeInPlace } from './handoffPosting';
import { HANDOFF_ROUTES } from './handoffRoutes';
import { plainMessage } from './replies';
import { type BotEnvironment, rememberFacts } from './environment';
import { BOT_WORDS } from './words';

/**
 * What a card action is answered with: a card (replacing the one acted on, where the client
 * can), a line of text, nothing more because the route has already replied, or a handoff as
 * the person who acted sees it (see handoffDelivery).
 */
export type CardReply =
  { card: AdaptiveCardJson } | { text: string } | { replied: true } | { handoff: HandoffReply };

const ActionData = z.looseObject({ verb: z.string().max(40) });
const EditData = z.looseObject({ facts: z.unknown() });
const AskData = z.looseObject({ question: z.string().trim().min(1).max(500) });

/** Answers one card action, given its data (the verb included). */
export type Route = (
  env: BotEnvironment,
  context: TurnContext,
  data: Record<string, unknown>,
) => Promise<CardReply>;

/** Card actions by verb: the same table serves Action.Execute invokes and Action.Submit messages. */
const ROUTES: Record<string, Route> = {
  [VERBS.assess]: (env, context) => startQuestions(env, context, false),
  [VERBS.partner]: (env, context) => startQuestions(env, context, true),
  [VERBS.startOver]: (env, context) => startQuestions(env, context, false),
  [VERBS.editAnswers]: async (_env, _context, data) => {
    const edit = EditData.safeParse(data);
    const facts = edit.success ? parsePartialFacts(edit.data.facts) : undefined;
    return {
      card: factsFormCard({ facts: facts?.ok ? facts.facts : {}, verb: VERBS.submitFacts }),
    };
  },
  [VERBS.submitFacts]: (env, context, data) => submitForm(env, context, data, 'result'),
  [VERBS.submitHandoff]: (env, context, data) => submitForm(env, context, data, 'handoff'),
  [VERBS.ask]: async (env, _context, data) => {
    const ask = AskData.safeParse(data);
    if (!ask.success) return { text: BOT_WORDS.badQuestion };
    return { card: answerQuestion(env, ask.data.question) };
  },
  ...HANDOFF_ROUTES,
};

/** Routes a card action by its verb; anything unknown or malformed is answered, never thrown. */
export async function handleCardAction(
  env: BotEnvironment,
  context: TurnContext,
  value: unknown,
): Promise<CardReply> {
  const action = ActionData.safeParse(value);
  if (!action.success) return { text: BOT_WORDS.unknownAction };
  // Own verbs only: "constructor" or "toString" must not find something inherited.
  const verb = action.data.verb;
  const route = Object.hasOwn(ROUTES, verb) ? ROUTES[verb] : undefined;
  if (!route) return { text: BOT_WORDS.unknownAction };
  return route(env, context, action.data);
}

/** Personal chat starts the questions; shared conversations get the form instead. */
async function startQuestions(
  env: BotEnvironment,
  context: TurnContext,
  partner: boolean,
): Promise<CardReply> {
  if (conversationKind(context.activity) !== 'personal') {
    return {
      card: factsFormCard({ facts: partner ? { partner: {} } : {}, verb: VERBS.submitFacts }),
    };
  }
  await context.sendActivity(plainMessage(BOT_WORDS.startingQuestions));
  await env.dialogs.start(context, { partner });
  return { replied: true };
}

async function submitForm(
  env: BotEnvironment,
  context: TurnContext,
  data: Record<string, unknown>,
  answer: 'result' | 'handoff',
): Promise<CardReply> {
  const verb = answer === 'result' ? VERBS.submitFacts : VERBS.submitHandoff;
  const form = readFactsForm(data);
  if (!form.ok) {
    return { card: factsFormCard({ facts: {}, submitted: data, problems: form.problems, verb }) };
  }
  const advice = advise(form.facts);
  if (!advice.decided) {
    // readFactsForm already asks for what the rules need; should they still lack a fact, say which.
    const problems = advice.needed.map(requiredProblem);
    return { card: factsFormCard({ facts: form.facts, problems, verb }) };
  }
  await rememberFacts(env, context, advice.facts);
  const decided = { facts: advice.facts, recommendation: advice.recommendation };
  if (answer === 'result') return { card: resultCard(decided) };
  // The form asked for what a handoff lacked: the handoff is proposed and its card replaces it.
  if (conversationKind(context.activity) === 'personal') return placePicker(env, context, decided);
  return proposeInPlace(env, context, decided);
}
