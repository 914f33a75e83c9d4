import { ActivityTypes, type TurnContext } from 'botbuilder';
import { HandoffActionData, REASON_INPUT_ID, VERBS } from '../cards';
import type { HandoffRecord, HandoffRequest, Person } from '../handoffs';
import type { CardReply } from './cardActions';
import type { BotEnvironment } from './environment';
import { personFrom, requestIdOf, tenantOf } from './people';
import { BOT_WORDS } from './words';

/**
 * How a handoff action is answered: the handoff as this viewer sees it, why their action was
 * refused (if it was), and whether the card everyone sees must be updated where it is.
 */
export interface HandoffReply {
  record: HandoffRecord;
  viewer: Person;
  notice?: string;
  updateForEveryone: boolean;
}

type HandoffVerb =
  | typeof VERBS.acceptHandoff
  | typeof VERBS.handBackHandoff
  | typeof VERBS.completeHandoff
  | typeof VERBS.refreshHandoff;

/**
 * Accept, hand back, complete or refresh: the same for an Action.Execute invoke and for its
 * Action.Submit fallback. The request id is the activity's, so the same action delivered
 * twice changes nothing the second time.
 */
export async function handleHandoffAction(
  env: BotEnvironment,
  context: TurnContext,
  verb: HandoffVerb,
  data: Record<string, unknown>,
): Promise<CardReply> {
  const payload = HandoffActionData.safeParse(data);
  if (!payload.success) {
    const issue = payload.error.issues[0];
    return { text: BOT_WORDS.badHandoffAction(String(issue?.path[0] ?? ''), issue?.message) };
  }
  const viewer = personFrom(context.activity);
  if (!viewer) return { text: BOT_WORDS.unknownPerson };
  const { handoffId } = payload.data;

  if (verb === VERBS.refreshHandoff) {
    const record = await env.handoffs.get(handoffId);
    if (!record || !sameTenant(record, context)) return { text: BOT_WORDS.handoffNotFound };
    // An invoke refreshes one person's view (Teams sends one each time the owner looks at the
    // card), so the shared card stays as it is; a Submit has no per-person view to refresh.
    const updateForEveryone = context.activity.type === ActivityTypes.Message;
    return { handoff: { record, viewer, updateForEveryone } };
  }

  const request = requestFor(verb, payload.data[REASON_INPUT_ID]);
  // A handoff from another tenant is not found here: no action crosses tenants.
  const existing = await env.handoffs.get(handoffId);
  if (!existing || !sameTenant(existing, context)) return { text: BOT_WORDS.handoffNotFound };
  const outcome = await env.handoffs.act(
    handoffId,
    request,
    viewer,
    env.now(),
    requestIdOf(context.activity),
  );
  if (!outcome.found) return { text: BOT_WORDS.handoffNotFound };
  if (!outcome.ok) {
    return {
      handoff: {
        record: outcome.record,
        viewer,
        notice: outcome.refusal.message,
        updateForEveryone: false,
      },
    };
  }
  return { handoff: { record: outcome.record, viewer, updateForEveryone: outcome.changed } };
}

function requestFor(verb: Exclude<HandoffVerb, 'refreshHandoff'>, reason = ''): HandoffRequest {
  switch (verb) {
    case VERBS.acceptHandoff:
      return { action: 'accept' };
    case VERBS.completeHandoff:
      return { action: 'complete' };
    case VERBS.handBackHandoff:
      return { action: 'handBack', reason };
  }
}

function sameTenant(record: HandoffRecord, context: TurnContext): boolean {
  return record.tenantId === undefined || record.tenantId === tenantOf(context.activity);
}
