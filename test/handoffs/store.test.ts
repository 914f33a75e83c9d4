import type { Storage } from 'botbuilder';
import {
  CorruptItemError,
  handoffKey,
  HandoffStore,
  UpdateContentionError,
  updateItem,
  userIndexKey,
} from '../../src/handoffs';
import { HandoffRecord } from '../../src/handoffs';
import { SqliteStorage } from '../../src/storage';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { countConflicts, gateReads } from './support/gatedStorage';
import { AVERY, DANA, LEE, minute, proposed } from './support/records';
import { refusalMessage } from '../../src/words/handoffs';

describe('HandoffStore over SQLite', () => {
  let dataDir: string;
  let sqlite: SqliteStorage;

  beforeEach(async () => {
    dataDir = await makeTempDir('handoff-store');
    sqlite = SqliteStorage.open(dataDir);
  });
  afterEach(async () => {
    await sqlite.close();
    await removeTempDir(dataDir);
  });

  it('creates a handoff once: the same id again keeps the first', async () => {
    const store = new HandoffStore(sqlite);
    const record = proposed();
    await expect(store.create(record)).resolves.toEqual({ created: true, record });
    const again = { ...record, account: 'Changed' };
    await expect(store.create(again)).resolves.toEqual({ created: false, record });
    await expect(store.get(record.id)).resolves.toEqual(record);
  });

  it('keeps each handoff under handoffs/<id>, checked against the schema', async () => {
    const store = new HandoffStore(sqlite);
    const record = proposed();
    await store.create(record);
    const stored = (await sqlite.read([handoffKey(record.id)]))[handoffKey(record.id)];
    expect(HandoffRecord.parse(stored)).toEqual(record);
  });

  it('applies an action and says when the handoff is not there', async () => {
    const store = new HandoffStore(sqlite);
    const record = proposed();
    await store.create(record);
    const accepted = await store.act(record.id, { action: 'accept' }, DANA, minute(1), 'r1');
    expect(accepted).toMatchObject({ found: true, ok: true, changed: true });
    await expect(store.get(record.id)).resolves.toMatchObject({ status: 'accepted', owner: DANA });
    await expect(
      store.act('h00000000000000000bad', { action: 'accept' }, DANA, minute(1), 'r2'),
    ).resolves.toEqual({ found: false });
  });

  it('two people accepting at the same moment: one owner, the other told who accepted first', async () => {
    const record = proposed();
    await new HandoffStore(sqlite).create(record);
    // Both read the proposed handoff before either writes: the second write meets a new eTag.
    const counted = countConflicts(sqlite, handoffKey(record.id));
    const store = new HandoffStore(gateReads(counted, handoffKey(record.id), 2));
    const [first, second] = await Promise.all([
      store.act(record.id, { action: 'accept' }, DANA, minute(1), 'accept-dana'),
      store.act(record.id, { action: 'accept' }, LEE, minute(1), 'accept-lee'),
    ]);
    expect(counted.conflicts()).toBe(1);
    const outcomes = [first, second];
    const winners = outcomes.filter((outcome) => outcome.found && outcome.ok);
    const losers = outcomes.filter((outcome) => outcome.found && !outcome.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const stored = await new HandoffStore(sqlite).get(record.id);
    const owner = stored?.owner;
    expect(owner === null || owner === undefined ? undefined : owner.name).toMatch(
      /Dana Lee|Lee Morgan/,
    );
    expect(stored?.history.map((entry) => entry.action)).toEqual(['propose', 'accept']);
    const loser = losers[0]!;
    if (!loser.found || loser.ok) throw new Error('expected a refusal');
    expect(refusalMessage(loser.refusal)).toBe(`It is already accepted by ${owner?.name}.`);
  });

  it('gives up after a bounded number of conflicts, writing nothing', async () => {
    const record = proposed();
    await new HandoffStore(sqlite).create(record);
    // Someone else writes the item between every read and write.
    const meddling: Storage = {
      read: async (keys) => {
        const items = await sqlite.read(keys);
        await sqlite.write({ [handoffKey(record.id)]: { ...record } });
        return items;
      },
      write: (changes) => sqlite.write(changes),
      delete: (keys) => sqlite.delete(keys),
    };
    const store = new HandoffStore(meddling);
    await expect(store.act(record.id, { action: 'accept' }, DANA, minute(1), 'r1')).rejects.toThrow(
      UpdateContentionError,
    );
    await expect(new HandoffStore(sqlite).get(record.id)).resolves.toEqual(record);
  });

  it('refuses to act on a stored item that is not a handoff, and leaves it alone', async () => {
    const record = proposed();
    await sqlite.write({ [handoffKey(record.id)]: { id: record.id, status: 'lost' } });
    const store = new HandoffStore(sqlite);
    await expect(store.act(record.id, { action: 'accept' }, DANA, minute(1), 'r1')).rejects.toThrow(
      CorruptItemError,
    );
    await expect(sqlite.read([handoffKey(record.id)])).resolves.toMatchObject({
      [handoffKey(record.id)]: { status: 'lost' },
    });
  });

  describe('my handoffs', () => {
    it('lists the open handoffs a person proposed or owns, the latest change first', async () => {
      const store = new HandoffStore(sqlite);
      const mine = proposed({ by: AVERY });
      const ownedByMe = proposed({ by: DANA });
      const done = proposed({ by: AVERY });
      const notMine = proposed({ by: DANA });
      for (const record of [mine, ownedByMe, done, notMine]) await store.create(record);
      await store.act(ownedByMe.id, { action: 'accept' }, AVERY, minute(3), 'a1');
      await store.act(done.id, { action: 'accept' }, AVERY, minute(4), 'a2');
      await store.act(done.id, { action: 'complete' }, AVERY, minute(5), 'c2');

      const open = await store.openFor(AVERY);
      expect(open.map((record) => record.id)).toEqual([ownedByMe.id, mine.id]);
      expect((await store.openFor(DANA)).map((record) => record.id).sort()).toEqual(
        [notMine.id, ownedByMe.id].sort(),
      );
      expect(await store.openFor(LEE)).toEqual([]);
    });

    it('lists a handoff for the person it is proposed or reassigned to, while it is theirs', async () => {
      const store = new HandoffStore(sqlite);
      const forLee = proposed({ by: AVERY, to: LEE });
      await store.create(forLee);
      expect((await store.openFor(LEE)).map((record) => record.id)).toEqual([forLee.id]);
      await store.act(forLee.id, { action: 'decline', reason: 'not mine' }, LEE, minute(1), 'd');
      // Declined, it is no longer his: only the proposer's list keeps it.
      expect(await store.openFor(LEE)).toEqual([]);
      expect(await store.openFor(AVERY)).toHaveLength(1);

      await store.act(forLee.id, { action: 'accept' }, DANA, minute(2), 'a');
      await store.act(forLee.id, { action: 'reassign', to: LEE }, DANA, minute(3), 'r');
      expect((await store.openFor(LEE)).map((record) => record.proposedTo?.name)).toEqual([
        LEE.name,
      ]);
      expect(await store.openFor(DANA)).toEqual([]);
    });

    it("drops a handoff handed back by its owner from the owner's list", async () => {
      const store = new HandoffStore(sqlite);
      const record = proposed({ by: AVERY });
      await store.create(record);
      await store.act(record.id, { action: 'accept' }, DANA, minute(1), 'a');
      expect(await store.openFor(DANA)).toHaveLength(1);
      await store.act(record.id, { action: 'handBack', reason: 'busy' }, DANA, minute(2), 'b');
      expect(await store.openFor(DANA)).toEqual([]);
      expect(await store.openFor(AVERY)).toHaveLength(1);
    });

    it('keeps the index per person under handoffsByUser/<Entra object id>', async () => {
      const store = new HandoffStore(sqlite);
      const record = proposed({ by: AVERY });
      await store.create(record);
      expect(userIndexKey(AVERY)).toBe(`handoffsByUser/${AVERY.aadObjectId}`);
      await expect(sqlite.read([userIndexKey(AVERY)])).resolves.toMatchObject({
        [userIndexKey(AVERY)]: { ids: [record.id] },
      });
    });

    it('two handoffs indexed for one person at the same moment are both kept', async () => {
      const store = new HandoffStore(sqlite);
      const [first, second] = [proposed({ by: AVERY }), proposed({ by: AVERY })];
      await store.create(first);
      // Unserialised, both would read "no index yet" and the second create would undo the first.
      const gated = new HandoffStore(gateReads(sqlite, userIndexKey(DANA), 2, 100));
      await Promise.all([
        gated.create({ ...second, proposedBy: DANA }),
        gated.act(first.id, { action: 'accept' }, DANA, minute(1), 'a'),
      ]);
      const { [userIndexKey(DANA)]: index } = await sqlite.read([userIndexKey(DANA)]);
      expect((index as { ids: string[] }).ids.sort()).toEqual([first.id, second.id].sort());
    });
  });
});

describe('updateItem', () => {
  it('answers without writing when the step leaves the item as it is', async () => {
    const writes: unknown[] = [];
    const storage: Storage = {
      read: async () => ({}),
      write: async (changes) => void writes.push(changes),
      delete: async () => undefined,
    };
    const result = await updateItem(storage, 'k', HandoffRecord, () => ({ result: 'kept' }));
    expect(result).toBe('kept');
    expect(writes).toEqual([]);
  });
});
