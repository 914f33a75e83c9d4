import {
  ConversationState,
  MemoryStorage,
  type StoreItems,
  TestAdapter,
  TurnContext,
  UserState,
} from 'botbuilder';
import { JsonCheckedState } from '../../src/bot/jsonCheckedState';

/** MemoryStorage that counts what is written */
class CountingStorage extends MemoryStorage {
  writes: StoreItems[] = [];
  override async write(changes: StoreItems): Promise<void> {
    this.writes.push(JSON.parse(JSON.stringify(changes)) as StoreItems);
    await super.write(changes);
  }
}

const adapter = new TestAdapter();
const turn = () =>
  new TurnContext(adapter, {
    ...adapter.makeActivity('hello'),
    channelId: 'test',
    conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' },
  });

/** conversation state with `{ count: 1 }` saved by one turn */
async function savedOnce(storage = new CountingStorage()) {
  const state = JsonCheckedState.forConversations(storage);
  const memory = state.createProperty<{ count: number }>('memory');
  const first = turn();
  await memory.set(first, { count: 1 });
  await state.saveChanges(first);
  return { storage, state, memory };
}

describe('state saved only when its JSON changed', () => {
  it('writes a changed state, under botbuilder’s own key, and reads it back next turn', async () => {
    const { storage, memory } = await savedOnce();
    expect(storage.writes).toHaveLength(1);
    const key = new ConversationState(storage).getStorageKey(turn())!;
    expect(Object.keys(storage.writes[0]!)).toEqual([key]);
    expect(await memory.get(turn())).toEqual({ count: 1 });
  });

  it('does not write a state that was only read, or changed and changed back', async () => {
    const { storage, state, memory } = await savedOnce();
    const second = turn();
    const value = await memory.get(second, { count: 0 });
    value.count = 2;
    value.count = 1;
    await state.saveChanges(second);
    // Saving twice in one turn writes nothing new either.
    await state.saveChanges(second);
    expect(storage.writes).toHaveLength(1);
  });

  it('writes user state when forced, even with nothing loaded, under the user’s key', async () => {
    const storage = new CountingStorage();
    const context = turn();
    await JsonCheckedState.forUsers(storage).saveChanges(context, true);
    expect(storage.writes.map(Object.keys)).toEqual([
      [new UserState(storage).getStorageKey(context)],
    ]);
  });

  it('clears and deletes through botbuilder’s own methods', async () => {
    const { state, memory } = await savedOnce();
    const second = turn();
    await state.load(second);
    state.clear(second);
    await state.saveChanges(second);
    expect(await memory.get(turn())).toBeUndefined();
  });

  it('refuses an activity that names no conversation, as botbuilder does', async () => {
    const state = JsonCheckedState.forConversations(new CountingStorage());
    const context = turn();
    context.activity.conversation = undefined as never;
    await expect(state.load(context)).rejects.toThrow(/missing activity.conversation.id/);
  });

  it('leaves a state JSON cannot hold to storage, which refuses it', async () => {
    const refusing = new (class extends CountingStorage {
      override async write(changes: StoreItems): Promise<void> {
        JSON.stringify(changes);
        await super.write(changes);
      }
    })();
    const state = JsonCheckedState.forConversations(refusing);
    const context = turn();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    await state.createProperty('memory').set(context, loop);
    await expect(state.saveChanges(context)).rejects.toThrow(/circular/i);
  });
});
