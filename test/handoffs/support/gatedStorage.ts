import type { Storage, StoreItems } from 'botbuilder';

/**
 * A Storage whose first `count` reads of `key` each wait until all of them have read: every
 * reader then holds the same eTag, so the writes that follow must race for real. With
 * `releaseAfterMs`, waiting readers go on after that long even if the others never come (a
 * caller that serialises its updates never sends the second read while the first waits).
 */
export function gateReads(
  storage: Storage,
  key: string,
  count: number,
  releaseAfterMs?: number,
): Storage {
  let waiting: (() => void)[] = [];
  let gated = 0;
  const releaseAll = () => {
    waiting.forEach((release) => release());
    waiting = [];
  };
  return {
    read: async (keys: string[]): Promise<StoreItems> => {
      const items = await storage.read(keys);
      if (keys.includes(key) && gated < count) {
        gated += 1;
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          if (waiting.length === count) releaseAll();
          else if (releaseAfterMs !== undefined) setTimeout(releaseAll, releaseAfterMs);
        });
      }
      return items;
    },
    write: (changes) => storage.write(changes),
    delete: (keys) => storage.delete(keys),
  };
}

/** A Storage that counts the writes of one key that failed on an eTag conflict. */
export function countConflicts(storage: Storage, key: string): Storage & { conflicts(): number } {
  let conflicts = 0;
  return {
    read: (keys) => storage.read(keys),
    write: async (changes) => {
      try {
        await storage.write(changes);
      } catch (error) {
        if (key in changes && error instanceof Error && error.message.includes('eTag conflict')) {
          conflicts += 1;
        }
        throw error;
      }
    },
    delete: (keys) => storage.delete(keys),
    conflicts: () => conflicts,
  };
}
