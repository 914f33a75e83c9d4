import { BotState, ConversationState, type Storage, type TurnContext, UserState } from 'botbuilder';

/** what BotState keeps in turnState for a loaded state: the object and its change check */
interface CachedState {
  state: Record<string, unknown>;
  hash: string;
}

/** where a kind of state lives: botbuilder's ConversationState and UserState both say */
interface StorageKeys {
  getStorageKey(context: TurnContext): string | undefined;
}

/**
 * Bot state saved on a JSON change check. botbuilder's BotState decides whether to save by
 * hashing the state (a stringify with a replacer on every value, then SHA-256) on load, before
 * saving and after saving; the state is stored as JSON anyway, so its JSON text is the check:
 * one plain stringify. Same turnState entry, same rules (unchanged state is not written,
 * `force` always is), and the same storage keys as botbuilder's own kinds.
 */
export class JsonCheckedState extends BotState {
  /** conversation state, keyed as botbuilder's ConversationState keys it */
  static forConversations(storage: Storage): JsonCheckedState {
    return new JsonCheckedState(storage, new ConversationState(storage), 'conversation');
  }

  /** user state, keyed as botbuilder's UserState keys it */
  static forUsers(storage: Storage): JsonCheckedState {
    return new JsonCheckedState(storage, new UserState(storage), 'user');
  }

  private constructor(storage: Storage, keys: StorageKeys, kind: string) {
    super(storage, async (context) => {
      const key = keys.getStorageKey(context);
      if (!key) throw new Error(`${kind} state: the activity names no channel or ${kind} id.`);
      return key;
    });
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = this.cached(context);
    if (!force && cached?.state) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] ?? {}) as Record<string, unknown>;
    context.turnState.set(this.turnStateKey, { state, hash: changeCheck(state) });
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let cached = this.cached(context);
    if (!force && (!cached || cached.hash === changeCheck(cached.state))) return;
    cached ??= { state: {}, hash: '' };
    cached.state.eTag = '*';
    const key = await this.storageKey(context);
    await this.storage.write({ [key]: cached.state });
    cached.hash = changeCheck(cached.state);
    context.turnState.set(this.turnStateKey, cached);
  }

  private cached(context: TurnContext): CachedState | undefined {
    return context.turnState.get(this.turnStateKey) as CachedState | undefined;
  }

  /** the turnState key BotState's own get, set, clear and delete use */
  private get turnStateKey(): symbol {
    return (this as unknown as { stateKey: symbol }).stateKey;
  }
}

/**
 * the state as JSON. Its eTag is included, which is harmless: it only changes when the state is
 * written, and the check is taken again after every write. A value JSON cannot hold counts as a
 * change, so that storage refuses it with its own clear message.
 */
function changeCheck(state: Record<string, unknown>): string {
  try {
    return JSON.stringify(state);
  } catch {
    return '';
  }
}
