import type { ItemStore, StoredItem, WriteCondition } from './itemStore';
import { jsonOfItem, valueOfJson } from './itemJson';
import { ETagConflictError } from './storageErrors';
import { assertStorageKey, assertStorageKeys, assertWriteCondition } from './storageKeys';

/**
 * Items in this process's memory, with the same rules as the durable stores (JSON checks, key
 * checks, eTags, conditions): for tests and for running without a store. Nothing survives the
 * process.
 */
export class MemoryItemStore implements ItemStore {
  private readonly items = new Map<string, { json: string; eTag: string }>();
  private writes = 0;

  async read(keys: readonly string[]): Promise<ReadonlyMap<string, StoredItem>> {
    assertStorageKeys(keys, 'read');
    const found = new Map<string, StoredItem>();
    for (const key of keys) {
      const item = this.items.get(key);
      if (item) found.set(key, { value: valueOfJson(item.json), eTag: item.eTag });
    }
    return found;
  }

  async write(key: string, value: object, condition: WriteCondition): Promise<string> {
    assertStorageKey(key, 'write');
    assertWriteCondition(key, condition);
    const json = jsonOfItem(key, value);
    const stored = this.items.get(key);
    if ('ifMatch' in condition && stored?.eTag !== condition.ifMatch) {
      throw new ETagConflictError(key, condition);
    }
    if ('ifAbsent' in condition && stored !== undefined) {
      throw new ETagConflictError(key, condition);
    }
    this.writes += 1;
    const eTag = `m${this.writes}`;
    this.items.set(key, { json, eTag });
    return eTag;
  }

  async delete(keys: readonly string[]): Promise<void> {
    assertStorageKeys(keys, 'delete');
    for (const key of keys) this.items.delete(key);
  }
}
