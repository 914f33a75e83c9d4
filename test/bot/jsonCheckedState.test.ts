import { MemoryStorage, type StoreItems, TestAdapter, TurnContext } from 'botbuilder';
import { JsonCheckedConversationState, JsonCheckedUserState } from '../../src/bot/jsonCheckedState';

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

describe('state saved only when its JSON changed', () => {
  it('writes a changed state and reads it back in the next turn', async () => {
    const storage = new CountingStorage();
    const state = new JsonCheckedConversationState(storage);
    const memory = state.createProperty<{ count: number }>('memory');

    const first = turn();
    await memory.set(first, { count: 1 });
    await state.saveChanges(first);
    expect(storage.writes).toHaveLength(1);

    const second = turn();
    expect(await memory.get(second)).toEqual({ count: 1 });
  });

  it('does not write a state that was only read, or changed and changed back', async () => {
    const storage = new CountingStorage();
    const state = new JsonCheckedConversationState(storage);
    const memory = state.createProperty<{ count: number }>('memory');
    const first = turn();
    await memory.set(first, { count: 1 });
    await state.saveChanges(first);

    const second = turn();
    const value = await memory.get(second, { count: 0 });
    value.count = 2;
    value.count = 1;
    await state.saveChanges(second);
    // Saving twice in one turn writes nothing new either.
    await state.saveChanges(second);
    expect(storage.writes).toHaveLength(1);
  });

  it('writes when forced, even with nothing loaded', async () => {
    const storage = new CountingStorage();
    const state = new JsonCheckedUserState(storage);
    await state.saveChanges(turn(), true);
    expect(storage.writes).toHaveLength(1);
  });

  it('clears and deletes through botbuilder’s own methods', async () => {
    const storage = new CountingStorage();
    const state = new JsonCheckedConversationState(storage);
    const memory = state.createProperty<{ count: number }>('memory');
    const first = turn();
    await memory.set(first, { count: 1 });
    await state.saveChanges(first);

    const second = turn();
    await state.load(second);
    state.clear(second);
    await state.saveChanges(second);
    expect(await memory.get(turn())).toBeUndefined();
  });

  it('leaves a state JSON cannot hold to storage, which refuses it', async () => {
    const refusing = new (class extends CountingStorage {
      override async write(changes: StoreItems): Promise<void> {
        JSON.stringify(changes);
        await super.write(changes);
      }
    })();
    const state = new JsonCheckedConversationState(refusing);
    const context = turn();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    await state.createProperty('memory').set(context, loop);
    await expect(state.saveChanges(context)).rejects.toThrow(/circular/i);
  });
});
