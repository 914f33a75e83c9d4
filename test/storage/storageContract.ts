import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import {
  ETagConflictError,
  openStore,
  UnstorableItemError,
  type BotStore,
  type StoreOptions,
} from '../../src/storage';

/** keys that are easy to mangle: each must be stored under its own name, unchanged */
const AWKWARD_KEYS: [label: string, key: string][] = [
  ['a Teams channel thread', 'msteams/conversations/19:abc@thread.tacv2;messageid=1700000000000'],
  ['an emulator conversation', 'emulator/conversations/8a684db0-dbd2|livechat'],
  ['slashes', 'slashes/in/the/middle'],
  ['a leading slash', '/leading-slash'],
  ['a trailing slash', 'trailing-slash/'],
  ['a double slash', 'double//slash'],
  ['the single-slash twin of the double slash', 'double/slash'],
  ['a single dot', '.'],
  ['two dots', '..'],
  ['a path that climbs', 'a/../b'],
  ['a trailing dot', 'ends-with-dot.'],
  ['a segment ending in a dot', 'dot./segment'],
  ['spaces and a tab', 'spaces and\ta tab'],
  ['percent-encoding', 'percent%2Fencoded'],
  ['its decoded twin', 'percent/encoded'],
  ['URL punctuation', 'query?and#hash&\'quotes"+plus'],
  ['a backslash', 'back\\slash'],
  ['a tilde', '~tilde'],
  ['accents and scripts', 'ünïcödé/Ελληνικά/中文/עברית'],
  ['an emoji', 'emoji-😀-key'],
  ['a decomposed é', 'caf\u0065\u0301'],
  ['a composed é', 'caf\u00e9'],
  ['control characters', 'nul\u0000and\nnewline'],
  ['the empty string', ''],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
  ['2,000 characters', 'x'.repeat(2_000)],
  ['300 path segments', 'seg/'.repeat(300) + 'end'],
  ['400 euro signs', '€'.repeat(400)],
  ['a long key ending in A', 'p'.repeat(1_100) + 'A'],
  ['a long key ending in B', 'p'.repeat(1_100) + 'B'],
];

/** values JSON would drop, change or refuse, each with the path the error must name */
const UNSTORABLE_ITEMS: [label: string, makeItem: () => unknown, expected: RegExp][] = [
  ['a circular reference', () => circular(), /item\.self is a circular reference/],
  ['a BigInt', () => ({ big: 10n }), /item\.big is a BigInt/],
  ['a function', () => ({ onSave: () => undefined }), /item\.onSave is a function/],
  ['a Map', () => ({ lookup: new Map([['a', 1]]) }), /item\.lookup is a Map/],
  ['a Set', () => ({ tags: new Set(['a']) }), /item\.tags is a Set/],
  ['NaN deep inside', () => ({ a: { b: [1, NaN] } }), /item\.a\.b\[1\] is NaN/],
  ['Infinity', () => ({ 'odd key': Infinity }), /item\["odd key"\] is Infinity/],
  ['a symbol', () => ({ marker: Symbol('x') }), /item\.marker is a symbol/],
  ['null instead of an item', () => null, /the item must be an object, not null/],
  ['an array instead of an item', () => [1, 2], /the item must be an object, not an array/],
  ['a string instead of an item', () => 'text', /the item must be an object, not a string/],
  ['a Map instead of an item', () => new Map(), /the item is a Map/],
  ['a numeric eTag', () => ({ value: 1, eTag: 5 }), /eTag must be a string/],
];

const UNPAIRED_SURROGATE_KEY = 'broken-\ud800-key';

/**
 * the behaviour every `Storage` of the bot must share (botbuilder's eTag rules included);
 * `freshOptions` returns options for a new, empty store each time it is called
 */
export function describeStorageContract(label: string, freshOptions: () => StoreOptions): void {
  describe(`${label} storage contract`, () => {
    let options: StoreOptions;
    let storage: Storage;
    const opened: BotStore[] = [];

    const open = async (): Promise<Storage> => {
      const store = await openStore(options);
      opened.push(store);
      return store.storage;
    };
    const closeAll = async (): Promise<void> => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    };

    beforeEach(async () => {
      options = freshOptions();
      storage = await open();
    });
    afterEach(closeAll);

    it('reads nothing for keys that were never written', async () => {
      await expect(storage.read(['missing', 'also/missing'])).resolves.toEqual({});
      await expect(storage.read([])).resolves.toEqual({});
    });

    it.each<[string, StoreItem]>([
      [
        'nested objects and arrays',
        { profile: { name: 'Ada', tags: ['a', 'b'] }, list: [[1], {}] },
      ],
      ['numbers', { zero: 0, negative: -1.5, large: 1e300, small: 5e-324 }],
      ['booleans and null', { yes: true, no: false, nothing: null }],
      ['text in any script', { text: 'ünïcödé 中文 😀 "quoted" \\ \n\t', unpaired: '\ud800' }],
      ['an empty item', {}],
    ])('round-trips %s', async (_label, item) => {
      await storage.write({ item });

      const read = await storage.read(['item']);

      expect(read).toEqual({ item: { ...item, eTag: expect.any(String) } });
    });

    it('stores what JSON stores: dates as ISO text, undefined properties dropped', async () => {
      const when = new Date(Date.UTC(2024, 0, 31, 12, 30));
      await storage.write({ item: { when, gone: undefined, kept: [undefined] } });

      const { item } = await storage.read(['item']);

      expect(item).toEqual({
        when: '2024-01-31T12:30:00.000Z',
        kept: [null],
        eTag: expect.any(String),
      });
      expect(item).not.toHaveProperty('gone');
    });

    it('stores what toJSON returns, even when it returns the object itself', async () => {
      class Money {
        constructor(readonly cents: number) {}
        toJSON(): string {
          return `${(this.cents / 100).toFixed(2)} USD`;
        }
      }
      class Selfish {
        kept = 1;
        toJSON(): this {
          return this;
        }
      }
      await storage.write({ item: { money: new Money(500), selfish: new Selfish() } });

      await expect(readItem(storage, 'item')).resolves.toMatchObject({
        money: '5.00 USD',
        selfish: { kept: 1 },
      });
    });

    it('returns copies: changing a read item changes nothing stored', async () => {
      await storage.write({ item: { list: [1] } });
      const first = await readItem(storage, 'item');
      first.list.push(2);

      await expect(readItem(storage, 'item')).resolves.toMatchObject({ list: [1] });
    });

    it("leaves the caller's item as it was", async () => {
      const item = { count: 1, nested: { a: 1 } };

      await storage.write({ item });

      expect(item).toEqual({ count: 1, nested: { a: 1 } });
    });

    it('assigns an eTag on the first write and a new one on every write', async () => {
      const eTags: string[] = [];
      for (let count = 0; count < 3; count++) {
        const eTag = eTags.at(-1);
        await storage.write({ item: eTag === undefined ? { count } : { count, eTag } });
        eTags.push(await readETag(storage, 'item'));
      }

      expect(eTags.every((eTag) => eTag.length > 0)).toBe(true);
      expect(new Set(eTags).size).toBe(3);
    });

    it('rejects a write with a stale eTag, naming the key, and keeps the stored item', async () => {
      await storage.write({ item: { version: 1 } });
      const staleETag = await readETag(storage, 'item');
      await storage.write({ item: { version: 2, eTag: staleETag } });

      const conflict = storage.write({ item: { version: 3, eTag: staleETag } });

      await expect(conflict).rejects.toThrow(ETagConflictError);
      await expect(conflict).rejects.toThrow(/"item" due to eTag conflict/);
      await expect(readItem(storage, 'item')).resolves.toMatchObject({ version: 2 });
    });

    it('rejects a write that expects an eTag of an item deleted since it was read', async () => {
      await storage.write({ item: { version: 1 } });
      const eTag = await readETag(storage, 'item');
      await storage.delete(['item']);

      await expect(storage.write({ item: { version: 2, eTag } })).rejects.toThrow(
        ETagConflictError,
      );
      await expect(storage.read(['item'])).resolves.toEqual({});
    });

    it.each<[string, Partial<StoreItem>]>([
      ['"*"', { eTag: '*' }],
      ['no eTag', {}],
      ['an empty eTag', { eTag: '' }],
    ])('overwrites whatever is stored when the write carries %s', async (_label, eTagPart) => {
      await storage.write({ item: { version: 1 } });
      await storage.write({ item: { version: 2 } });

      await storage.write({ item: { version: 3, ...eTagPart } });

      await expect(readItem(storage, 'item')).resolves.toMatchObject({ version: 3 });
    });

    it('deletes items, and deleting keys that do not exist is fine', async () => {
      await storage.write({ a: { n: 1 }, b: { n: 2 }, c: { n: 3 } });

      await storage.delete(['a', 'never-written']);
      await storage.delete([]);

      expect(Object.keys(await storage.read(['a', 'b', 'c'])).sort()).toEqual(['b', 'c']);
    });

    it('writes a batch of items in one call, each with its own eTag', async () => {
      const batch = numberedItems(50);

      await storage.write(batch);

      const read = await storage.read(Object.keys(batch));
      expect(stripETags(read)).toEqual(batch);
      expect(new Set(Object.values(read).map((item: StoreItem) => item.eTag)).size).toBe(50);
    });

    it('reads many keys in one call, leaving out the missing ones', async () => {
      const batch = numberedItems(200);
      await storage.write(batch);
      const missing = Array.from({ length: 20 }, (_, index) => `missing-${index}`);

      const read = await storage.read([...missing, ...Object.keys(batch)]);

      expect(stripETags(read)).toEqual(batch);
    });

    it.each(AWKWARD_KEYS)('stores a key with %s under its own name', async (_label, key) => {
      await storage.write({ [key]: { key } });
      const eTag = await readETag(storage, key);
      await storage.write({ [key]: { key, version: 2, eTag } });

      await expect(storage.write({ [key]: { eTag } })).rejects.toThrow(ETagConflictError);
      const read = await storage.read([key]);
      expect(Object.keys(read)).toEqual([key]);
      expect(read[key]).toMatchObject({ key, version: 2 });

      await storage.delete([key]);
      await expect(storage.read([key])).resolves.toEqual({});
    });

    it('keeps every awkward key apart from all the others', async () => {
      const keys = AWKWARD_KEYS.map(([, key]) => key);
      await storage.write(Object.fromEntries(keys.map((key, index) => [key, { index }])));

      const read = await storage.read(keys);

      keys.forEach((key, index) => expect(read[key]).toMatchObject({ index }));
      expect(Object.keys(read)).toHaveLength(keys.length);
    });

    it('lets exactly one of two concurrent writers with the same eTag win', async () => {
      await storage.write({ item: { writer: 'none' } });
      const eTag = await readETag(storage, 'item');

      const results = await Promise.allSettled(
        ['A', 'B'].map((writer) => storage.write({ item: { writer, eTag } })),
      );

      const winners = results.flatMap((result, index) =>
        result.status === 'fulfilled' ? [['A', 'B'][index]] : [],
      );
      const losers = results.flatMap((result) => (result.status === 'rejected' ? [result] : []));
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0]?.reason).toBeInstanceOf(ETagConflictError);
      await expect(readItem(storage, 'item')).resolves.toMatchObject({ writer: winners[0] });
    });

    it('keeps items and eTags across close and reopen', async () => {
      await storage.write({ item: { kept: true }, 'other/key': { kept: 'too' } });
      const eTag = await readETag(storage, 'item');
      await closeAll();

      const reopened = await open();

      const read = await reopened.read(['item', 'other/key']);
      expect(read).toEqual({
        item: { kept: true, eTag },
        'other/key': { kept: 'too', eTag: expect.any(String) },
      });
      await reopened.write({ item: { kept: 'updated', eTag } });
      await expect(reopened.write({ item: { eTag } })).rejects.toThrow(ETagConflictError);
    });

    it.each(UNSTORABLE_ITEMS)(
      'refuses an item with %s and leaves the stored one alone',
      async (_label, makeItem, expected) => {
        await storage.write({ item: { version: 1 } });

        const write = storage.write({ item: makeItem() });

        await expect(write).rejects.toThrow(UnstorableItemError);
        await expect(write).rejects.toThrow(/"item"/);
        await expect(write).rejects.toThrow(expected);
        await expect(readItem(storage, 'item')).resolves.toMatchObject({ version: 1 });
      },
    );

    it('writes nothing from a batch with one unstorable item', async () => {
      const write = storage.write({ good: { ok: true }, bad: { big: 1n }, alsoGood: { ok: 1 } });

      await expect(write).rejects.toThrow(/"bad"/);
      await expect(storage.read(['good', 'bad', 'alsoGood'])).resolves.toEqual({});
    });

    it('refuses keys with an unpaired surrogate, which storage could merge with others', async () => {
      const refused = /unpaired UTF-16 surrogate/;
      await expect(storage.write({ [UNPAIRED_SURROGATE_KEY]: {} })).rejects.toThrow(refused);
      await expect(storage.read([UNPAIRED_SURROGATE_KEY])).rejects.toThrow(refused);
      await expect(storage.delete([UNPAIRED_SURROGATE_KEY])).rejects.toThrow(refused);
    });
  });
}

async function readItem(storage: Storage, key: string): Promise<StoreItem> {
  const read = await storage.read([key]);
  const item: StoreItem | undefined = read[key];
  if (item === undefined) throw new Error(`expected "${key}" to be stored`);
  return item;
}

async function readETag(storage: Storage, key: string): Promise<string> {
  const { eTag } = await readItem(storage, key);
  if (typeof eTag !== 'string') throw new Error(`expected "${key}" to have an eTag`);
  return eTag;
}

function numberedItems(count: number): StoreItems {
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [`batch/item-${index}`, { index }]),
  );
}

function stripETags(items: StoreItems): StoreItems {
  return Object.fromEntries(
    Object.entries(items).map(([key, { eTag: _eTag, ...data }]: [string, StoreItem]) => [
      key,
      data,
    ]),
  );
}

function circular(): Record<string, unknown> {
  const item: Record<string, unknown> = { name: 'loop' };
  item.self = item;
  return item;
}
