import type { HandoffId, HandoffStore, Person } from '../handoffs';
import type { AskResult } from '../knowledge';
import type { PlaceReference, PlaceStore } from '../places';
import type { Message } from './outputs';

/** Posts into a conversation the bot is not in a turn of (a remembered place). */
export interface Outbox {
  /**
   * the id of the message posted, when the channel gives one; rejects when the message could
   * not be posted (the bot removed from there, say)
   */
  post(place: PlaceReference, message: Message): Promise<{ messageId?: string }>;
}

/** The people in the event's conversation, as Teams knows them: built for each turn. */
export interface People {
  /**
   * the member with this Teams user id or Entra object id, with both ids and their name;
   * undefined when nobody by that id is in the conversation
   */
  find(id: string): Promise<Person | undefined>;
}

/** Where the application writes what it cannot tell the person. */
export interface AppLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** What the application works with: built once by the entry point and passed in. */
export interface AppDeps {
  ask(question: string, options?: { limit?: number }): AskResult;
  handoffs: HandoffStore;
  places: PlaceStore;
  /** absent: handoffs can be posted only where they are asked for */
  outbox?: Outbox;
  /** absent: nobody can be named on a handoff, since nobody can be looked up */
  people?: People;
  /**
   * the page a meeting notification about a handoff opens (on the bot's public address);
   * absent, no meeting notifications are sent
   */
  noticeUrl?(handoffId: HandoffId, token: string): string;
  /** the time of an action: the only clock the application reads */
  now(): Date;
  log: AppLog;
}
