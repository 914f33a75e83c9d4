/**
 * The storage port: JSON items by key, each with an eTag. The domain (handoffs, places) and the
 * application layer reach storage only through this interface; SQLite, Azure Blob storage and
 * memory implement it. It imports nothing, so anything may depend on it.
 */

/** an item as stored: its JSON value and the eTag it has now */
export interface StoredItem {
  /**
   * the stored JSON value, a fresh copy on every read. Stored text that is not JSON (damaged, or
   * put there by something else) reads as that text, a string: every item written through the
   * port is an object, so a string is never mistaken for an item
   */
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
   * stores `value` (a JSON object: plain objects, arrays, strings, finite numbers, booleans and
   * null inside) under `key` if `condition` holds, and resolves to the new eTag once it is kept.
   * Rejects with ETagConflictError when the condition does not hold, UnstorableItemError when
   * the value, the key or the condition cannot be kept faithfully, StorageUnavailableError when
   * the store cannot be reached or did not answer in time; in the first two cases nothing was
   * written.
   */
  write(key: string, value: object, condition: WriteCondition): Promise<string>;
  /** removes the items; keys with no item are ignored */
  delete(keys: readonly string[]): Promise<void>;
}
