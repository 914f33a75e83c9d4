import type { Person } from '../handoffs';
import type { Conversation, MembershipChange } from '../places';

/** What every event carries: who, where, and the request it is. */
export interface EventBase {
  /**
   * the activity's id: the same activity delivered again has the same one, so it is never
   * handled twice; absent when the client sent none (it cannot be recognised again)
   */
  readonly activityId?: string;
  /** the id records keep for what this request did: the activity id, else a fresh one */
  readonly requestId: string;
  readonly from: Person;
  readonly conversation: Conversation;
}

/** Someone @mentioned in a message: who, and the text that mentions them (`<at>Jane</at>`). */
export interface Mention {
  readonly person: Person;
  readonly text: string;
}

/** Someone wrote to the bot (in a shared conversation, with the bot's own mention taken out). */
export interface MessageEvent extends EventBase {
  readonly type: 'message';
  readonly text: string;
  /** other people @mentioned in it, in the order they appear */
  readonly mentions: readonly Mention[];
}

/**
 * Someone pressed a card button: an Action.Execute invoke or an Action.Submit message. Either
 * way the action is `{ verb, ...data }`, checked by the route for its verb.
 */
export interface CardActionEvent extends EventBase {
  readonly type: 'cardAction';
  readonly via: 'execute' | 'submit';
  readonly action: unknown;
  /** the message that carries the card acted on, when the client says */
  readonly cardMessageId?: string;
}

/** The bot or other people joined or left, or Teams changed the team or its channels. */
export interface MembershipEvent extends EventBase {
  readonly type: 'membership';
  readonly change: MembershipChange;
  /** the bot itself joined the conversation's members (not an install notice): say hello */
  readonly botJoined: boolean;
}

/** Where a message extension's command was started from. */
export const COMPOSE_CONTEXTS = ['compose', 'message', 'commandBox'] as const;
export type ComposeContext = (typeof COMPOSE_CONTEXTS)[number];

/**
 * A message extension's action command, at one of its steps: its dialog asked for (`open`),
 * the dialog submitted (`submit`), the preview of what it would post edited or sent.
 */
export interface ComposeActionEvent extends EventBase {
  readonly type: 'composeAction';
  readonly step: 'open' | 'submit' | 'editPreview' | 'sendPreview';
  readonly commandId: string;
  readonly context: ComposeContext;
  /** opened from a message's "…" menu: that message's text, markup removed */
  readonly messageText?: string;
  /** submit: what the dialog's inputs sent, checked by the command */
  readonly data?: unknown;
}

/** A message extension's search command: what was typed in it, by parameter name. */
export interface ComposeSearchEvent extends EventBase {
  readonly type: 'composeSearch';
  readonly commandId: string;
  readonly parameters: Readonly<Record<string, string>>;
  /** the search was opened, nothing typed yet */
  readonly initialRun: boolean;
  readonly skip: number;
  readonly count: number;
}

/** A part of a request that is not what its kind carries. */
export interface RequestProblem {
  /** where it is in the request, e.g. "commandId", "parameters.0.value" */
  readonly field: string;
  readonly problem: 'missing' | 'wrongType' | 'notAllowed' | 'tooLong' | 'outOfRange';
}

/**
 * A message extension request whose payload is not what Teams sends (a field missing or of the
 * wrong type): answered with what was wrong, never acted on.
 */
export interface MalformedRequestEvent extends EventBase {
  readonly type: 'malformed';
  readonly surface: 'composeAction' | 'composeSearch';
  readonly problems: readonly RequestProblem[];
}

export type AppEvent =
  | MessageEvent
  | CardActionEvent
  | MembershipEvent
  | ComposeActionEvent
  | ComposeSearchEvent
  | MalformedRequestEvent;
