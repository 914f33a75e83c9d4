import { StorageUnavailableError, type StorageUnavailableReason } from './storageErrors';

/** what SQLite's result codes mean for a caller (extended codes mean what their primary one does) */
const REASON_BY_CODE: ReadonlyMap<string, StorageUnavailableReason> = new Map([
  ['SQLITE_FULL', 'full'],
  ['SQLITE_CORRUPT', 'corrupt'],
  ['SQLITE_NOTADB', 'corrupt'],
  ['SQLITE_READONLY', 'readOnly'],
  ['SQLITE_IOERR', 'ioError'],
  ['SQLITE_BUSY', 'timeout'],
  ['SQLITE_LOCKED', 'timeout'],
  ['SQLITE_CANTOPEN', 'unreachable'],
  ['SQLITE_PERM', 'refused'],
  ['SQLITE_AUTH', 'refused'],
]);

const WHAT_TO_DO: Record<StorageUnavailableReason, string> = {
  full: 'the disk (or the size limit set for the database) is full: free some space',
  corrupt:
    'the database is damaged: move it aside or restore it from a backup, and restart (a new, empty one is created)',
  readOnly: 'the database cannot be written: let this process write to the file and its folder',
  ioError: 'the disk reported an error reading or writing it: check the disk',
  timeout: 'another process kept the database locked: check what else has the file open',
  unreachable: 'the file cannot be opened: check that it and its folder are still there',
  refused: 'access to the file was refused: check its permissions',
  closed: 'the store was closed',
};

/** the primary result code of an SQLite error ("SQLITE_IOERR" for "SQLITE_IOERR_WRITE") */
export function sqliteCodeOf(error: unknown): string | undefined {
  return isSqliteError(error) ? /^SQLITE_[A-Z]+/.exec(error.code)?.[0] : undefined;
}

// By name, not `instanceof`: the native module keeps the error class of whichever copy of the
// library loaded it first, which may belong to another realm (as under a test runner).
function isSqliteError(error: unknown): error is Error & { code: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    error.name === 'SqliteError' &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

/**
 * an SQLite failure as StorageUnavailableError, naming the file, what failed and what to do;
 * anything else (a mistake in the code) is returned as it is
 */
export function sqliteFailure(error: unknown, filePath: string, action: string): unknown {
  const code = sqliteCodeOf(error);
  const reason = code === undefined ? undefined : REASON_BY_CODE.get(code);
  if (reason === undefined || !isSqliteError(error)) return error;
  return new StorageUnavailableError(
    reason,
    `Storage: could not ${action} the SQLite store at "${filePath}" (${error.code}: ` +
      `${error.message}): ${WHAT_TO_DO[reason]}.`,
    { cause: error },
  );
}

/** the store was used after close */
export function closedStore(filePath: string): StorageUnavailableError {
  return new StorageUnavailableError(
    'closed',
    `Storage: the SQLite store at "${filePath}" is closed.`,
  );
}
