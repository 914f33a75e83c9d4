import Database from 'better-sqlite3';
import path from 'node:path';
import { SQLITE_FILE_NAME } from '../../src/storage';

/** The keys the bot's SQLite store holds right now, read through a second connection. */
export function storedKeys(dataDir: string): string[] {
  const db = new Database(path.join(dataDir, SQLITE_FILE_NAME), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    return (db.prepare('SELECT key FROM store_items ORDER BY key').all() as { key: string }[]).map(
      (row) => row.key,
    );
  } finally {
    db.close();
  }
}
