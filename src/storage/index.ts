import type { TokenCredential } from '@azure/core-auth';
import type { ItemStore } from './itemStore';
import { SqliteItemStore } from './sqliteItemStore';

export type { BlobStoreOptions } from './blobItemStore';
export { STORAGE_CALL_BUDGET_MS } from './callBudget';
export type { ItemStore, StoredItem, WriteCondition } from './itemStore';
export { MemoryItemStore } from './memoryItemStore';
export { PROBE_KEY } from './probe';
export { SqliteItemStore, SQLITE_FILE_NAME, type SqliteStoreOptions } from './sqliteItemStore';
export {
  type ConflictingCondition,
  ETagConflictError,
  STORAGE_UNAVAILABLE_REASONS,
  StorageUnavailableError,
  type StorageUnavailableReason,
  UnstorableItemError,
} from './storageErrors';

export {
  corruptItemKey,
  type CheckedItem,
  type CorruptItemReport,
  DEFAULT_UPDATE_ATTEMPTS,
  InvalidItemError,
  type ItemIssue,
  type OnCorrupt,
  TypedItems,
  type TypedItemsOptions,
  UpdateContentionError,
  type UpdateStep,
} from './typedItems';

export type StorageKind = 'sqlite' | 'blob';

export type StoreOptions =
  | { kind: 'sqlite'; dataDir: string }
  | { kind: 'blob'; container: string; connectionString: string }
  | { kind: 'blob'; container: string; accountUrl: string; credential: TokenCredential };

/** the bot's storage, whichever kind was configured */
export interface BotStore {
  readonly items: ItemStore;
  readonly kind: StorageKind;
  /**
   * where the data lives, safe to log: "sqlite:/abs/path/advisor.db" or
   * "blob:https://account.blob.core.windows.net/container"
   */
  describe(): string;
  /**
   * resolves when the store can be read and written now; rejects with StorageUnavailableError
   * naming what is wrong (for a readiness check)
   */
  probe(): Promise<void>;
  /** commits what is pending and lets go of the store; later calls fail */
  close(): Promise<void>;
}

/** opens the configured storage; errors say what to fix in the configuration */
export async function openStore(options: StoreOptions): Promise<BotStore> {
  if (options.kind === 'sqlite') {
    const items = SqliteItemStore.open(options.dataDir);
    return {
      items,
      kind: 'sqlite',
      describe: () => `sqlite:${items.filePath}`,
      probe: () => items.probe(),
      close: () => items.close(),
    };
  }
  // Loaded only for Blob storage: with SQLite the Azure SDK would only add to the start-up time.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { BlobItemStore } = require('./blobItemStore') as typeof import('./blobItemStore');
  const items = await BlobItemStore.open(options);
  return {
    items,
    kind: 'blob',
    describe: () => `blob:${items.endpoint}/${items.container}`,
    probe: () => items.probe(),
    close: () => items.close(),
  };
}
