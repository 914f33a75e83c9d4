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

/** one `write()` call waiting for the next commit */
interface PendingWrite {
  writes: PreparedWrite[];
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * botbuilder `Storage` in one SQLite file, with the same eTag rules as botbuilder's stores.
 *
 * Writes asked for while the process is busy are committed together, one transaction per turn
 * of the event loop (each `write()` call still all-or-nothing, and resolving only once
 * committed), because a commit costs far more than the rows in it.
 */
export class SqliteStorage implements Storage {
  private pending: PendingWrite[] = [];
  private readonly commitPending: Database.Transaction<(batch: PendingWrite[]) => unknown[]>;
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

    // A read of several keys sees one snapshot.
    this.readAll = db.transaction((keys) => {
      const found: [string, StoreItem][] = [];
      for (const key of keys) {
        const row = this.selectItem.get(key);
        if (row) found.push([key, toStoreItem(row.value, row.etag)]);
      }
      return found;
    });
    // One `write()` call: all-or-nothing. Inside the commit's transaction this is a savepoint,
    // so a conflict undoes that call alone.
    this.writeAll = db.transaction((writes) => {
      for (const { key, json, expectedETag } of writes) {
        const etag = randomUUID();
        if (expectedETag === undefined) {
          this.upsertItem.run(key, json, etag);
        } else if (this.updateIfETagMatches.run(json, etag, key, expectedETag).changes === 0) {
          throw new ETagConflictError(key, expectedETag);
        }
      }
    });
    // Each call's conflict, or undefined where it was written.
    this.commitPending = db.transaction((batch) =>
      batch.map((call) => {
        try {
          this.writeAll(call.writes);
          return undefined;
        } catch (error) {
          // Any other failure (disk full, I/O) fails the whole commit.
          if (error instanceof ETagConflictError) return error;
          throw error;
        }
      }),
    );
    this.deleteAll = db.transaction((keys) => {
      for (const key of keys) this.deleteItem.run(key);
    });
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertStorageKeys(keys, 'read');
    this.assertOpen();
    if (keys.length === 1) {
      // One statement is a snapshot by itself: a single key needs no transaction around it.
      const row = this.selectItem.get(keys[0]!);
      // fromEntries defines own properties, so even a key named "__proto__" comes back as data.
      return row ? Object.fromEntries([[keys[0]!, toStoreItem(row.value, row.etag)]]) : {};
    }
    return Object.fromEntries(this.readAll(keys));
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
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.commit());
      this.pending.push({ writes, resolve, reject });
    });
  }

  async delete(keys: string[]): Promise<void> {
    assertStorageKeys(keys, 'delete');
    this.assertOpen();
    // Writes asked for before this delete land before it.
    this.commit();
    this.deleteAll.immediate(keys);
  }

  /** commits every pending write; IMMEDIATE takes the write lock before the first eTag check */
  private commit(): void {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    let conflicts: unknown[];
    try {
      this.assertOpen();
      conflicts = this.commitPending.immediate(batch);
    } catch (error) {
      for (const call of batch) call.reject(error);
      return;
    }
    batch.forEach((call, index) => {
      const conflict = conflicts[index];
      if (conflict === undefined) call.resolve();
      else call.reject(conflict);
    });
  }

  /** closes the database; later calls fail. Calling it again does nothing. */
  async close(): Promise<void> {
    if (!this.db.open) return;
    this.commit();
    this.db.close();
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
