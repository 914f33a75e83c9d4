import Database from 'better-sqlite3';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ETagConflictError } from './storageErrors';
import { assertStorageKeys } from './storageKeys';
import { prepareWrite, toStoreItem, type PreparedWrite } from './storeItemJson';

export const SQLITE_FILE_NAME = 'advisor.db';

// How long a write waits for another process holding the write lock on the same file.
const BUSY_TIMEOUT_MS = 5_000;

// One row per storage key. The primary key is the lookup index, so reading a key costs the
// same with a hundred rows or a hundred thousand.
const CREATE_TABLE = `
  CREATE TABLE IF NOT EXISTS store_items (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    etag  TEXT NOT NULL
  ) STRICT`;

interface StoredRow {
  value: string;
  etag: string;
}

/** botbuilder `Storage` in one SQLite file, with the same eTag rules as botbuilder's stores */
export class SqliteStorage implements Storage {
  private readonly selectItem: Database.Statement<[string], StoredRow>;
  private readonly upsertItem: Database.Statement<[string, string, string]>;
  private readonly updateIfETagMatches: Database.Statement<[string, string, string, string]>;
  private readonly deleteItem: Database.Statement<[string]>;
  private readonly readAll: Database.Transaction<(keys: string[]) => [string, StoreItem][]>;
  private readonly writeAll: Database.Transaction<(writes: PreparedWrite[]) => void>;
  private readonly deleteAll: Database.Transaction<(keys: string[]) => void>;

  /** opens `<dataDir>/advisor.db`, creating the folder and the database when they are missing */
  static open(dataDir: string): SqliteStorage {
    if (dataDir.trim() === '') {
      throw new Error('The SQLite data directory is empty: set it to a folder for the database.');
    }
    const filePath = path.resolve(dataDir, SQLITE_FILE_NAME);
    let db: Database.Database | undefined;
    try {
      mkdirSync(path.dirname(filePath), { recursive: true });
      db = new Database(filePath, { timeout: BUSY_TIMEOUT_MS });
      configure(db);
      return new SqliteStorage(db, filePath);
    } catch (error) {
      db?.close();
      throw new Error(
        `Cannot open the SQLite store at "${filePath}": ${messageOf(error)}. ` +
          'Set the data directory to a folder this process can create and write to.',
        { cause: error },
      );
    }
  }

  private constructor(
    private readonly db: Database.Database,
    /** absolute path of the database file */
    readonly filePath: string,
  ) {
    this.selectItem = db.prepare('SELECT value, etag FROM store_items WHERE key = ?');
    this.upsertItem = db.prepare(
      `INSERT INTO store_items (key, value, etag) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag`,
    );
    // A missing item matches no eTag either, so a write that expects one fails, as on Azure.
    this.updateIfETagMatches = db.prepare(
      'UPDATE store_items SET value = ?, etag = ? WHERE key = ? AND etag = ?',
    );
    this.deleteItem = db.prepare('DELETE FROM store_items WHERE key = ?');

    // One transaction per call: a read sees one snapshot, and a write batch is all-or-nothing
    // (a conflict throws inside the transaction, which rolls everything back).
    this.readAll = db.transaction((keys) => {
      const found: [string, StoreItem][] = [];
      for (const key of keys) {
        const row = this.selectItem.get(key);
        if (row) found.push([key, toStoreItem(row.value, row.etag)]);
      }
      return found;
    });
    this.writeAll = db.transaction((writes) => {
      for (const write of writes) this.writeOne(write);
    });
    this.deleteAll = db.transaction((keys) => {
      for (const key of keys) this.deleteItem.run(key);
    });
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertStorageKeys(keys, 'read');
    this.assertOpen();
    // One statement is a snapshot by itself: a single key needs no transaction around it.
    if (keys.length === 1) return this.readOne(keys[0]!);
    // fromEntries defines own properties, so even a key named "__proto__" comes back as data.
    return Object.fromEntries(this.readAll(keys));
  }

  private readOne(key: string): StoreItems {
    const row = this.selectItem.get(key);
    // defineProperty, so even a key named "__proto__" comes back as data.
    return row
      ? Object.defineProperty({}, key, {
          value: toStoreItem(row.value, row.etag),
          enumerable: true,
          writable: true,
          configurable: true,
        })
      : {};
  }

  private writeOne({ key, json, expectedETag }: PreparedWrite): void {
    const newETag = randomUUID();
    if (expectedETag === undefined) {
      this.upsertItem.run(key, json, newETag);
    } else if (this.updateIfETagMatches.run(json, newETag, key, expectedETag).changes === 0) {
      throw new ETagConflictError(key, expectedETag);
    }
  }

  async write(changes: StoreItems): Promise<void> {
    if (typeof changes !== 'object' || changes === null) {
      throw new TypeError('Storage: write needs an object of changes, indexed by key.');
    }
    const keys = Object.keys(changes);
    assertStorageKeys(keys, 'write');
    // Check every item before touching the database, so a bad item writes nothing.
    const writes = Object.entries(changes).map(([key, item]) => prepareWrite(key, item));
    this.assertOpen();
    // One statement is atomic by itself (the eTag check and the update included), so a single
    // item is written without a transaction around it; a batch is all-or-nothing. IMMEDIATE
    // takes the write lock up front: another process cannot slip in between a batch's eTag
    // checks and its updates.
    if (writes.length === 1) this.writeOne(writes[0]!);
    else this.writeAll.immediate(writes);
  }

  async delete(keys: string[]): Promise<void> {
    assertStorageKeys(keys, 'delete');
    this.assertOpen();
    this.deleteAll.immediate(keys);
  }

  /** closes the database; later calls fail. Calling it again does nothing. */
  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private assertOpen(): void {
    if (!this.db.open) {
      throw new Error(`Storage: the SQLite store at "${this.filePath}" is closed.`);
    }
  }
}

function configure(db: Database.Database): void {
  // WAL: readers never block the writer, and a commit is one append to the log.
  const journalMode: unknown = db.pragma('journal_mode = WAL', { simple: true });
  if (journalMode !== 'wal') {
    throw new Error(`the file system does not support SQLite's WAL mode (got "${journalMode}")`);
  }
  // NORMAL is enough with WAL: a commit is written to the log before the call returns and only
  // the fsync is deferred (to checkpoints), so a killed or crashed process loses nothing it was
  // told was written. Only a power cut or OS crash can drop the last commits, and even then the
  // database stays consistent. FULL would add an fsync to every write.
  db.pragma('synchronous = NORMAL');
  db.exec(CREATE_TABLE);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
