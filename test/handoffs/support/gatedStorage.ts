import { ETagConflictError, type ItemStore } from '../../../src/storage';

/**
 * A store whose first `count` reads of `key` each wait until all of them have read: every
 * reader then holds the same eTag, so the writes that follow must race for real. With
 * `releaseAfterMs`, waiting readers go on after that long even if the others never come.
 */
export function gateReads(
  items: ItemStore,
  key: string,
  count: number,
  releaseAfterMs?: number,
): ItemStore {
  let waiting: (() => void)[] = [];
  let gated = 0;
  const releaseAll = () => {
    waiting.forEach((release) => release());
    waiting = [];
  };
  return {
    read: async (keys) => {
      const found = await items.read(keys);
      if (keys.includes(key) && gated < count) {
        gated += 1;
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          if (waiting.length === count) releaseAll();
          else if (releaseAfterMs !== undefined) setTimeout(releaseAll, releaseAfterMs);
        });
      }
      return found;
    },
    write: (...args) => items.write(...args),
    delete: (keys) => items.delete(keys),
  };
}

/** A store that counts the writes of one key that failed on an eTag conflict. */
export function countConflicts(items: ItemStore, key: string): ItemStore & { conflicts(): number } {
  let conflicts = 0;
  return {
    read: (keys) => items.read(keys),
    write: async (written, value, condition) => {
      try {
        return await items.write(written, value, condition);
      } catch (error) {
        if (written === key && error instanceof ETagConflictError) conflicts += 1;
        throw error;
      }
    },
    delete: (keys) => items.delete(keys),
    conflicts: () => conflicts,
  };
}

/** A store that counts the writes made through it, by key. */
export function countWrites(items: ItemStore): ItemStore & { writes(): string[] } {
  const writes: string[] = [];
  return {
    read: (keys) => items.read(keys),
    write: (key, value, condition) => {
      writes.push(key);
      return items.write(key, value, condition);
    },
    delete: (keys) => items.delete(keys),
    writes: () => [...writes],
  };
}
