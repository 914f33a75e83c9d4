/** a stored row as the database holds it: the item's JSON and its eTag */
export interface CachedRow {
  readonly json: string;
  readonly etag: string;
}

/**
 * The rows this process last read or wrote, most recent last, up to `capacity`. The owner
 * empties it whenever another process may have changed the database; within the process every
 * write passes through the owner, which keeps it current.
 */
export class RowCache {
  private readonly rows = new Map<string, CachedRow>();

  constructor(private readonly capacity: number) {}

  get(key: string): CachedRow | undefined {
    return this.rows.get(key);
  }

  set(key: string, row: CachedRow): void {
    // Re-inserting moves the key to the end, so the first key is always the least recent.
    this.rows.delete(key);
    if (this.rows.size >= this.capacity) this.rows.delete(this.rows.keys().next().value!);
    this.rows.set(key, row);
  }

  delete(key: string): void {
    this.rows.delete(key);
  }

  clear(): void {
    this.rows.clear();
  }
}
