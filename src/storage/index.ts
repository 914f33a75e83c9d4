import type { TokenCredential } from '@azure/identity';
import type { Storage } from 'botbuilder';
import { BlobStorage } from './blobStorage';
import { SqliteStorage } from './sqliteStorage';
import { StorageUnavailableError } from './storageErrors';

export { BlobStorage } from './blobStorage';
export { SqliteStorage, SQLITE_FILE_NAME } from './sqliteStorage';
export { ETagConflictError, StorageUnavailableError, UnstorableItemError } from './storageErrors';

export type StorageKind = 'sqlite' | 'blob';

export type StoreOptions =
  | { kind: 'sqlite'; dataDir: string }
  | { kind: 'blob'; connectionString: string; container: string }
  | { kind: 'blob'; container: string; accountUrl: string; credential: TokenCredential };

// Read by the readiness probe; it never needs to exist.
const PROBE_KEY = 'readiness-probe';

/** the bot's storage, whichever kind was configured */
export interface BotStore {
  storage: Storage;
  kind: StorageKind;
  /** where the data lives, safe to log: "sqlite:/abs/path/advisor.db" or "blob:container" */
  describe(): string;
  /** rejects with StorageUnavailableError, naming what is wrong, when the store cannot be read */
  probe(): Promise<void>;
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
        probe: () => probeRead(storage, `the SQLite store at "${storage.filePath}"`),
        close: () => storage.close(),
      };
    }
    case 'blob': {
      const storage =
        'connectionString' in options
          ? await BlobStorage.open(options.connectionString, options.container)
          : await BlobStorage.openWithIdentity(
              options.accountUrl,
              options.credential,
              options.container,
            );
      return {
        storage,
        kind: 'blob',
        describe: () => `blob:${storage.container}`,
        probe: () => probeRead(storage, `blob container "${storage.container}"`),
        // Requests hold no connection that needs closing.
        close: async () => undefined,
      };
    }
  }
}

/** one read of a key that need not exist: it proves the store answers and may be read */
async function probeRead(storage: Storage, where: string): Promise<void> {
  try {
    await storage.read([PROBE_KEY]);
  } catch (error) {
    if (error instanceof StorageUnavailableError) throw error;
    throw new StorageUnavailableError(
      `Storage: ${where} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
