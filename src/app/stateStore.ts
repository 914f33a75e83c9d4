import type { z } from 'zod';
import type { ItemStore, StoredItem } from '../storage/itemStore';
import type { AppLog } from './deps';
import { ConversationMemory, UserMemory } from './state';

/** Where a conversation's and a person's state are kept (the keys botbuilder's state used). */
export interface StateKeys {
  readonly conversation: string;
  readonly user: string;
}

export function stateKeys(channelId: string, conversationId: string, userId: string): StateKeys {
  return {
    conversation: `${channelId}/conversations/${conversationId}/`,
    user: `${channelId}/users/${userId}/`,
  };
}

/** A conversation's state as stored: the application's memory, and the translator's own part. */
export interface StoredState {
  conversation: ConversationMemory;
  user: UserMemory;
  /** the translator's dialog stack, kept as it was stored (the translator checks it) */
  dialogState: unknown;
  /** what was stored could not be read: it is replaced at the end of the turn */
  lost: boolean;
}

/**
 * Loads and saves the state of a turn. What cannot be read (not JSON, an older or a forged
 * shape) is replaced rather than refused: a person must never be locked out of their own chat.
 * A part that did not change is not written.
 */
export class StateStore {
  constructor(
    private readonly items: ItemStore,
    private readonly log: AppLog,
  ) {}

  async load(keys: StateKeys, extraKeys: readonly string[] = []) {
    const found = await this.items.read([keys.conversation, keys.user, ...extraKeys]);
    const conversationItem = this.record(keys.conversation, found.get(keys.conversation));
    const userItem = this.record(keys.user, found.get(keys.user));
    const conversation = this.parse(
      keys.conversation,
      ConversationMemory,
      conversationItem.value?.advisor,
    );
    const user = this.parse(keys.user, UserMemory, userItem.value?.advisor);
    const state: StoredState = {
      conversation: conversation.value,
      user: user.value,
      dialogState: conversationItem.value?.dialogState,
      lost: conversationItem.lost || userItem.lost || conversation.lost || user.lost,
    };
    return { state, found, saved: snapshot(state) };
  }

  /** Writes what changed since `saved` (the snapshot `load` returned). */
  async save(keys: StateKeys, state: StoredState, saved: Snapshot): Promise<void> {
    const now = snapshot(state);
    const writes: Promise<string>[] = [];
    if (state.lost || now.conversation !== saved.conversation) {
      const item = { advisor: state.conversation, dialogState: state.dialogState ?? {} };
      writes.push(this.items.write(keys.conversation, item, { overwrite: true }));
    }
    if (state.lost || now.user !== saved.user) {
      writes.push(this.items.write(keys.user, { advisor: state.user }, { overwrite: true }));
    }
    await Promise.all(writes);
  }

  /** the stored item as an object of parts; anything else is unreadable */
  private record(key: string, item: StoredItem | undefined) {
    const value = item?.value;
    if (value === undefined) return { value: undefined, lost: false };
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return { value: value as Record<string, unknown>, lost: false };
    }
    this.log.warn({ key, problem: 'not an object' }, 'unreadable state replaced');
    return { value: undefined, lost: true };
  }

  private parse<S extends z.ZodType<object>>(
    key: string,
    schema: S,
    raw: unknown,
  ): { value: z.output<S>; lost: boolean } {
    if (raw === undefined) return { value: schema.parse({}), lost: false };
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { value: parsed.data, lost: false };
    this.log.warn({ key, problem: parsed.error.issues[0]?.message }, 'unreadable state replaced');
    return { value: schema.parse({}), lost: true };
  }
}

/** The state's JSON, to tell whether a turn changed it. */
export interface Snapshot {
  conversation: string;
  user: string;
}

function snapshot(state: StoredState): Snapshot {
  return {
    conversation: JSON.stringify([state.conversation, state.dialogState]),
    user: JSON.stringify(state.user),
  };
}
