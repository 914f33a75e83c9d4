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

/** Someone wrote to the bot (in a shared conversation, with the bot's own mention taken out). */
export interface MessageEvent extends EventBase {
  readonly type: 'message';
  readonly text: string;
  /** other people @mentioned in it, in the order they appear */
  readonly mentioned: readonly Person[];
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

export type AppEvent = MessageEvent | CardActionEvent | MembershipEvent;
