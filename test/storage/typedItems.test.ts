import { z } from 'zod';
import { type ItemStore, MemoryItemStore, StorageUnavailableError } from '../../src/storage';
import {
  corruptItemKey,
  type CorruptItemReport,
  DEFAULT_UPDATE_ATTEMPTS,
  InvalidItemError,
  TypedItems,
  UpdateContentionError,
} from '../../src/storage/typedItems';

const Counter = z.object({ count: z.number().int().min(0) });
const AT = new Date('2025-01-15T10:00:00.000Z');

/** the store, recording every call made to it */
function recording(items: ItemStore) {
  const calls: string[] = [];
  const store: ItemStore = {
    read: (keys) => {
      calls.push(`read ${keys.join(',')}`);
      return items.read(keys);
    },
    write: (key, value, condition) => {
      calls.push(`write ${key} ${Object.keys(condition)[0]}`);
      return items.write(key, value, condition);
    },
    delete: (keys) => {
      calls.push(`delete ${keys.join(',')}`);
      return items.delete(keys);
    },
  };
  return { store, calls };
}

describe('TypedItems', () => {
  let memory: MemoryItemStore;
  let reports: [string, CorruptItemReport][];
  const typed = (items: ItemStore = memory, attempts?: number) =>
    new TypedItems(items, {
      onCorrupt: (key, problem) => reports.push([key, problem]),
      now: () => AT,
      retryBackoffMs: 1,
      ...(attempts === undefined ? {} : { attempts }),
    });
  const increment = (current: { count: number } | undefined) => ({
    write: { count: (current?.count ?? 0) + 1 },
    result: (current?.count ?? 0) + 1,
  });

  beforeEach(() => {
    memory = new MemoryItemStore();
    reports = [];
  });

  it('reads an item checked against its schema, with its eTag, and nothing for a missing one', async () => {
    const eTag = await memory.write('counter', { count: 2, extra: 'dropped' }, { overwrite: true });

    await expect(typed().read('counter', Counter)).resolves.toEqual({ value: { count: 2 }, eTag });
    await expect(typed().read('missing', Counter)).resolves.toBeUndefined();
  });

  it('creates a missing item only if it is still missing, and updates under the eTag read', async () => {
    const { store, calls } = recording(memory);
    const items = typed(store);

    await expect(items.update('counter', Counter, increment)).resolves.toBe(1);
    await expect(items.update('counter', Counter, increment)).resolves.toBe(2);

    expect(calls).toEqual([
      'read counter',
      'write counter ifAbsent',
      'read counter',
      'write counter ifMatch',
    ]);
    await expect(items.read('counter', Counter)).resolves.toMatchObject({ value: { count: 2 } });
  });

  it('answers without writing when the decision leaves the item as it is', async () => {
    const { store, calls } = recording(memory);

    await expect(typed(store).update('counter', Counter, () => ({ result: 'kept' }))).resolves.toBe(
      'kept',
    );

    expect(calls).toEqual(['read counter']);
  });

  it('loses no update of many made at once, by stores that each know nothing of the others', async () => {
    const stores = Array.from({ length: 4 }, () => typed());

    await Promise.all(
      Array.from({ length: 40 }, (_, n) => stores[n % 4]!.update('counter', Counter, increment)),
    );

    await expect(typed().read('counter', Counter)).resolves.toMatchObject({
      value: { count: 40 },
    });
  });

  it('decides again on what someone else wrote between its read and its write', async () => {
    await memory.write('counter', { count: 10 }, { overwrite: true });
    let meddled = false;
    const meddling: ItemStore = {
      ...memory,
      read: async (keys) => {
        const found = await memory.read(keys);
        if (!meddled) {
          meddled = true;
          await memory.write('counter', { count: 20 }, { overwrite: true });
        }
        return found;
      },
      write: (...args) => memory.write(...args),
      delete: (keys) => memory.delete(keys),
    };
    const seen: (number | undefined)[] = [];

    await typed(meddling).update('counter', Counter, (current) => {
      seen.push(current?.count);
      return increment(current);
    });

    expect(seen).toEqual([10, 20]);
    await expect(typed().read('counter', Counter)).resolves.toMatchObject({
      value: { count: 21 },
    });
  });

  it('gives up after its attempts when the item changes under every one, writing nothing', async () => {
    let reads = 0;
    const alwaysChanged: ItemStore = {
      read: async (keys) => {
        reads += 1;
        const found = await memory.read(keys);
        await memory.write('counter', { count: 0 }, { overwrite: true });
        return found;
      },
      write: (...args) => memory.write(...args),
      delete: (keys) => memory.delete(keys),
    };

    const update = typed(alwaysChanged).update('counter', Counter, increment);

    await expect(update).rejects.toThrow(UpdateContentionError);
    await expect(update).rejects.toThrow(
      `"counter" was changed by someone else during each of ${DEFAULT_UPDATE_ATTEMPTS} attempts`,
    );
    expect(reads).toBe(DEFAULT_UPDATE_ATTEMPTS);
    await expect(typed().read('counter', Counter)).resolves.toMatchObject({
      value: { count: 0 },
    });
  });

  it('passes on a store that is down, without trying again', async () => {
    const down: ItemStore = {
      read: async () => {
        throw new StorageUnavailableError('unreachable', 'down');
      },
      write: (...args) => memory.write(...args),
      delete: (keys) => memory.delete(keys),
    };

    await expect(typed(down).update('counter', Counter, increment)).rejects.toMatchObject({
      reason: 'unreachable',
    });
  });

  it('checks what it writes with the schema it reads with, and writes nothing that fails', async () => {
    const { store, calls } = recording(memory);

    const update = typed(store).update('counter', Counter, () => ({
      write: { count: -1 },
      result: undefined,
    }));

    await expect(update).rejects.toThrow(InvalidItemError);
    await expect(update).rejects.toThrow(/refused to write "counter": count: Too small/);
    await expect(update).rejects.toMatchObject({
      key: 'counter',
      issues: [expect.objectContaining({ code: 'too_small', path: ['count'] })],
    });
    expect(calls.filter((call) => call.startsWith('write'))).toEqual([]);
  });

  describe('a stored item that fails its schema', () => {
    it.each<[string, (store: MemoryItemStore) => Promise<string>]>([
      [
        'of the wrong shape',
        (store) => store.write('counter', { count: 'many' }, { overwrite: true }),
      ],
      ['missing a field', (store) => store.write('counter', { counted: 1 }, { overwrite: true })],
    ])('%s is copied aside once, reported once, and read as missing', async (_label, damage) => {
      const eTag = await damage(memory);

      await expect(typed().read('counter', Counter)).resolves.toBeUndefined();
      await expect(typed().read('counter', Counter)).resolves.toBeUndefined();

      const setAsideAs = corruptItemKey('counter', eTag);
      expect(reports).toEqual([
        [
          'counter',
          {
            setAsideAs,
            eTag,
            issues: [expect.objectContaining({ path: ['count'], message: expect.any(String) })],
          },
        ],
      ]);
      const copy = (await memory.read([setAsideAs])).get(setAsideAs)?.value;
      expect(copy).toEqual({
        key: 'counter',
        eTag,
        setAsideAt: AT.toISOString(),
        issues: reports[0]![1].issues,
        value: (await memory.read(['counter'])).get('counter')?.value,
      });
    });

    it('is replaced by the next update, which starts from nothing', async () => {
      const damagedETag = await memory.write('counter', { count: 'many' }, { overwrite: true });

      await expect(typed().update('counter', Counter, increment)).resolves.toBe(1);

      await expect(typed().read('counter', Counter)).resolves.toMatchObject({
        value: { count: 1 },
      });
      expect(reports.map(([, problem]) => problem.setAsideAs)).toEqual([
        corruptItemKey('counter', damagedETag),
      ]);
    });

    it('is skipped in a read of many, the others read', async () => {
      await memory.write('a', { count: 1 }, { overwrite: true });
      await memory.write('b', { count: null }, { overwrite: true });
      await memory.write('c', { count: 3 }, { overwrite: true });

      const found = await typed().readMany(['a', 'b', 'c', 'missing'], Counter);

      expect(found).toEqual(
        new Map([
          ['a', { count: 1 }],
          ['c', { count: 3 }],
        ]),
      );
      expect(reports.map(([key]) => key)).toEqual(['b']);
    });

    it('whose text is not JSON is copied aside as its text', async () => {
      const notJson: ItemStore = {
        read: async (keys) =>
          new Map(
            keys.includes('counter') ? [['counter', { value: '{"count": 1', eTag: 'e1' }]] : [],
          ),
        write: (...args) => memory.write(...args),
        delete: (keys) => memory.delete(keys),
      };

      await expect(typed(notJson).read('counter', Counter)).resolves.toBeUndefined();

      const setAsideAs = corruptItemKey('counter', 'e1');
      expect((await memory.read([setAsideAs])).get(setAsideAs)?.value).toMatchObject({
        value: '{"count": 1',
        issues: [expect.objectContaining({ code: 'invalid_type' })],
      });
    });

    it('holding what JSON cannot store again is still set aside, saying so', async () => {
      const infinite: ItemStore = {
        read: async () => new Map([['counter', { value: { count: Infinity }, eTag: 'e2' }]]),
        write: (...args) => memory.write(...args),
        delete: (keys) => memory.delete(keys),
      };

      await expect(typed(infinite).read('counter', Counter)).resolves.toBeUndefined();

      const setAsideAs = corruptItemKey('counter', 'e2');
      expect((await memory.read([setAsideAs])).get(setAsideAs)?.value).toMatchObject({
        key: 'counter',
        valueUnstorable: expect.stringMatching(/item\.value\.count is Infinity/),
      });
      expect(reports).toHaveLength(1);
    });
  });
});
