import { type StateKeys, StateStore, stateKeys } from '../../src/app/stateStore';
import { MemoryItems } from '../support/memoryItems';

const KEYS: StateKeys = stateKeys('msteams', 'a:personal-1', '29:user-1');
const FACTS = { salesStage: 'postsales', supportContract: true } as const;

function recordingLog() {
  const warnings: { details: object; message: string }[] = [];
  const ignore = () => undefined;
  return {
    warnings,
    log: {
      info: ignore,
      error: ignore,
      warn: (details: object, message: string) => void warnings.push({ details, message }),
    },
  };
}

async function savedOnce(items = new MemoryItems()) {
  const store = new StateStore(items, recordingLog().log);
  const loaded = await store.load(KEYS);
  loaded.state.conversation = { lastFacts: FACTS };
  loaded.state.dialogState = { dialogStack: [] };
  await store.save(KEYS, loaded.state, loaded.saved);
  return { items, store };
}

describe('conversation and user state: loaded, saved when changed, replaced when unreadable', () => {
  it('keeps each under the keys botbuilder used, and reads it back', async () => {
    expect(KEYS).toEqual({
      conversation: 'msteams/conversations/a:personal-1/',
      user: 'msteams/users/29:user-1/',
    });
    const { items, store } = await savedOnce();
    expect(items.writes.map((write) => write.key)).toEqual([KEYS.conversation]);
    const { state } = await store.load(KEYS);
    expect(state).toEqual({
      conversation: { lastFacts: FACTS },
      user: {},
      dialogState: { dialogStack: [] },
      lost: false,
    });
  });

  it('writes nothing for a state only read, or changed and changed back', async () => {
    const { items, store } = await savedOnce();
    const loaded = await store.load(KEYS);
    loaded.state.conversation = { lastFacts: { ...FACTS, salesStage: 'presales' } };
    loaded.state.conversation = { lastFacts: FACTS };
    await store.save(KEYS, loaded.state, loaded.saved);
    expect(items.writes).toHaveLength(1);
  });

  it('writes the user part alone when only it changed', async () => {
    const { items, store } = await savedOnce();
    const loaded = await store.load(KEYS);
    loaded.state.user = { lastFacts: FACTS };
    await store.save(KEYS, loaded.state, loaded.saved);
    expect(items.writes.map((write) => write.key)).toEqual([KEYS.conversation, KEYS.user]);
  });

  it.each([
    ['a stored text instead of an object', 'not json at all'],
    ['facts of the wrong shape', { advisor: { lastFacts: { regions: 'many' } } }],
    ['an array', [1, 2, 3]],
  ])('replaces %s, says so, and writes the fresh state', async (_name, stored) => {
    const items = new MemoryItems();
    items.plant(KEYS.conversation, stored);
    const { log, warnings } = recordingLog();
    const store = new StateStore(items, log);
    const loaded = await store.load(KEYS);
    expect(loaded.state.lost).toBe(true);
    expect(loaded.state.conversation).toEqual({});
    await store.save(KEYS, loaded.state, loaded.saved);
    expect(items.writes.map((write) => write.key)).toContain(KEYS.conversation);
    expect((await store.load(KEYS)).state.lost).toBe(false);
    expect(warnings).toEqual([
      {
        details: expect.objectContaining({ key: KEYS.conversation }),
        message: 'unreadable state replaced',
      },
    ]);
  });

  it('a storage that refuses the write fails the save', async () => {
    const items = new MemoryItems();
    items.write = async () => {
      throw new Error('disk full');
    };
    const store = new StateStore(items, recordingLog().log);
    const loaded = await store.load(KEYS);
    loaded.state.user = { lastFacts: FACTS };
    await expect(store.save(KEYS, loaded.state, loaded.saved)).rejects.toThrow('disk full');
  });
});
