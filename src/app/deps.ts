import type { HandoffStore } from '../handoffs';
import type { AskResult } from '../knowledge';
import type { PlaceReference, PlaceStore } from '../places';
import type { Message } from './outputs';

/** Posts into a conversation the bot is not in a turn of (a remembered place). */
export interface Outbox {
  /** rejects when the message could not be posted (the bot removed from there, say) */
  post(place: PlaceReference, message: Message): Promise<void>;
}

/** Where the application writes what it cannot tell the person. */
export interface AppLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** What the application works with: built once by the entry point and passed in. */
export interface AppDeps {
  ask(question: string): AskResult;
  handoffs: HandoffStore;
  places: PlaceStore;
  /** absent: handoffs can be posted only where they are asked for */
  outbox?: Outbox;
  /** the time of an action: the only clock the application reads */
  now(): Date;
  log: AppLog;
}
