import {
  type BotState,
  ConversationState,
  type Storage,
  type StorageKeyFactory,
  type TurnContext,
  UserState,
} from 'botbuilder';

/**
 * botbuilder's BotState decides whether to save by hashing the state (a stringify with a
 * replacer on every value, then SHA-256) on load, before saving and after saving. The state is
 * stored as JSON anyway, so its JSON text is the change check: one plain stringify per check.
 * Same turnState entry, same rules (unchanged state is not written, `force` always is).
 */
export class JsonCheckedConversationState extends ConversationState {
  override load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    return loadState(this.parts(), context, force);
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return saveState(this.parts(), context, force);
  }

  private parts(): StateParts {
    return { storage: this.storage, storageKey: this.storageKey, turnStateKey: turnStateKey(this) };
  }
}

/** User state with the same change check as JsonCheckedConversationState. */
export class JsonCheckedUserState extends UserState {
  override load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    return loadState(this.parts(), context, force);
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return saveState(this.parts(), context, force);
  }

  private parts(): StateParts {
    return { storage: this.storage, storageKey: this.storageKey, turnStateKey: turnStateKey(this) };
  }
}

/** what BotState keeps in turnState for a loaded state: the object and its change check */
interface CachedState {
  state: Record<string, unknown>;
  hash: string;
}

interface StateParts {
  storage: Storage;
  storageKey: StorageKeyFactory;
  /** the turnState key BotState's own get, set, clear and delete use */
  turnStateKey: symbol;
}

function turnStateKey(state: BotState): symbol {
  return (state as unknown as { stateKey: symbol }).stateKey;
}

async function loadState(
  { storage, storageKey, turnStateKey }: StateParts,
  context: TurnContext,
  force: boolean,
): Promise<Record<string, unknown>> {
  const cached = context.turnState.get(turnStateKey) as CachedState | undefined;
  if (!force && cached?.state) return cached.state;
  const key = await storageKey(context);
  const items = await storage.read([key]);
  const state = (items[key] ?? {}) as Record<string, unknown>;
  context.turnState.set(turnStateKey, { state, hash: changeCheck(state) } satisfies CachedState);
  return state;
}

async function saveState(
  { storage, storageKey, turnStateKey }: StateParts,
  context: TurnContext,
  force: boolean,
): Promise<void> {
  let cached = context.turnState.get(turnStateKey) as CachedState | undefined;
  if (!force && (!cached || cached.hash === changeCheck(cached.state))) return;
  cached ??= { state: {}, hash: '' };
  cached.state.eTag = '*';
  const key = await storageKey(context);
  await storage.write({ [key]: cached.state });
  cached.hash = changeCheck(cached.state);
  context.turnState.set(turnStateKey, cached);
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
