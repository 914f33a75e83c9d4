import type { ItemStore, StoredItem, WriteCondition } from '../../src/storage/itemStore';
import { ETagConflictError } from '../../src/storage/storageErrors';

/** An ItemStore in memory, with the port's eTag rules, that records every write. */
export class MemoryItems implements ItemStore {
  readonly items = new Map<string, StoredItem>();
  readonly writes: { key: string; value: unknown; condition: WriteCondition }[] = [];
  private version = 0;

  async read(keys: readonly string[]): Promise<ReadonlyMap<string, StoredItem>> {
    const found = new Map<string, StoredItem>();
    for (const key of keys) {
      const item = this.items.get(key);
      if (item) found.set(key, { value: structuredClone(item.value), eTag: item.eTag });
    }
    return found;
  }

  async write(key: string, value: object, condition: WriteCondition): Promise<string> {
    const current = this.items.get(key);
    if ('ifAbsent' in condition && current) throw new ETagConflictError(key, condition);
    if ('ifMatch' in condition && current?.eTag !== condition.ifMatch) {
      throw new ETagConflictError(key, condition);
    }
    const eTag = `"${++this.version}"`;
    this.items.set(key, { value: JSON.parse(JSON.stringify(value)), eTag });
    this.writes.push({ key, value: JSON.parse(JSON.stringify(value)), condition });
    return eTag;
  }

  async delete(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  /** stores a value as it is, the way a damaged or forged record would sit in storage */
  plant(key: string, value: unknown): void {
    this.items.set(key, { value, eTag: `"${++this.version}"` });
  }
}
