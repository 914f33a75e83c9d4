import type { Storage, StoreItems } from 'botbuilder';
import type { ItemStore, WriteCondition } from '../storage';

/**
 * botbuilder `Storage` over the storage port, for the bot's conversation and user state: an
 * item's `eTag` becomes the write's condition (none, "" or "*" overwrite), and reads hand it
 * back. A stored value that is not an object (damaged) reads as no state.
 */
export function itemStoreAsStorage(items: ItemStore): Storage {
  return {
    read: async (keys) => {
      const found: StoreItems = {};
      for (const [key, { value, eTag }] of await items.read(keys)) {
        // defineProperty: a key such as "__proto__" stays data.
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
          Object.defineProperty(found, key, { value: { ...value, eTag }, enumerable: true });
        }
      }
      return found;
    },
    write: async (changes) => {
      await Promise.all(
        Object.entries(changes).map(([key, { eTag, ...value }]) =>
          items.write(key, value, conditionOf(eTag)),
        ),
      );
    },
    delete: (keys) => items.delete(keys),
  };
}

function conditionOf(eTag: unknown): WriteCondition {
  return eTag === undefined || eTag === '' || eTag === '*'
    ? { overwrite: true }
    : // Anything else is the eTag read (the store refuses one that is not a string).
      { ifMatch: eTag as string };
}
