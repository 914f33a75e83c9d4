import { randomUUID } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import { handleEvent } from '../app/app';
import { Deliveries, deliveriesKey } from '../app/deliveries';
import type { AppDeps, AppLog } from '../app/deps';
import type { Effect, InvokeAnswer } from '../app/outputs';
import { type StoredState, StateStore, stateKeys } from '../app/stateStore';
import type { TurnOutput } from '../app/turn';
import type { Logger } from '../logger';
import type { ItemStore, StoredItem } from '../storage/itemStore';
import { causes, StorageUnavailableError } from '../storage/storageErrors';
import { FAILURE_WORDS } from '../words/chat';
import type { CheckedActivity } from './activity';
import { invokeResponse, type OutgoingMessage, toActivity } from './messages';
import { QualifyingDialogRunner } from './qualifyingDialog';
import { sendMeetingNotice, teamsPeople } from './teamsServices';
import { eventFrom } from './toEvent';

export interface TeamsBotOptions {
  readonly deps: AppDeps;
  readonly items: ItemStore;
  /** tenant ids allowed to use the bot (lower-cased on the way in); undefined: every tenant */
  readonly allowedTenants?: readonly string[];
}

// Only people who wrote something or pressed a card button are waiting for an answer; a failed
// membership event should not post an apology into a busy channel.
const ANSWERED_ON_FAILURE = new Set(['message', 'invoke']);

/**
 * The Teams translator's turn: the activity as an application event, the state loaded and
 * saved around it, the dialog stack holding the questions, and what the application said
 * carried out in the conversation. A delivery of an activity already taken does nothing.
 */
export class TeamsBot {
  private readonly state: StateStore;
  private readonly deliveries: Deliveries;
  private readonly dialogs = new QualifyingDialogRunner();
  private readonly allowed: ReadonlySet<string> | undefined;

  constructor(private readonly options: TeamsBotOptions) {
    this.state = new StateStore(options.items, options.deps.log);
    this.deliveries = new Deliveries(options.items, options.deps.now);
    this.allowed = options.allowedTenants
      ? new Set(options.allowedTenants.map((tenant) => tenant.toLowerCase()))
      : undefined;
  }

  async run(context: TurnContext, { activity, tenantId }: CheckedActivity, logger: () => Logger) {
    if (this.allowed && !(tenantId !== undefined && this.allowed.has(tenantId))) {
      // The bot never runs for another tenant: no state is read or written for it.
      return refuse(context, activity.type);
    }
    const event = eventFrom(activity, tenantId, activity.id || randomUUID());
    if (!event) {
      if (activity.type !== 'invoke') return;
      return answerInvoke(context, {
        kind: 'error',
        status: 400,
        code: 'NotSupported',
        message: `Handoff Advisor does not handle "${activity.name ?? 'unnamed'}" requests.`,
      });
    }
    const log = lazyLog(logger);
    const deps: AppDeps = { ...this.options.deps, log, people: teamsPeople(context) };
    const keys = stateKeys(activity.channelId, activity.conversation.id, activity.from.id);
    // An Action.Execute waits for its answer, and the handoff it acts on already ignores a
    // request it has seen: only messages and membership changes are claimed.
    const claim =
      event.activityId !== undefined && activity.type !== 'invoke'
        ? { key: deliveriesKey(activity.channelId, activity.conversation.id), id: event.activityId }
        : undefined;
    let output: TurnOutput | undefined;
    let claimed: StoredItem | undefined;
    try {
      const loaded = await this.state.load(keys, claim ? [claim.key] : []);
      if (claim) {
        claimed = await this.deliveries.claim(claim.key, claim.id, loaded.found.get(claim.key));
        if (!claimed) {
          log.info({ activityId: claim.id }, 'a delivery of an activity already taken: ignored');
          return;
        }
      }
      const personal = event.conversation.kind === 'personal' && event.type !== 'membership';
      const stack = personal
        ? await this.dialogs.open(context, loaded.state.dialogState)
        : undefined;
      const lost = loaded.state.lost || stack?.unreadable === true;
      if (stack?.unreadable) log.warn({ key: keys.conversation }, 'unreadable questions replaced');
      output = await handleEvent(
        event,
        {
          conversation: loaded.state.conversation,
          user: loaded.state.user,
          ...(stack?.questions ? { questions: stack.questions } : {}),
          ...(lost ? { lost } : {}),
        },
        deps,
      );
      await stack?.keep(output.changes.questions);
      const next: StoredState = {
        conversation: output.changes.conversation ?? loaded.state.conversation,
        user: output.changes.user ?? loaded.state.user,
        dialogState: stack ? stack.dialogState : loaded.state.dialogState,
        lost,
      };
      await this.state.save(keys, next, loaded.saved);
      await carryOut(context, output.effects, log);
      if (output.invoke) await answerInvoke(context, output.invoke);
    } catch (error) {
      await this.undo(output, claim && claimed ? { ...claim, claimed } : undefined, log);
      return answerFailure(context, error, log);
    }
    if (claim) {
      // Should this write fail, a later delivery after the lease is handled again: no worse.
      await this.deliveries.finish(claim.key, claim.id, claimed).catch((error: unknown) => {
        log.warn({ err: error }, 'could not mark the activity as handled');
      });
    }
  }

  /** What a failed turn created is removed, and its claim let go, so a retry starts clean. */
  private async undo(
    output: TurnOutput | undefined,
    claim: { key: string; id: string; claimed: StoredItem } | undefined,
    log: AppLog,
  ): Promise<void> {
    for (const step of output?.undo ?? []) {
      await step().catch((error: unknown) => log.warn({ err: error }, 'could not undo a record'));
    }
    if (claim) {
      await this.deliveries.release(claim.key, claim.id, claim.claimed).catch((error: unknown) => {
        log.warn({ err: error }, 'could not release the claim on a failed activity');
      });
    }
  }
}

/**
 * Sends, updates and notifies in order. A card that cannot be updated in place shows the change
 * later; a meeting notification Teams refuses leaves the card in the chat to tell them.
 */
async function carryOut(context: TurnContext, effects: readonly Effect[], log: AppLog) {
  let batch: Extract<Effect, { kind: 'send' }>[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const sent = batch;
    batch = [];
    const responses = await context.sendActivities(
      sent.map((e) => asActivity(toActivity(e.message))),
    );
    for (const [index, { onPosted }] of sent.entries()) {
      const id = responses[index]?.id;
      if (!onPosted || !id) continue;
      // The message is out: failing to note where leaves it without a link, nothing worse.
      await onPosted(id).catch((err: unknown) => log.warn({ err }, 'could not note a posted card'));
    }
  };
  for (const effect of effects) {
    if (effect.kind === 'send') {
      batch.push(effect);
      continue;
    }
    await flush();
    if (effect.kind === 'notifyInMeeting') {
      await sendMeetingNotice(context, effect.notice, log);
      continue;
    }
    try {
      await context.updateActivity({
        ...asActivity(toActivity(effect.message)),
        id: effect.messageId,
      });
    } catch (error) {
      // The record is saved: the card shows the change at its next refresh or action.
      log.warn({ err: error }, 'could not update a card in place');
    }
  }
  await flush();
}

async function answerInvoke(context: TurnContext, answer: InvokeAnswer): Promise<void> {
  const value = invokeResponse(answer, context.activity.name);
  await context.sendActivity({ type: 'invokeResponse', value });
}

async function refuse(context: TurnContext, type: string): Promise<void> {
  if (type === 'invoke') {
    await answerInvoke(context, { kind: 'message', text: FAILURE_WORDS.tenantRefused });
  } else if (type === 'message') {
    await context.sendActivity(
      asActivity(toActivity({ kind: 'text', text: FAILURE_WORDS.tenantRefused })),
    );
  }
}

/**
 * Logs what went wrong and tells the person, if they are waiting for an answer: a message gets
 * a reply, an invoke its answer. Storage out of reach is said as such: nothing was kept.
 */
export async function answerFailure(
  context: TurnContext,
  error: unknown,
  log: Pick<AppLog, 'warn' | 'error'>,
): Promise<void> {
  const type = context.activity.type;
  const storageDown = causes(error).some((cause) => cause instanceof StorageUnavailableError);
  log.error({ err: error }, storageDown ? 'turn failed: storage unavailable' : 'turn failed');
  if (!ANSWERED_ON_FAILURE.has(type)) return;
  const words = storageDown ? FAILURE_WORDS.storageUnavailable : FAILURE_WORDS.turnFailed;
  try {
    if (type === 'invoke') {
      await answerInvoke(
        context,
        storageDown
          ? { kind: 'message', text: words }
          : { kind: 'error', status: 500, code: 'InternalError', message: words },
      );
    } else await context.sendActivity(asActivity(toActivity({ kind: 'text', text: words })));
  } catch (sendError) {
    // The connector may be the thing that failed; the turn is over either way.
    log.warn({ err: sendError }, 'could not tell the person the turn failed');
  }
}

/** Our plain message JSON as botbuilder types it (its enums are plain strings on the wire). */
export function asActivity(message: OutgoingMessage): Partial<Activity> {
  return message as Partial<Activity>;
}

/** The turn's logger is built only when something is logged (see lazyTurnLogger). */
function lazyLog(logger: () => Logger): AppLog {
  return {
    info: (details, message) => logger().info(details, message),
    warn: (details, message) => logger().warn(details, message),
    error: (details, message) => logger().error(details, message),
  };
}
