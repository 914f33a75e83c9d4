import Database from 'better-sqlite3';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type CachedRow, RowCache } from './rowCache';
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

// Rows kept in memory for reading again: a conversation's state is read at the start of each
// turn and written at its end, so the rows of the conversations under way are what is read.
const CACHED_ROWS = 10_000;

/** one `write()` call waiting for the next commit */
interface PendingWrite {
  writes: PreparedWrite[];
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * botbuilder `Storage` in one SQLite file, with the same eTag rules as botbuilder's stores.
 *
 * Two things make it cheap per turn. Writes requested while the process is busy are committed
 * together, one transaction per turn of the event loop (each `write()` call still all-or-nothing
 * and resolving only once committed), because a commit costs far more than the rows in it. And
 * rows are read from memory while SQLite's `data_version` says no other connection has written.
 */
export class SqliteStorage implements Storage {
  private readonly rows = new RowCache(CACHED_ROWS);
  private knownDataVersion: number | undefined;
  private pending: PendingWrite[] = [];
  private readonly dataVersion: Database.Statement<[], number>;
  private readonly commitPending: Database.Transaction<
    (batch: PendingWrite[]) => { committed: Map<string, CachedRow>; conflicts: unknown[] }
  >;
  private readonly selectItem: Database.Statement<[string], StoredRow>;
  private readonly upsertItem: Database.Statement<[string, string, string]>;
  private readonly updateIfETagMatches: Database.Statement<[string, string, string, string]>;
  private readonly deleteItem: Database.Statement<[string]>;
  private readonly readAll: Database.Transaction<(keys: string[]) => [string, StoreItem][]>;
  private readonly writeAll: Database.Transaction<
    (writes: PreparedWrite[], committed: Map<string, CachedRow>) => void
  >;
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

    // Changes when another connection commits; this connection's own commits leave it alone.
    this.dataVersion = db
      .prepare<[], number>('PRAGMA data_version')
      .pluck() as typeof this.dataVersion;

    // A read of several keys sees one snapshot.
    this.readAll = db.transaction((keys) => {
      const found: [string, StoreItem][] = [];
      for (const key of keys) {
        const row = this.readRow(key);
        if (row) found.push([key, toStoreItem(row.json, row.etag)]);
      }
      return found;
    });
    // One `write()` call: all-or-nothing. Inside the commit's transaction this is a savepoint,
    // so a conflict undoes that call alone.
    this.writeAll = db.transaction((writes, committed) => {
      const written = new Map<string, CachedRow>();
      for (const { key, json, expectedETag } of writes) {
        const etag = randomUUID();
        if (expectedETag === undefined) {
          this.upsertItem.run(key, json, etag);
        } else if (this.updateIfETagMatches.run(json, etag, key, expectedETag).changes === 0) {
          throw new ETagConflictError(key, expectedETag);
        }
        written.set(key, { json, etag });
      }
      for (const [key, row] of written) committed.set(key, row);
    });
    this.commitPending = db.transaction((batch) => {
      const committed = new Map<string, CachedRow>();
      const conflicts = batch.map((call) => {
        try {
          this.writeAll(call.writes, committed);
          return undefined;
        } catch (error) {
          // Any other failure (disk full, I/O) fails the whole commit.
          if (error instanceof ETagConflictError) return error;
          throw error;
        }
      });
      return { committed, conflicts };
    });
    this.deleteAll = db.transaction((keys) => {
      for (const key of keys) this.deleteItem.run(key);
    });
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertStorageKeys(keys, 'read');
    this.assertOpen();
    this.forgetRowsIfChangedElsewhere();
    if (keys.length === 1) {
      // One statement is a snapshot by itself: a single key needs no transaction around it.
      const row = this.readRow(keys[0]!);
      return row ? ownEntries([[keys[0]!, toStoreItem(row.json, row.etag)]]) : {};
    }
    return ownEntries(this.readAll(keys));
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
    for (const key of keys) this.rows.delete(key);
  }

  /** commits every pending write; IMMEDIATE takes the write lock before the first eTag check */
  private commit(): void {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    let outcome: ReturnType<typeof this.commitPending>;
    try {
      this.assertOpen();
      outcome = this.commitPending.immediate(batch);
    } catch (error) {
      for (const call of batch) call.reject(error);
      return;
    }
    for (const [key, row] of outcome.committed) this.rows.set(key, row);
    batch.forEach((call, index) => {
      const conflict = outcome.conflicts[index];
      if (conflict === undefined) call.resolve();
      else call.reject(conflict);
    });
  }

  private readRow(key: string): CachedRow | undefined {
    const cached = this.rows.get(key);
    if (cached) return cached;
    const stored = this.selectItem.get(key);
    if (!stored) return undefined;
    const row = { json: stored.value, etag: stored.etag };
    this.rows.set(key, row);
    return row;
  }

  private forgetRowsIfChangedElsewhere(): void {
    const version = this.dataVersion.get();
    if (version !== this.knownDataVersion) {
      this.rows.clear();
      this.knownDataVersion = version;
    }
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

/** an object of items; defineProperty, so even a key named "__proto__" comes back as data */
function ownEntries(entries: [string, StoreItem][]): StoreItems {
  const items: StoreItems = {};
  for (const [key, item] of entries) {
    Object.defineProperty(items, key, {
      value: item,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return items;
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
