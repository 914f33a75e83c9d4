import {
  handoffKey,
  HandoffRecord,
  HandoffStore,
  type HandoffStoreOptions,
  userIndexKey,
} from '../../src/handoffs';
import { type ItemStore, SqliteItemStore } from '../../src/storage';
import {
  corruptItemKey,
  type CorruptItemReport,
  InvalidItemError,
  UpdateContentionError,
} from '../../src/storage/typedItems';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { countConflicts, gateReads } from './support/gatedStorage';
import { AVERY, DANA, LEE, minute, proposed } from './support/records';
import { refusalMessage } from '../../src/words/handoffs';

const OVERWRITE = { overwrite: true } as const;

describe('HandoffStore over SQLite', () => {
  let dataDir: string;
  let sqlite: SqliteItemStore;
  let reports: [string, CorruptItemReport][];
  const storeOver = (items: ItemStore = sqlite, options: HandoffStoreOptions = {}) =>
    new HandoffStore(items, {
      onCorrupt: (key, problem) => reports.push([key, problem]),
      retryBackoffMs: 1,
      ...options,
    });
  const valueAt = async (key: string) => (await sqlite.read([key])).get(key)?.value;

  beforeEach(async () => {
    dataDir = await makeTempDir('handoff-store');
    sqlite = SqliteItemStore.open(dataDir);
    reports = [];
  });
  afterEach(async () => {
    await sqlite.close();
    await removeTempDir(dataDir);
  });

  it('creates a handoff once: the same id again keeps the first', async () => {
    const store = storeOver();
    const record = proposed();
    await expect(store.create(record)).resolves.toEqual({ created: true, record });
    const again = { ...record, account: 'Changed' };
    await expect(store.create(again)).resolves.toEqual({ created: false, record });
    await expect(store.get(record.id)).resolves.toEqual(record);
  });

  it('keeps each handoff under handoffs/<id>, checked against the schema', async () => {
    const record = proposed();
    await storeOver().create(record);
    expect(HandoffRecord.parse(await valueAt(handoffKey(record.id)))).toEqual(record);
  });

  it('applies an action and says when the handoff is not there', async () => {
    const store = storeOver();
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
    await storeOver().create(record);
    // Both read the proposed handoff before either writes: the second write meets a new eTag.
    const counted = countConflicts(sqlite, handoffKey(record.id));
    const store = storeOver(gateReads(counted, handoffKey(record.id), 2));
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
    const stored = await storeOver().get(record.id);
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
    await storeOver().create(record);
    // Someone else writes the item between every read and write.
    const meddling: ItemStore = {
      read: async (keys) => {
        const found = await sqlite.read(keys);
        await sqlite.write(handoffKey(record.id), { ...record }, OVERWRITE);
        return found;
      },
      write: (...args) => sqlite.write(...args),
      delete: (keys) => sqlite.delete(keys),
    };
    await expect(
      storeOver(meddling).act(record.id, { action: 'accept' }, DANA, minute(1), 'r1'),
    ).rejects.toThrow(UpdateContentionError);
    await expect(storeOver().get(record.id)).resolves.toEqual(record);
  });

  it('refuses to store a handoff that fails its schema, and stores nothing of it', async () => {
    const record = { ...proposed(), account: ['not', 'a', 'name'] } as unknown as HandoffRecord;

    const creating = storeOver().create(record);

    await expect(creating).rejects.toThrow(InvalidItemError);
    await expect(creating).rejects.toThrow(/refused to write "handoffs\/h[0-9a-f]{20}": account:/);
    expect(await sqlite.read([handoffKey(record.id), userIndexKey(record.proposedBy)])).toEqual(
      new Map(),
    );
  });

  describe('a damaged record', () => {
    const damage = (key: string) => sqlite.write(key, { id: 'x', status: 'lost' }, OVERWRITE);

    it('reads as no handoff: set aside, reported once, and left where it is', async () => {
      const record = proposed();
      const eTag = await damage(handoffKey(record.id));
      const store = storeOver();

      await expect(store.get(record.id)).resolves.toBeUndefined();
      await expect(
        store.act(record.id, { action: 'accept' }, DANA, minute(1), 'r1'),
      ).resolves.toEqual({ found: false });

      expect(reports).toEqual([
        [
          handoffKey(record.id),
          expect.objectContaining({
            setAsideAs: corruptItemKey(handoffKey(record.id), eTag),
            eTag,
          }),
        ],
      ]);
      await expect(valueAt(corruptItemKey(handoffKey(record.id), eTag))).resolves.toMatchObject({
        key: handoffKey(record.id),
        value: { id: 'x', status: 'lost' },
      });
      await expect(valueAt(handoffKey(record.id))).resolves.toEqual({ id: 'x', status: 'lost' });
    });

    it('leaves its proposer\'s other handoffs in "my handoffs"', async () => {
      const store = storeOver();
      const [kept, broken, alsoKept] = [1, 2, 3].map(() => proposed({ by: AVERY }));
      for (const record of [kept!, broken!, alsoKept!]) await store.create(record);
      await damage(handoffKey(broken!.id));

      const open = await store.openFor(AVERY);

      expect(open.map((record) => record.id).sort()).toEqual([kept!.id, alsoKept!.id].sort());
      expect(reports.map(([key]) => key)).toEqual([handoffKey(broken!.id)]);
    });

    it('as an index starts "my handoffs" again: the next handoff is listed, the old index set aside', async () => {
      const store = storeOver();
      const eTag = await sqlite.write(userIndexKey(AVERY), { ids: 'everything' }, OVERWRITE);
      expect(await store.openFor(AVERY)).toEqual([]);

      const record = proposed({ by: AVERY });
      await expect(store.create(record)).resolves.toMatchObject({ created: true });

      expect((await store.openFor(AVERY)).map((open) => open.id)).toEqual([record.id]);
      await expect(valueAt(corruptItemKey(userIndexKey(AVERY), eTag))).resolves.toMatchObject({
        value: { ids: 'everything' },
      });
      expect(reports).toHaveLength(1);
    });
  });

  describe('my handoffs', () => {
    it('lists the open handoffs a person proposed or owns, the latest change first', async () => {
      const store = storeOver();
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
      const store = storeOver();
      const record = proposed({ by: AVERY });
      await store.create(record);
      await store.act(record.id, { action: 'accept' }, DANA, minute(1), 'a');
      expect(await store.openFor(DANA)).toHaveLength(1);
      await store.act(record.id, { action: 'handBack', reason: 'busy' }, DANA, minute(2), 'b');
      expect(await store.openFor(DANA)).toEqual([]);
      expect(await store.openFor(AVERY)).toHaveLength(1);
    });

    it('keeps the index per person under handoffsByUser/<Entra object id>', async () => {
      const record = proposed({ by: AVERY });
      await storeOver().create(record);
      expect(userIndexKey(AVERY)).toBe(`handoffsByUser/${AVERY.aadObjectId}`);
      await expect(valueAt(userIndexKey(AVERY))).resolves.toEqual({ ids: [record.id] });
    });

    it.each([
      ['creating the index', false],
      ['adding to the index', true],
    ])(
      'two handoffs indexed for one person at the same moment are both kept, %s',
      async (_label, indexExists) => {
        const [first, second, earlier] = [1, 2, 3].map(() => proposed({ by: DANA }));
        if (indexExists) await storeOver().create(earlier!);
        // Both read the index before either writes: the second write meets the first's.
        const counted = countConflicts(sqlite, userIndexKey(DANA));
        const gated = gateReads(counted, userIndexKey(DANA), 2);
        // Two stores, as on two instances: nothing in this process keeps them apart.
        await Promise.all([storeOver(gated).create(first!), storeOver(gated).create(second!)]);

        expect(counted.conflicts()).toBe(1);
        const index = (await valueAt(userIndexKey(DANA))) as { ids: string[] };
        expect(index.ids.sort()).toEqual(
          [first!.id, second!.id, ...(indexExists ? [earlier!.id] : [])].sort(),
        );
      },
    );
  });
});
