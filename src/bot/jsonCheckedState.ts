import { type BotState, ConversationState, type TurnContext, UserState } from 'botbuilder';

/** what BotState keeps in turnState for a loaded state: the object and its change check */
interface CachedState {
  state: Record<string, unknown>;
  hash: string;
}

// A mixin's base must take `any[]`; every botbuilder state takes its storage first.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type StateConstructor = new (...args: any[]) => BotState;

/**
 * botbuilder's BotState decides whether to save by hashing the state (a stringify with a
 * replacer on every value, then SHA-256) on load, before saving and after saving. The state is
 * stored as JSON anyway, so its JSON text is the change check: one plain stringify per check.
 * Same cache entry, same rules (unchanged state is not written, `force` always is).
 */
function withJsonChangeCheck<Base extends StateConstructor>(base: Base) {
  return class extends base {
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
  };
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

export const JsonCheckedConversationState = withJsonChangeCheck(ConversationState);
export const JsonCheckedUserState = withJsonChangeCheck(UserState);
