import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { open, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  type BotStore,
  ETagConflictError,
  openStore,
  PROBE_KEY,
  SQLITE_FILE_NAME,
  SqliteItemStore,
  StorageUnavailableError,
} from '../../src/storage';
import { sqliteFailure } from '../../src/storage/sqliteFailures';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { BATCH_KEYS, batchKey } from './fixtures/writeUntilKilled';
import { describeItemStoreContract } from './storageContract';

const PROJECT_ROOT = path.resolve(__dirname, '../..');
const WRITER_SCRIPT = path.join(__dirname, 'fixtures/writeUntilKilled.ts');
const OVERWRITE = { overwrite: true } as const;
const PAGE_SIZE = 4_096;

let root: string;
let storeCount = 0;

beforeAll(async () => {
  root = await makeTempDir('sqlite');
});
afterAll(async () => {
  await removeTempDir(root);
});

function freshDataDir(): string {
  storeCount += 1;
  return path.join(root, `store-${storeCount}`, 'data');
}

describeItemStoreContract('SQLite', {
  fresh: () => {
    const dataDir = freshDataDir();
    return { open: () => openStore({ kind: 'sqlite', dataDir }) };
  },
  durable: true,
});

describe('SQLite storage', () => {
  const opened: { close(): Promise<void> }[] = [];
  const openBotStore = async (dataDir: string): Promise<BotStore> => {
    const store = await openStore({ kind: 'sqlite', dataDir });
    opened.push(store);
    return store;
  };
  const openItems = (dataDir: string, maxSizeBytes?: number): SqliteItemStore => {
    const items = SqliteItemStore.open(dataDir, maxSizeBytes ? { maxSizeBytes } : {});
    opened.push(items);
    return items;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  it('creates its data folder on first start and says where the file is', async () => {
    const dataDir = freshDataDir();
    expect(existsSync(dataDir)).toBe(false);

    const store = await openBotStore(dataDir);

    const filePath = path.join(dataDir, SQLITE_FILE_NAME);
    expect(existsSync(filePath)).toBe(true);
    expect(store.kind).toBe('sqlite');
    expect(store.describe()).toBe(`sqlite:${filePath}`);
  });

  it('uses WAL and finds a key through the primary key index', async () => {
    const dataDir = freshDataDir();
    await openBotStore(dataDir);
    const db = new Database(path.join(dataDir, SQLITE_FILE_NAME), { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const plan = db
        .prepare('EXPLAIN QUERY PLAN SELECT value, etag FROM store_items WHERE key = ?')
        .all('some-key');
      expect(JSON.stringify(plan)).toMatch(/SEARCH store_items USING INDEX \S+ \(key=\?\)/);
    } finally {
      db.close();
    }
  });

  it('writes asked for together each stand or fall alone: a failed condition fails only its own call', async () => {
    const items = openItems(freshDataDir());
    const a = await items.write('a', { version: 1 }, OVERWRITE);

    // Asked for in the same turn of the event loop: committed together.
    const results = await Promise.allSettled([
      items.write('a', { version: 2 }, { ifMatch: a }),
      items.write('a', { version: 3 }, { ifMatch: a }),
      items.write('b', { by: 'first' }, { ifAbsent: true }),
      items.write('b', { by: 'second' }, { ifAbsent: true }),
      items.write('c', { version: 1 }, { ifMatch: 'stale' }),
      items.write('d', { version: 1 }, OVERWRITE),
    ]);

    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    for (const index of [1, 3, 4]) {
      expect((results[index] as PromiseRejectedResult).reason).toBeInstanceOf(ETagConflictError);
    }
    const stored = await items.read(['a', 'b', 'c', 'd']);
    expect(new Map([...stored].map(([key, { value }]) => [key, value]))).toEqual(
      new Map<string, unknown>([
        ['a', { version: 2 }],
        ['b', { by: 'first' }],
        ['d', { version: 1 }],
      ]),
    );
  });

  it('reads what another connection wrote, after reading the same row before', async () => {
    const dataDir = freshDataDir();
    const first = openItems(dataDir);
    const second = openItems(dataDir);
    await first.write('shared', { by: 'first' }, OVERWRITE);
    expect((await second.read(['shared'])).get('shared')?.value).toEqual({ by: 'first' });

    await first.write('shared', { by: 'first, again' }, OVERWRITE);
    const seen = (await second.read(['shared'])).get('shared');
    expect(seen?.value).toEqual({ by: 'first, again' });

    await second.write('shared', { by: 'second' }, { ifMatch: seen!.eTag });
    expect((await first.read(['shared'])).get('shared')?.value).toEqual({ by: 'second' });
    await expect(first.write('shared', {}, { ifAbsent: true })).rejects.toThrow(ETagConflictError);
    await first.delete(['shared']);
    expect(await second.read(['shared'])).toEqual(new Map());
  });

  it('keeps the order of writes and deletes, and commits pending writes on close', async () => {
    const dataDir = freshDataDir();
    const items = SqliteItemStore.open(dataDir);
    const written = Promise.all([
      items.write('gone', { version: 1 }, OVERWRITE),
      items.write('kept', { version: 1 }, OVERWRITE),
    ]);
    await items.delete(['gone']);
    await written;
    const closing = items.write('last', { version: 1 }, OVERWRITE);
    await items.close();
    await closing;

    const reopened = openItems(dataDir);
    expect([...(await reopened.read(['gone', 'kept', 'last'])).keys()]).toEqual(['kept', 'last']);
  });

  it('says what to fix when the data folder cannot be created', async () => {
    const blocker = path.join(root, `not-a-folder-${++storeCount}`);
    await writeFile(blocker, 'a file where the data folder should be');

    await expect(
      openStore({ kind: 'sqlite', dataDir: path.join(blocker, 'data') }),
    ).rejects.toThrow(
      /Cannot open the SQLite store at ".*advisor\.db".*Set the data directory to a folder this process can create and write to/,
    );
  });

  it('says what to fix when the data folder is not set', async () => {
    await expect(openStore({ kind: 'sqlite', dataDir: ' ' })).rejects.toThrow(
      /data directory is empty: set it to a folder/,
    );
  });

  describe('a damaged database', () => {
    it.each<[string, (filePath: string) => Promise<void>]>([
      ['garbage written over its header', (filePath) => overwrite(filePath, 0, 100)],
      ['a text file in its place', (filePath) => writeFile(filePath, 'notes\n'.repeat(1_000))],
    ])('with %s is named at start-up, with where it is and what to do', async (_label, damage) => {
      const dataDir = freshDataDir();
      await fillAndClose(dataDir, 10);
      const filePath = path.join(dataDir, SQLITE_FILE_NAME);
      await damage(filePath);

      const opening = openStore({ kind: 'sqlite', dataDir });

      await expect(opening).rejects.toThrow(
        `The SQLite store at "${filePath}" is not a valid database, or is damaged`,
      );
      await expect(opening).rejects.toThrow(
        /Move the file aside .* or restore it from a backup, then start again: the bot creates a new, empty database there\./,
      );
      await expect(opening).rejects.not.toThrow(/data directory/);

      // Doing as it says works.
      await rename(filePath, `${filePath}.damaged`);
      const fresh = await openBotStore(dataDir);
      await expect(fresh.probe()).resolves.toBeUndefined();
    });

    it('with a damaged page fails the calls that reach it, and the probe, as damaged storage', async () => {
      const dataDir = freshDataDir();
      const keys = await fillAndClose(dataDir, 300);
      await overwrite(path.join(dataDir, SQLITE_FILE_NAME), 40 * PAGE_SIZE, 4 * PAGE_SIZE);
      const store = await openBotStore(dataDir);

      for (const call of [() => store.items.read(keys), () => store.probe()]) {
        await expect(call()).rejects.toThrow(StorageUnavailableError);
        await expect(call()).rejects.toMatchObject({ reason: 'corrupt' });
        await expect(call()).rejects.toThrow(
          /SQLITE_CORRUPT.*the database is damaged: move it aside or restore it from a backup/,
        );
      }
    });

    it('is found by the probe wherever the damage is, within a few probes', async () => {
      const dataDir = freshDataDir();
      await fillAndClose(dataDir, 1_500);
      const lastPages = 8;
      const { size } = await statOf(path.join(dataDir, SQLITE_FILE_NAME));
      await overwrite(
        path.join(dataDir, SQLITE_FILE_NAME),
        size - lastPages * PAGE_SIZE,
        lastPages * PAGE_SIZE,
      );
      const store = await openBotStore(dataDir);

      const outcomes: string[] = [];
      for (let probe = 0; probe < 4; probe++) {
        outcomes.push(
          await store.probe().then(
            () => 'ok',
            (error: unknown) => (error instanceof StorageUnavailableError ? error.reason : 'other'),
          ),
        );
      }

      expect(outcomes).toContain('corrupt');
      expect(outcomes).not.toContain('other');
    });
  });

  it('fails writes on a full disk as full storage, keeps nothing of them and still reads', async () => {
    const items = openItems(freshDataDir(), 64 * 1_024);
    await items.write('before', { kept: true }, OVERWRITE);

    let failed: { n: number; results: PromiseSettledResult<string>[] } | undefined;
    for (let n = 0; n < 100 && failed === undefined; n++) {
      // Asked for together: one commit, which the full disk fails as a whole.
      const results = await Promise.allSettled([
        items.write(`big-${n}`, { text: 'y'.repeat(2_000) }, OVERWRITE),
        items.write(`small-${n}`, { n }, OVERWRITE),
      ]);
      if (results.some((result) => result.status === 'rejected')) failed = { n, results };
    }

    expect(failed?.results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    const [reason] = failed!.results.map((result) => (result as PromiseRejectedResult).reason);
    expect(reason).toBeInstanceOf(StorageUnavailableError);
    expect(reason).toMatchObject({ reason: 'full' });
    expect(String(reason)).toMatch(/SQLITE_FULL.*is full: free some space/);
    expect(await items.read([`big-${failed!.n}`, `small-${failed!.n}`])).toEqual(new Map());
    expect((await items.read(['before'])).get('before')?.value).toEqual({ kept: true });
  });

  it.each<[code: string, reason: string]>([
    ['SQLITE_FULL', 'full'],
    ['SQLITE_IOERR', 'ioError'],
    ['SQLITE_IOERR_WRITE', 'ioError'],
    ['SQLITE_CORRUPT', 'corrupt'],
    ['SQLITE_CORRUPT_INDEX', 'corrupt'],
    ['SQLITE_NOTADB', 'corrupt'],
    ['SQLITE_READONLY', 'readOnly'],
    ['SQLITE_READONLY_DBMOVED', 'readOnly'],
    ['SQLITE_BUSY', 'timeout'],
    ['SQLITE_CANTOPEN', 'unreachable'],
    ['SQLITE_PERM', 'refused'],
  ])('turns %s into storage that is unavailable (%s), naming the file', (code, reason) => {
    const failure = sqliteFailure(
      new Database.SqliteError('what SQLite said', code),
      '/data/advisor.db',
      'write to',
    );

    expect(failure).toBeInstanceOf(StorageUnavailableError);
    expect(failure).toMatchObject({ reason });
    expect(String(failure)).toContain(
      `could not write to the SQLite store at "/data/advisor.db" (${code}: what SQLite said)`,
    );
  });

  it.each([
    [
      'an SQLite error that is a mistake in a statement',
      new Database.SqliteError('x', 'SQLITE_ERROR'),
    ],
    ['any other error', new TypeError('not storage')],
  ])('leaves %s as it is', (_label, error) => {
    expect(sqliteFailure(error, '/data/advisor.db', 'read from')).toBe(error);
  });

  it('probes by reading the table and writing its probe item', async () => {
    const store = await openBotStore(freshDataDir());
    await store.items.write('item', { kept: true }, OVERWRITE);

    await store.probe();
    await store.probe();

    const probed = (await store.items.read([PROBE_KEY])).get(PROBE_KEY);
    expect(probed?.value).toEqual({ probedAt: expect.any(String) });
    expect((await store.items.read(['item'])).get('item')?.value).toEqual({ kept: true });
  });

  it('fails the probe of a closed store', async () => {
    const store = await openBotStore(freshDataDir());
    await store.close();

    await expect(store.probe()).rejects.toMatchObject({ reason: 'closed' });
  });

  // Starting a TypeScript child process takes a few seconds on a busy machine.
  const CHILD_PROCESS_TIMEOUT_MS = 20_000;

  it(
    'loses no acknowledged write when its process is killed',
    async () => {
      const dataDir = freshDataDir();
      const lastAcked = await runWriterAndKillAfter(dataDir, 200);

      const items = openItems(dataDir);
      const progress = (await items.read(['progress'])).get('progress')?.value as
        { lastBatch: number } | undefined;
      expect(progress?.lastBatch).toBeGreaterThanOrEqual(lastAcked);
      const lastWritten = progress!.lastBatch;
      // Every batch up to the last one written is complete: none was torn by the kill.
      const keys = Array.from({ length: lastWritten + 2 }, (_, batch) =>
        BATCH_KEYS.map((part) => batchKey(batch, part)),
      ).flat();
      const read = await items.read(keys);
      expect(read.size).toBe((lastWritten + 1) * BATCH_KEYS.length);
      for (let batch = 0; batch <= lastWritten; batch++) {
        expect(read.get(batchKey(batch, 'a'))?.value).toEqual({ batch });
      }
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );
});

/** a store with `count` items of about 1 KB each, closed (so everything is in the main file) */
async function fillAndClose(dataDir: string, count: number): Promise<string[]> {
  const items = SqliteItemStore.open(dataDir);
  const keys = Array.from({ length: count }, (_, n) => `item-${n}`);
  await Promise.all(
    keys.map((key, n) => items.write(key, { n, text: 'x'.repeat(1_000) }, OVERWRITE)),
  );
  await items.close();
  return keys;
}

/** writes garbage over `length` bytes of the file from `offset` */
async function overwrite(filePath: string, offset: number, length: number): Promise<void> {
  const file = await open(filePath, 'r+');
  try {
    await file.write(Buffer.alloc(length, 0xa5), 0, length, offset);
  } finally {
    await file.close();
  }
}

async function statOf(filePath: string): Promise<{ size: number }> {
  const file = await open(filePath, 'r');
  try {
    return await file.stat();
  } finally {
    await file.close();
  }
}

/** runs the writer script, SIGKILLs it once it has acknowledged `acks` batches */
async function runWriterAndKillAfter(dataDir: string, acks: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER_SCRIPT, dataDir], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));

  let lastAcked = -1;
  for await (const line of createInterface({ input: child.stdout })) {
    const match = /^acked (\d+)$/.exec(line);
    if (match?.[1]) lastAcked = Number(match[1]);
    if (lastAcked + 1 >= acks) {
      child.kill('SIGKILL');
      break;
    }
  }
  const [code, signal] = await exited;
  if (signal !== 'SIGKILL') {
    throw new Error(`the writer stopped by itself (exit code ${code}):\n${errors}`);
  }
  return lastAcked;
}
