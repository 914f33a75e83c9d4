import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ItemStore, StoredItem, WriteCondition } from './itemStore';
import { jsonOfItem, valueOfJson } from './itemJson';
import { probeByWriting } from './probe';
import { closedStore, sqliteCodeOf, sqliteFailure } from './sqliteFailures';
import { ETagConflictError } from './storageErrors';
import { assertStorageKey, assertStorageKeys, assertWriteCondition } from './storageKeys';

export const SQLITE_FILE_NAME = 'advisor.db';

// How long a write waits for another process holding the write lock on the same file.
const BUSY_TIMEOUT_MS = 5_000;
// Rows a readiness probe reads, resuming where the last one stopped: over successive probes
// every page of the table is read, at a cost per probe that does not grow with the table.
const PROBE_SLICE_ROWS = 500;

// One row per storage key. The primary key is the lookup index, so reading a key costs the
// same with a hundred rows or a hundred thousand.
const CREATE_TABLE = `
  CREATE TABLE IF NOT EXISTS store_items (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    etag  TEXT NOT NULL
  ) STRICT`;

export interface SqliteStoreOptions {
  /** the most the database file may grow to; writes past it fail as on a full disk */
  maxSizeBytes?: number;
}

interface StoredRow {
  value: string;
  etag: string;
}

/** one `write()` call waiting for the next commit */
interface PendingWrite {
  key: string;
  json: string;
  condition: WriteCondition;
  resolve(eTag: string): void;
  reject(error: unknown): void;
}

/** what became of one pending write inside the commit */
type WriteOutcome = { eTag: string } | { conflict: ETagConflictError };

/**
 * The storage port in one SQLite file.
 *
 * Writes asked for while the process is busy are committed together, one transaction per turn
 * of the event loop (each `write()` call still all-or-nothing, and resolving only once
 * committed), because a commit costs far more than the rows in it. Calls are synchronous
 * underneath and wait at most BUSY_TIMEOUT_MS for another process's write lock; SQLite's
 * failures (full, damaged, read-only, I/O) reject with StorageUnavailableError.
 */
export class SqliteItemStore implements ItemStore {
  private pending: PendingWrite[] = [];
  private probeCursor = '';
  private readonly commitPending: Database.Transaction<(batch: PendingWrite[]) => WriteOutcome[]>;
  private readonly selectItem: Database.Statement<[string], StoredRow>;
  private readonly upsertItem: Database.Statement<[string, string, string]>;
  private readonly insertIfAbsent: Database.Statement<[string, string, string]>;
  private readonly updateIfETagMatches: Database.Statement<[string, string, string, string]>;
  private readonly deleteItem: Database.Statement<[string]>;
  private readonly selectSlice: Database.Statement<[string, number], { key: string }>;
  private readonly readAll: Database.Transaction<
    (keys: readonly string[]) => [string, StoredItem][]
  >;
  private readonly deleteAll: Database.Transaction<(keys: readonly string[]) => void>;

  /** opens `<dataDir>/advisor.db`, creating the folder and the database when they are missing */
  static open(dataDir: string, options: SqliteStoreOptions = {}): SqliteItemStore {
    if (dataDir.trim() === '') {
      throw new Error('The SQLite data directory is empty: set it to a folder for the database.');
    }
    const filePath = path.resolve(dataDir, SQLITE_FILE_NAME);
    let db: Database.Database | undefined;
    try {
      mkdirSync(path.dirname(filePath), { recursive: true });
      db = new Database(filePath, { timeout: BUSY_TIMEOUT_MS });
      configure(db, options);
      return new SqliteItemStore(db, filePath);
    } catch (error) {
      db?.close();
      throw new Error(openFailureMessage(error, filePath), { cause: error });
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
    this.insertIfAbsent = db.prepare(
      'INSERT INTO store_items (key, value, etag) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
    );
    // A missing item matches no eTag either, so a write that expects one fails, as on Azure.
    this.updateIfETagMatches = db.prepare(
      'UPDATE store_items SET value = ?, etag = ? WHERE key = ? AND etag = ?',
    );
    this.deleteItem = db.prepare('DELETE FROM store_items WHERE key = ?');
    // length(value) makes SQLite read each row's whole value, not just the index.
    this.selectSlice = db.prepare(
      'SELECT key, length(value) AS size FROM store_items WHERE key > ? ORDER BY key LIMIT ?',
    );

    // A read of several keys sees one snapshot.
    this.readAll = db.transaction((keys) => {
      const found: [string, StoredItem][] = [];
      for (const key of keys) {
        const row = this.selectItem.get(key);
        if (row) found.push([key, toStoredItem(row)]);
      }
      return found;
    });
    // Each write is one statement, so a conflict changes nothing and leaves the others be; any
    // other failure (disk full, I/O) fails the whole commit.
    this.commitPending = db.transaction((batch) =>
      batch.map(({ key, json, condition }) => {
        const eTag = randomUUID();
        if ('overwrite' in condition) {
          this.upsertItem.run(key, json, eTag);
          return { eTag };
        }
        const changes =
          'ifMatch' in condition
            ? this.updateIfETagMatches.run(json, eTag, key, condition.ifMatch).changes
            : this.insertIfAbsent.run(key, json, eTag).changes;
        return changes > 0 ? { eTag } : { conflict: new ETagConflictError(key, condition) };
      }),
    );
    this.deleteAll = db.transaction((keys) => {
      for (const key of keys) this.deleteItem.run(key);
    });
  }

  async read(keys: readonly string[]): Promise<ReadonlyMap<string, StoredItem>> {
    assertStorageKeys(keys, 'read');
    this.assertOpen();
    try {
      if (keys.length === 1) {
        // One statement is a snapshot by itself: a single key needs no transaction around it.
        const key = keys[0]!;
        const row = this.selectItem.get(key);
        return new Map(row ? [[key, toStoredItem(row)]] : []);
      }
      return new Map(this.readAll(keys));
    } catch (error) {
      throw sqliteFailure(error, this.filePath, 'read from');
    }
  }

  async write(key: string, value: object, condition: WriteCondition): Promise<string> {
    assertStorageKey(key, 'write');
    assertWriteCondition(key, condition);
    // Checked before touching the database, so a bad item writes nothing.
    const json = jsonOfItem(key, value);
    this.assertOpen();
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.commit());
      this.pending.push({ key, json, condition, resolve, reject });
    });
  }

  async delete(keys: readonly string[]): Promise<void> {
    assertStorageKeys(keys, 'delete');
    this.assertOpen();
    // Writes asked for before this delete land before it.
    this.commit();
    try {
      this.deleteAll.immediate(keys);
    } catch (error) {
      throw sqliteFailure(error, this.filePath, 'delete from');
    }
  }

  /**
   * resolves when the store can be read and written: reads the next slice of the table (so a
   * damaged page is found within a few probes wherever it is), then writes and reads back a
   * probe item; rejects with StorageUnavailableError saying what is wrong
   */
  async probe(): Promise<void> {
    this.assertOpen();
    try {
      const slice = this.selectSlice.all(this.probeCursor, PROBE_SLICE_ROWS);
      this.probeCursor = slice.length < PROBE_SLICE_ROWS ? '' : slice.at(-1)!.key;
    } catch (error) {
      throw sqliteFailure(error, this.filePath, 'read');
    }
    await probeByWriting(this, `the SQLite store at "${this.filePath}"`);
  }

  /** commits every pending write; IMMEDIATE takes the write lock before the first eTag check */
  private commit(): void {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    let outcomes: WriteOutcome[];
    try {
      this.assertOpen();
      outcomes = this.commitPending.immediate(batch);
    } catch (error) {
      const failure = sqliteFailure(error, this.filePath, 'write to');
      for (const call of batch) call.reject(failure);
      return;
    }
    batch.forEach((call, index) => {
      const outcome = outcomes[index]!;
      if ('eTag' in outcome) call.resolve(outcome.eTag);
      else call.reject(outcome.conflict);
    });
  }

  /** commits what is pending and closes the database; later calls fail; a second close does nothing */
  async close(): Promise<void> {
    if (!this.db.open) return;
    this.commit();
    this.db.close();
  }

  private assertOpen(): void {
    if (!this.db.open) throw closedStore(this.filePath);
  }
}

function configure(db: Database.Database, options: SqliteStoreOptions): void {
  // WAL: readers never block the writer, and a commit is one append to the log. Setting it
  // reads the file's header, so a file that is no database fails here, at start-up.
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
  if (options.maxSizeBytes !== undefined) {
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    db.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxSizeBytes / pageSize))}`);
  }
}

function toStoredItem(row: StoredRow): StoredItem {
  return { value: valueOfJson(row.value), eTag: row.etag };
}

function openFailureMessage(error: unknown, filePath: string): string {
  const code = sqliteCodeOf(error);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return (
      `The SQLite store at "${filePath}" is not a valid database, or is damaged ` +
      `(${messageOf(error)}). Move the file aside (with the ${SQLITE_FILE_NAME}-wal and ` +
      `${SQLITE_FILE_NAME}-shm files beside it, if any) or restore it from a backup, then start ` +
      'again: the bot creates a new, empty database there.'
    );
  }
  return (
    `Cannot open the SQLite store at "${filePath}": ${messageOf(error)}. ` +
    'Set the data directory to a folder this process can create and write to.'
  );
}

function messageOf(error: unknown): string {
  // Not `instanceof Error`: SQLite's errors may come from another realm (see sqliteFailures).
  return typeof error === 'object' && error !== null && 'message' in error
    ? String(error.message)
    : String(error);
}
