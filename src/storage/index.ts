import type { Storage } from 'botbuilder';
import { BlobStorage } from './blobStorage';
import { SqliteStorage } from './sqliteStorage';

export { BlobStorage } from './blobStorage';
export { SqliteStorage, SQLITE_FILE_NAME } from './sqliteStorage';
export { ETagConflictError, StorageUnavailableError, UnstorableItemError } from './storageErrors';

export type StorageKind = 'sqlite' | 'blob';

export type StoreOptions =
  | { kind: 'sqlite'; dataDir: string }
  | { kind: 'blob'; connectionString: string; container: string };

/** the bot's storage, whichever kind was configured */
export interface BotStore {
  storage: Storage;
  kind: StorageKind;
  /** where the data lives, safe to log: "sqlite:/abs/path/advisor.db" or "blob:container" */
  describe(): string;
  close(): Promise<void>;
}

/** opens the configured storage; errors say what to fix in the configuration */
export async function openStore(options: StoreOptions): Promise<BotStore> {
  switch (options.kind) {
    case 'sqlite': {
      const storage = SqliteStorage.open(options.dataDir);
      return {
        storage,
        kind: 'sqlite',
        describe: () => `sqlite:${storage.filePath}`,
        close: () => storage.close(),
      };
    }
    case 'blob': {
      const storage = await BlobStorage.open(options.connectionString, options.container);
      return {
        storage,
        kind: 'blob',
        describe: () => `blob:${storage.container}`,
        // Requests hold no connection that needs closing.
        close: async () => undefined,
      };
    }
  }
}
