/**
 * The storage port: JSON items by key, each with an eTag. The domain (handoffs, places) and the
 * application layer reach storage only through this interface; SQLite and Azure Blob storage
 * implement it. It imports nothing, so anything may depend on it.
 */

/** an item as stored: its JSON value and the eTag it has now */
export interface StoredItem {
  readonly value: unknown;
  readonly eTag: string;
}

/** when a write may happen */
export type WriteCondition =
  /** only if the stored item still has this eTag (it was not changed since it was read) */
  | { readonly ifMatch: string }
  /** only if no item has this key yet: of two instances creating it at once, one wins */
  | { readonly ifAbsent: true }
  /** whatever is stored (last writer wins) */
  | { readonly overwrite: true };

export interface ItemStore {
  /** the items found, by key; a key with no item is absent from the map */
  read(keys: readonly string[]): Promise<ReadonlyMap<string, StoredItem>>;
  /**
   * stores `value` (plain JSON data) under `key` if `condition` holds, and resolves to the new
   * eTag. Rejects with ETagConflictError when the condition does not hold, UnstorableItemError
   * when the value or key cannot be kept faithfully, StorageUnavailableError when the store
   * cannot be reached or did not answer in time; in each case nothing was written.
   */
  write(key: string, value: object, condition: WriteCondition): Promise<string>;
  /** removes the items; keys with no item are ignored */
  delete(keys: readonly string[]): Promise<void>;
}
