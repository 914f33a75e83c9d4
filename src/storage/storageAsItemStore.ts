import type { Storage } from 'botbuilder';
import type { ItemStore, StoredItem } from './itemStore';
import { ETagConflictError } from './storageErrors';

/** botbuilder Storage seen as an ItemStore (create-if-absent only within this process). */
export function itemStoreOver(storage: Storage): ItemStore {
  const read = async (keys: readonly string[]) => {
    const found = await storage.read([...keys]);
    const items = new Map<string, StoredItem>();
    for (const key of keys) {
      const raw = found[key] as Record<string, unknown> | undefined;
      if (raw === undefined) continue;
      const { eTag, ...value } = raw;
      items.set(key, { value, eTag: String(eTag ?? '') });
    }
    return items;
  };
  return {
    read,
    async write(key, value, condition) {
      if ('ifAbsent' in condition && (await read([key])).has(key)) {
        throw new ETagConflictError(key, '*');
      }
      const eTag = 'ifMatch' in condition ? condition.ifMatch : '*';
      await storage.write({ [key]: { ...value, eTag } });
      return (await read([key])).get(key)?.eTag ?? '';
    },
    delete: (keys) => storage.delete([...keys]),
  };
}
