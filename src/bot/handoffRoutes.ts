import { PostHandoffData, PostHandoffToData, VERBS } from '../cards';
import { parsePartialFacts } from '../rubric';
import { advise } from './advice';
import type { Route } from './cardActions';
import { conversationKind } from './conversationKind';
import { handleHandoffAction } from './handoffActions';
import { type Decided, placePicker, postHandoffHere, postHandoffTo } from './handoffPosting';
import { BOT_WORDS } from './words';

/** The handoff verbs: posting one, and acting on one. */
export const HANDOFF_ROUTES: Record<string, Route> = {
  // A result card's "Post handoff": where to post it from personal chat, or post it right here.
  [VERBS.postHandoff]: async (env, context, data) => {
    const decided = decidedFrom(PostHandoffData.safeParse(data).data?.facts);
    if (!decided) return { text: BOT_WORDS.badHandoffFacts };
    if (conversationKind(context.activity) === 'personal') {
      return placePicker(env, context, decided);
    }
    const posted = await postHandoffHere(env, context, decided);
    return posted ? { replied: true } : { text: BOT_WORDS.unknownPerson };
  },
  [VERBS.postHandoffTo]: async (env, context, data) => {
    const submit = PostHandoffToData.safeParse(data);
    const decided = decidedFrom(
      submit.success ? submit.data.facts : PostHandoffData.safeParse(data).data?.facts,
    );
    if (!decided) return { text: BOT_WORDS.badHandoffFacts };
    if (!submit.success) {
      return placePicker(env, context, decided, { problem: BOT_WORDS.choosePlace });
    }
    return postHandoffTo(env, context, decided, submit.data.placeId);
  },
  [VERBS.acceptHandoff]: (env, context, data) =>
    handleHandoffAction(env, context, VERBS.acceptHandoff, data),
  [VERBS.handBackHandoff]: (env, context, data) =>
    handleHandoffAction(env, context, VERBS.handBackHandoff, data),
  [VERBS.completeHandoff]: (env, context, data) =>
    handleHandoffAction(env, context, VERBS.completeHandoff, data),
  [VERBS.refreshHandoff]: (env, context, data) =>
    handleHandoffAction(env, context, VERBS.refreshHandoff, data),
};

/** Facts carried by a card, decided afresh; undefined if they are not facts or decide nothing. */
function decidedFrom(value: unknown): Decided | undefined {
  if (value === undefined) return undefined;
  const parsed = parsePartialFacts(value);
  if (!parsed.ok) return undefined;
  const advice = advise(parsed.facts);
  return advice.decided
    ? { facts: advice.facts, recommendation: advice.recommendation }
    : undefined;
}
