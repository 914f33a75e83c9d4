import {
  ETagConflictError,
  type ItemStore,
  StorageUnavailableError,
  UnstorableItemError,
  type WriteCondition,
} from '../../src/storage';

/** keys that are easy to mangle: each must be stored under its own name, unchanged */
export const AWKWARD_KEYS: [label: string, key: string][] = [
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
  ['a Date instead of an item', () => new Date(0), /toJSON gives a string/],
];

/** conditions that are none of the three forms, or carry no eTag a read could have returned */
const BAD_CONDITIONS: [label: string, condition: unknown, expected: RegExp][] = [
  ['a numeric eTag', { ifMatch: 5 }, /ifMatch must be the eTag a read returned .* not a number/],
  ['an empty eTag', { ifMatch: '' }, /ifMatch must be the eTag a read returned .* not ""/],
  ['the "*" eTag', { ifMatch: '*' }, /ifMatch must be the eTag a read returned .* not "\*"/],
  [
    'no condition',
    {},
    /needs one condition: \{ ifMatch: eTag \}, \{ ifAbsent: true \} or \{ overwrite: true \}/,
  ],
  ['ifAbsent false', { ifAbsent: false }, /needs one condition/],
  ['two conditions at once', { ifMatch: 'x', overwrite: true }, /needs one condition/],
  ['null', null, /needs one condition/],
];

const UNPAIRED_SURROGATE_KEY = 'broken-\ud800-key';
const OVERWRITE = { overwrite: true } as const;
const IF_ABSENT = { ifAbsent: true } as const;

/** a store as the contract opens it */
export interface OpenedStore {
  items: ItemStore;
  /** commits what is pending and lets go; calls after it fail */
  close?(): Promise<void>;
}

/** a place for one empty store; `open` may be called again to open the same data again */
export interface StoreLocation {
  open(): Promise<OpenedStore>;
}

export interface ContractSubject {
  /** a new, empty location each time */
  fresh(): StoreLocation;
  /** whether the items outlive the store object (close, then open again) */
  durable: boolean;
}

/** the behaviour every implementation of the storage port must share */
export function describeItemStoreContract(label: string, subject: ContractSubject): void {
  describe(`${label} storage contract`, () => {
    let location: StoreLocation;
    let items: ItemStore;
    const opened: OpenedStore[] = [];

    const open = async (): Promise<OpenedStore> => {
      const store = await location.open();
      opened.push(store);
      return store;
    };
    const closeAll = async (): Promise<void> => {
      await Promise.all(opened.splice(0).map((store) => store.close?.()));
    };
    const readOne = async (key: string, from = items) => {
      const item = (await from.read([key])).get(key);
      if (item === undefined) throw new Error(`expected "${key}" to be stored`);
      return item;
    };
    const valueOf = async (key: string) => (await readOne(key)).value;

    beforeEach(async () => {
      location = subject.fresh();
      items = (await open()).items;
    });
    afterEach(closeAll);

    it('reads nothing for keys that were never written', async () => {
      expect(await items.read(['missing', 'also/missing'])).toEqual(new Map());
      expect(await items.read([])).toEqual(new Map());
    });

    it.each<[string, object]>([
      [
        'nested objects and arrays',
        { profile: { name: 'Ada', tags: ['a', 'b'] }, list: [[1], {}] },
      ],
      ['numbers', { zero: 0, negative: -1.5, large: 1e300, small: 5e-324 }],
      ['booleans and null', { yes: true, no: false, nothing: null }],
      ['text in any script', { text: 'ünïcödé 中文 😀 "quoted" \\ \n\t', unpaired: '\ud800' }],
      ['a property named eTag', { eTag: 'mine', value: 1 }],
      ['an empty item', {}],
    ])('round-trips %s, with the eTag the write resolved to', async (_label, item) => {
      const eTag = await items.write('item', item, OVERWRITE);

      expect(await readOne('item')).toEqual({ value: item, eTag });
    });

    it('stores what JSON stores: dates as ISO text, undefined properties dropped', async () => {
      const when = new Date(Date.UTC(2024, 0, 31, 12, 30));
      await items.write('item', { when, gone: undefined, kept: [undefined] }, OVERWRITE);

      const value = await valueOf('item');

      expect(value).toEqual({ when: '2024-01-31T12:30:00.000Z', kept: [null] });
      expect(value).not.toHaveProperty('gone');
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
      await items.write('item', { money: new Money(500), selfish: new Selfish() }, OVERWRITE);

      await expect(valueOf('item')).resolves.toEqual({
        money: '5.00 USD',
        selfish: { kept: 1 },
      });
    });

    it('returns copies: changing a read item changes nothing stored', async () => {
      await items.write('item', { list: [1] }, OVERWRITE);
      const first = (await valueOf('item')) as { list: number[] };
      first.list.push(2);

      await expect(valueOf('item')).resolves.toEqual({ list: [1] });
    });

    it("leaves the caller's item as it was", async () => {
      const item = { count: 1, nested: { a: 1 } };

      await items.write('item', item, OVERWRITE);

      expect(item).toEqual({ count: 1, nested: { a: 1 } });
    });

    it('gives every write a new eTag, the one reads then show', async () => {
      const eTags: string[] = [await items.write('item', { count: 0 }, IF_ABSENT)];
      for (let count = 1; count < 3; count++) {
        eTags.push(await items.write('item', { count }, { ifMatch: eTags.at(-1)! }));
        expect((await readOne('item')).eTag).toBe(eTags.at(-1));
      }
      eTags.push(await items.write('item', { count: 3 }, OVERWRITE));

      expect(eTags.every((eTag) => typeof eTag === 'string' && eTag.length > 0)).toBe(true);
      expect(new Set(eTags).size).toBe(4);
    });

    it('rejects a write with a stale eTag, naming the key, and keeps the stored item', async () => {
      const staleETag = await items.write('item', { version: 1 }, OVERWRITE);
      await items.write('item', { version: 2 }, { ifMatch: staleETag });

      const conflict = items.write('item', { version: 3 }, { ifMatch: staleETag });

      await expect(conflict).rejects.toThrow(ETagConflictError);
      await expect(conflict).rejects.toThrow(/"item" due to eTag conflict: the item was changed/);
      await expect(conflict).rejects.toMatchObject({
        key: 'item',
        condition: { ifMatch: staleETag },
      });
      await expect(valueOf('item')).resolves.toEqual({ version: 2 });
    });

    it('rejects a write that expects an eTag of an item deleted since it was read', async () => {
      const eTag = await items.write('item', { version: 1 }, OVERWRITE);
      await items.delete(['item']);

      await expect(items.write('item', { version: 2 }, { ifMatch: eTag })).rejects.toThrow(
        ETagConflictError,
      );
      expect(await items.read(['item'])).toEqual(new Map());
    });

    it('creates an item if absent, and refuses to create it again', async () => {
      const eTag = await items.write('item', { by: 'first' }, IF_ABSENT);

      const again = items.write('item', { by: 'second' }, IF_ABSENT);

      await expect(again).rejects.toThrow(ETagConflictError);
      await expect(again).rejects.toThrow(/"item" due to eTag conflict: someone else created/);
      await expect(again).rejects.toMatchObject({ key: 'item', condition: IF_ABSENT });
      expect(await readOne('item')).toEqual({ value: { by: 'first' }, eTag });
    });

    it('creates an item again once it was deleted', async () => {
      await items.write('item', { version: 1 }, IF_ABSENT);
      await items.delete(['item']);

      await items.write('item', { version: 2 }, IF_ABSENT);

      await expect(valueOf('item')).resolves.toEqual({ version: 2 });
    });

    it('overwrites whatever is stored, or nothing, when told to', async () => {
      await items.write('kept', { version: 1 }, OVERWRITE);

      await items.write('kept', { version: 2 }, OVERWRITE);
      await items.write('new', { version: 1 }, OVERWRITE);

      await expect(valueOf('kept')).resolves.toEqual({ version: 2 });
      await expect(valueOf('new')).resolves.toEqual({ version: 1 });
    });

    it('deletes items, and deleting keys that do not exist is fine', async () => {
      for (const key of ['a', 'b', 'c']) await items.write(key, { key }, OVERWRITE);

      await items.delete(['a', 'never-written']);
      await items.delete([]);

      expect([...(await items.read(['a', 'b', 'c'])).keys()].sort()).toEqual(['b', 'c']);
    });

    it('takes many writes at once, each with its own eTag', async () => {
      const batch = numberedItems(50);

      const eTags = await Promise.all(
        batch.map(([key, value]) => items.write(key, value, IF_ABSENT)),
      );

      const read = await items.read(batch.map(([key]) => key));
      expect(valuesOf(read)).toEqual(new Map(batch));
      expect(batch.map(([key]) => read.get(key)?.eTag)).toEqual(eTags);
      expect(new Set(eTags).size).toBe(50);
    });

    it('reads many keys in one call, leaving out the missing ones', async () => {
      const batch = numberedItems(200);
      await Promise.all(batch.map(([key, value]) => items.write(key, value, OVERWRITE)));
      const missing = Array.from({ length: 20 }, (_, index) => `missing-${index}`);

      const read = await items.read([...missing, ...batch.map(([key]) => key)]);

      expect(valuesOf(read)).toEqual(new Map(batch));
    });

    it.each(AWKWARD_KEYS)('stores a key with %s under its own name', async (_label, key) => {
      const eTag = await items.write(key, { key }, IF_ABSENT);
      await items.write(key, { key, version: 2 }, { ifMatch: eTag });

      await expect(items.write(key, {}, { ifMatch: eTag })).rejects.toThrow(ETagConflictError);
      await expect(items.write(key, {}, IF_ABSENT)).rejects.toThrow(ETagConflictError);
      const read = await items.read([key]);
      expect([...read.keys()]).toEqual([key]);
      expect(read.get(key)?.value).toEqual({ key, version: 2 });

      await items.delete([key]);
      expect(await items.read([key])).toEqual(new Map());
    });

    it('keeps every awkward key apart from all the others', async () => {
      const keys = AWKWARD_KEYS.map(([, key]) => key);
      await Promise.all(keys.map((key, index) => items.write(key, { index }, IF_ABSENT)));

      const read = await items.read(keys);

      expect(keys.map((key) => read.get(key)?.value)).toEqual(keys.map((_, index) => ({ index })));
      expect(read.size).toBe(keys.length);
    });

    it.each<[string, (store: ItemStore) => Promise<WriteCondition>]>([
      [
        'with the same eTag',
        async (store) => ({ ifMatch: await store.write('item', { writer: 'none' }, OVERWRITE) }),
      ],
      ['creating the same item', async () => IF_ABSENT],
    ])('lets exactly one of two concurrent writers %s win', async (_label, prepare) => {
      const condition = await prepare(items);

      const results = await Promise.allSettled(
        ['A', 'B'].map((writer) => items.write('item', { writer }, condition)),
      );

      const winners = results.flatMap((result, index) =>
        result.status === 'fulfilled' ? [['A', 'B'][index]] : [],
      );
      const losers = results.flatMap((result) => (result.status === 'rejected' ? [result] : []));
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0]?.reason).toBeInstanceOf(ETagConflictError);
      await expect(valueOf('item')).resolves.toEqual({ writer: winners[0] });
    });

    it.each(UNSTORABLE_ITEMS)(
      'refuses an item with %s and leaves the stored one alone',
      async (_label, makeItem, expected) => {
        await items.write('item', { version: 1 }, OVERWRITE);

        const write = items.write('item', makeItem() as object, OVERWRITE);

        await expect(write).rejects.toThrow(UnstorableItemError);
        await expect(write).rejects.toThrow(/"item"/);
        await expect(write).rejects.toThrow(expected);
        await expect(valueOf('item')).resolves.toEqual({ version: 1 });
      },
    );

    it.each(BAD_CONDITIONS)(
      'refuses a write with %s, saying which conditions there are, and writes nothing',
      async (_label, condition, expected) => {
        const write = items.write('item', { version: 1 }, condition as WriteCondition);

        await expect(write).rejects.toThrow(UnstorableItemError);
        await expect(write).rejects.toThrow(expected);
        expect(await items.read(['item'])).toEqual(new Map());
      },
    );

    it('refuses keys with an unpaired surrogate, which storage could merge with others', async () => {
      const refused = /unpaired UTF-16 surrogate/;
      await expect(items.write(UNPAIRED_SURROGATE_KEY, {}, OVERWRITE)).rejects.toThrow(refused);
      await expect(items.read([UNPAIRED_SURROGATE_KEY])).rejects.toThrow(refused);
      await expect(items.delete([UNPAIRED_SURROGATE_KEY])).rejects.toThrow(refused);
    });

    it('refuses keys that are not strings, and key lists that are not arrays', async () => {
      await expect(items.read([5] as unknown as string[])).rejects.toThrow(
        /read needs string keys, got number/,
      );
      await expect(items.delete('item' as unknown as string[])).rejects.toThrow(
        /delete needs an array of keys/,
      );
    });

    if (subject.durable) {
      it('keeps items and eTags across close and reopen', async () => {
        const eTag = await items.write('item', { kept: true }, OVERWRITE);
        await items.write('other/key', { kept: 'too' }, OVERWRITE);
        await closeAll();

        const reopened = (await open()).items;

        expect(valuesOf(await reopened.read(['item', 'other/key']))).toEqual(
          new Map<string, unknown>([
            ['item', { kept: true }],
            ['other/key', { kept: 'too' }],
          ]),
        );
        expect((await readOne('item', reopened)).eTag).toBe(eTag);
        await reopened.write('item', { kept: 'updated' }, { ifMatch: eTag });
        await expect(reopened.write('item', {}, { ifMatch: eTag })).rejects.toThrow(
          ETagConflictError,
        );
      });

      it('fails every call after close as storage that is closed', async () => {
        await closeAll();

        for (const call of [
          () => items.read(['item']),
          () => items.write('item', {}, OVERWRITE),
          () => items.delete(['item']),
        ]) {
          await expect(call()).rejects.toThrow(StorageUnavailableError);
          await expect(call()).rejects.toMatchObject({ reason: 'closed' });
          await expect(call()).rejects.toThrow(/is closed/);
        }
      });
    }
  });
}

function numberedItems(count: number): [string, object][] {
  return Array.from({ length: count }, (_, index) => [`batch/item-${index}`, { index }]);
}

function valuesOf(read: ReadonlyMap<string, { value: unknown }>): Map<string, unknown> {
  return new Map([...read].map(([key, { value }]) => [key, value]));
}

function circular(): Record<string, unknown> {
  const item: Record<string, unknown> = { name: 'loop' };
  item.self = item;
  return item;
}
